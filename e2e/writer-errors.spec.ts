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
