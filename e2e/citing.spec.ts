import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from './tools/headers.ts';
import { FIXTURE_ENV } from './tools/preview.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;
const CANONICAL = `https://ademruimte.nl${ARTICLE.url}`;
/** The article as APA cites it: by the editorial team, dated by its last listed change. */
const REFERENCE = `Redactie Ademruimte. (2026, november 20). ${ARTICLE.title}. Ademruimte. ${CANONICAL}`;
/** The fixture's bibliography: what the source files must hold, for the sources the page lists. */
const sources: { id: string; title: string; DOI?: string }[] = JSON.parse(
  readFileSync(join(FIXTURE_ENV.ADEMRUIMTE_CONTENT_DIR, 'sources.json'), 'utf8'),
);
const identity = ({ title, DOI }: { title?: unknown; DOI?: unknown }) => ({ title, DOI });
/** What each file is called for, by extension. */
const CONTENT_TYPES = {
  bib: /^application\/x-bibtex/,
  ris: /^application\/x-research-info-systems/,
  json: /^application\/json/,
};

const meta = (page: Page, name: string) =>
  page
    .locator(`head meta[name="${name}"]`)
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
const citeRegion = (page: Page) => page.getByRole('region', { name: 'Citeer dit artikel' });
/** The ids of the sources the page lists, in its order (the list items are `bron-<id>`). */
const listedSources = (page: Page) =>
  page.locator('.sources li').evaluateAll((items) => items.map((item) => item.id.replace(/^bron-/, '')));

/** The name a browser saves a link's file under: a static host cannot name it, the link does. */
async function savedName(page: Page, link: Locator) {
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return saved.suggestedFilename();
}

/** A download as a reader's browser gets it: the server's headers, with the host's `_headers` on top. */
async function download(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const rules = parseHeadersFile(readFileSync(join(FIXTURE_ENV.ADEMRUIMTE_OUT_DIR, '_headers'), 'utf8'));
  const headers = { ...response.headers(), ...headersFor(rules, path) };
  return {
    type: headers['content-type'],
    records: new Cite(await response.text()).data as Record<string, unknown>[],
  };
}

test('the head tells Google Scholar and Zotero what the article is and which sources it cites', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  expect(await meta(page, 'citation_title')).toEqual([ARTICLE.title]);
  expect(await meta(page, 'citation_author')).toEqual(['Redactie Ademruimte']);
  expect(await meta(page, 'citation_publication_date')).toEqual(['2026/11/02']);
  expect(await meta(page, 'citation_language')).toEqual(['nl']);
  expect(await meta(page, 'citation_public_url')).toEqual([CANONICAL]);
  // One reference per listed source, in the list's order: its DOI, else its title.
  const listed = (await listedSources(page)).map((id) => sources.find((source) => source.id === id)!);
  const references = await meta(page, 'citation_reference');
  expect(references).toHaveLength(listed.length);
  references.forEach((reference, i) => {
    const { DOI, title } = listed[i]!;
    if (DOI) expect(reference).toBe(`citation_doi=${DOI}`);
    else expect(reference!.split('; ')[0]).toBe(`citation_title=${title}`);
  });
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('“Citeer dit artikel” shows its APA reference, copies it and says so', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const region = citeRegion(page);
    await expect(region.locator('p').first()).toHaveText(REFERENCE);
    await expect(region.locator('i')).toHaveText(ARTICLE.title);
    await region.getByRole('button', { name: 'Kopieer', exact: true }).click();
    await expect(region.getByRole('status')).toHaveText('Bronvermelding gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REFERENCE);
  });
});

test('the article downloads as BibTeX and RIS, named after it, and reads back as itself', async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE.url);
  const links = citeRegion(page).getByRole('link', { name: /^(BibTeX|RIS) / });
  await expect(links).toHaveText(['BibTeX (voor LaTeX)', 'RIS (voor Zotero, EndNote en Mendeley)']);
  for (const [i, extension] of (['bib', 'ris'] as const).entries()) {
    const link = links.nth(i);
    expect(await savedName(page, link)).toBe(`proefartikel.${extension}`);
    const file = await download(request, (await link.getAttribute('href'))!);
    expect(file.type, extension).toMatch(CONTENT_TYPES[extension]);
    expect(
      file.records.map(({ title, URL }) => ({ title, URL })),
      extension,
    ).toEqual([{ title: ARTICLE.title, URL: CANONICAL }]);
  }
});

test('the sources download as BibTeX, RIS and CSL-JSON, and read back as the listed sources', async ({
  page,
  request,
}) => {
  await page.goto(ARTICLE.url);
  const listed = (await listedSources(page)).map((id) =>
    identity(sources.find((source) => source.id === id)!),
  );
  const links = page
    .getByRole('region', { name: 'Bronnen' })
    .getByRole('link', { name: /^(BibTeX|RIS|CSL-JSON) / });
  await expect(links).toHaveText([
    'BibTeX (voor LaTeX)',
    'RIS (voor Zotero, EndNote en Mendeley)',
    'CSL-JSON (voor Pandoc)',
  ]);
  for (const [i, extension] of (['bib', 'ris', 'json'] as const).entries()) {
    const link = links.nth(i);
    expect(await savedName(page, link)).toBe(`proefartikel-bronnen.${extension}`);
    const file = await download(request, (await link.getAttribute('href'))!);
    expect(file.type, extension).toMatch(CONTENT_TYPES[extension]);
    expect(file.records.map(identity), extension).toEqual(listed);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reference and the downloads are there, the copy button that needs a script is not', async ({
    page,
  }) => {
    await page.goto(ARTICLE.url);
    const region = citeRegion(page);
    await expect(region.locator('p').first()).toHaveText(REFERENCE);
    await expect(region.getByRole('link', { name: /^BibTeX/ })).toBeVisible();
    await expect(region.getByRole('button')).toBeHidden();
  });
});
