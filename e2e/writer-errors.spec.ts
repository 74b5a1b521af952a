import { expect, test } from '@playwright/test';
import { buildWithContent } from './tools/build-fixture.ts';

// Each case is a writer's mistake: the build must stop and say which file, which field, and the fix.
const cases = [
  { fixture: 'missing-title.mdx', message: /title: title is required/ },
  {
    fixture: 'invalid-date.mdx',
    message: /published: "2025-13-45" is not a real date\. Write it as YYYY-MM-DD/,
  },
  {
    fixture: 'unknown-category.mdx',
    message: /category: "yoga" is not a known category\. Use one of: .*ademhaling/,
  },
  { fixture: 'long-description.mdx', message: /description: description is longer than 160 characters/ },
  { fixture: 'emoji-title.mdx', message: /title: the link-preview image cannot draw "🫁"/ },
  {
    fixture: 'unknown-pattern.mdx',
    message: /exercise\.pattern: "wim-hof" is not a known breathing pattern\. Use one of: rustig-ademen, /,
  },
  {
    fixture: 'impossible-minutes.mdx',
    message:
      /exercise\.minutes: 45 is not a possible session length: write a whole number of minutes from 1 to 10/,
  },
  { fixture: 'exercise-twice.mdx', message: /<Exercise \/> appears 2 times\. Place it once/ },
  { fixture: 'help-twice.mdx', message: /help-twice\.mdx:16:1: <Help \/> appears 2 times\. Place it once/ },
  {
    fixture: 'sighing-too-long.mdx',
    message: /exercise\.minutes: cyclisch-zuchten lasts at most 5 minutes/,
  },
  {
    fixture: 'unknown-person.mdx',
    message:
      /reviewedBy: "dokter-jansen" is not a known person\. Use one of: redactie, test-nakijker \(or add them to \S*people\.json\)/,
  },
  { fixture: 'review-before.mdx', message: /nextReview: nextReview must come after reviewed/ },
  { fixture: 'change-without-date.mdx', message: /changes\.0\.date: every change needs a date/ },
];

test.describe.configure({ mode: 'parallel' });

for (const { fixture, message } of cases) {
  test(`the build fails on ${fixture} and says what to fix`, async () => {
    const { code, output } = buildWithContent({ [`articles/${fixture}`]: `bad-articles/${fixture}` });
    expect(code, output).not.toBe(0);
    expect(output).toContain(fixture);
    expect(output).toMatch(message);
  });
}
