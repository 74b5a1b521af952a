import { expect, test } from '@playwright/test';
import { buildWithContent } from './tools/build-fixture.ts';

// A writer's citation mistake stops the build and names the file, the line and the id.
const errors: { name: string; replace: Record<string, string>; message: RegExp }[] = [
  {
    name: 'an unknown source id',
    replace: { 'articles/unknown-source.mdx': 'bad-articles/unknown-source.mdx' },
    message: /unknown-source\.mdx:10:\d+: <Cite> names the unknown source id "russo2071"/,
  },
  {
    name: 'a duplicate id in the bibliography',
    replace: { 'sources.json': 'bad-sources/duplicate-id.json' },
    message: /sources\.json:\d+: id "russo2017" is used twice/,
  },
  {
    name: 'a duplicate DOI in the bibliography',
    replace: { 'sources.json': 'bad-sources/duplicate-doi.json' },
    message:
      /sources\.json:\d+: "russo2017b" has DOI "10\.1183\/20734735\.009817", which "russo2017" has too/,
  },
  {
    name: 'a malformed DOI in the bibliography',
    replace: { 'sources.json': 'bad-sources/malformed-doi.json' },
    message: /sources\.json:\d+: "russo2017" has a malformed DOI "https:\/\/doi\.org\/10\.1183/,
  },
  {
    name: 'a source that does not say what kind of study it is',
    replace: { 'sources.json': 'bad-sources/missing-design.json' },
    message:
      /sources\.json:3: "russo2017" has no custom\.design, the kind of study\..* one of: guideline, meta-analysis,/,
  },
  {
    name: 'a source with an unknown kind of study',
    replace: { 'sources.json': 'bad-sources/unknown-design.json' },
    message:
      /sources\.json:3: "russo2017" has custom\.design "rct", which is not a known kind of study\. Use one of: .*randomised-trial/,
  },
];

test.describe.configure({ mode: 'parallel' });

for (const { name, replace, message } of errors) {
  test(`the build fails on ${name} and says where`, async () => {
    const { code, output } = buildWithContent(replace);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(message);
  });
}

test('the build warns about an article without citations, sources nothing cites, and articles an editor must check', async () => {
  // The fixture site's fascia article, stripped of its citations, leaves its own sources uncited.
  const { code, output, built } = buildWithContent(
    {
      'articles/fascia.mdx': 'citations/no-citations.mdx',
      'articles/verwijzen.mdx': 'citations/locator-and-group.mdx',
      'articles/aan-controle-toe.mdx': 'articles/aan-controle-toe.mdx',
    },
    ['artikelen/verwijzen/index.html'],
  );
  expect(code, output).toBe(0);
  expect(output).toMatch(/\[citations\] warning: \S*articles\/fascia\.mdx cites no sources/);
  expect(output).toMatch(
    /\[citations\] warning: source "schleip2019" in sources\.json is not cited by any page/,
  );
  expect(output).not.toMatch(/source "zaccaro2018" .* not cited/);
  // Not yet checked by someone with medical credentials, and past the next check: warned, not failed.
  expect(output).toMatch(
    /\[editorial\] warning: not yet checked by someone with medical or therapy credentials[^\n]*\n(\s+\S+\.mdx\n)*\s+\S*aan-controle-toe\.mdx/,
  );
  expect(output).toMatch(
    /\[editorial\] warning: \S*aan-controle-toe\.mdx was due for its next check before 2025-02-01/,
  );

  // The same build shows a locator and a group of three sources as writers would expect.
  const html = built['artikelen/verwijzen/index.html'];
  expect(html).toContain('aria-label="Bron 1, p. 97: van der Kolk, 2014/2015"');
  expect(html).toMatch(/>\[1, p\. 97\]<\/a>/);
  expect(html).toMatch(/aria-label="Bronnen 2–4: [^"]+"[^>]*>\[2–4\]<\/a>/);
  expect(html).toMatch(/>\[3\]<\/a>/);
});
