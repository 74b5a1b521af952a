import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildWithContent, FIXTURES } from './tools/build-fixture.ts';

// Each fixture is a writer's mistake. It says in its frontmatter what the build must answer, one
// `# expect: <text>` line each: name the field and the fix. Add a case by adding a file.
const cases = readdirSync(join(FIXTURES, 'bad-articles')).map((fixture) => ({
  fixture,
  expected: [
    ...readFileSync(join(FIXTURES, 'bad-articles', fixture), 'utf8').matchAll(/^# expect: (.+)$/gm),
  ].map((match) => match[1]!.trim()),
}));

test.describe.configure({ mode: 'parallel' });

for (const { fixture, expected } of cases) {
  test(`the build fails on ${fixture} and says what to fix`, async () => {
    expect(expected, `${fixture} needs at least one "# expect: …" line`).not.toEqual([]);
    const { code, output } = buildWithContent({ [`articles/${fixture}`]: `bad-articles/${fixture}` });
    expect(code, output).not.toBe(0);
    // A code frame may quote the fixture itself; only the build's own words count.
    const message = output.replace(/^.*# expect:.*$/gm, '');
    expect(message).toContain(fixture);
    for (const text of expected) expect(message).toContain(text);
  });
}
