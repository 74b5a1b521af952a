import type { Page } from '@playwright/test';
import { startDevServer } from './tools/dev-server.ts';
import { FIXTURE_ENV } from './tools/preview.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

const { article: ARTICLE, psoas: PSOAS, nose: NOSE, fascia: FASCIA } = FIXTURE;

const searchPage = (page: Page) => page.getByRole('search', { name: 'Zoek in de artikelen' });

test('the two search fields on /zoeken/ have distinct names', async ({ page }) => {
  await page.goto('/zoeken/');
  await expect(page.getByRole('searchbox', { name: 'Zoek in de artikelen', exact: true })).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Zoeken op de site', exact: true })).toHaveCount(1);
});
const results = (page: Page) => page.locator('#search-results > li');

async function searchFor(page: Page, query: string) {
  await page.goto('/zoeken/');
  await searchPage(page).getByRole('searchbox').fill(query);
}

test('searching “psoas” lists the psoas article first, with a highlighted excerpt and its category', async ({
  page,
}) => {
  await searchFor(page, 'psoas');
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten? voor ‘psoas’$/);
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(PSOAS.title);
  await expect(first.getByRole('link')).toHaveAttribute('href', PSOAS.url);
  await expect(first.locator('mark').first()).toHaveText(/^psoas/i);
  await expect(first).toContainText(PSOAS.categoryName);
  expect(new URL(page.url()).search).toBe('?q=psoas');
});

test('searching “neusademhaling” finds the nose-breathing article', async ({ page }) => {
  await searchFor(page, 'neusademhaling');
  await expect(results(page).first().getByRole('link')).toHaveText(NOSE.title);
  await expect(results(page).first()).toContainText(NOSE.categoryName);
});

test('a word from the start of a longer word finds it: “neus” finds neusademhaling', async ({ page }) => {
  await searchFor(page, 'neus');
  await expect(results(page).getByRole('link', { name: NOSE.title })).toBeVisible();
});

test('an unknown word shows the empty state with suggestions that do find something', async ({ page }) => {
  await searchFor(page, 'xylofoonvis');
  await expect(page.getByRole('status')).toHaveText('Geen resultaten voor ‘xylofoonvis’');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByText('Kijk of het woord goed gespeld is.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bekijk alle onderwerpen' })).toHaveAttribute(
    'href',
    '/categorieen/',
  );
  const suggestion = page.locator('#search-empty .tag-list a').first();
  const word = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`resultaten? voor ‘${word}’$`));
  await expect(searchPage(page).getByRole('searchbox')).toHaveValue(word);
});

test('navigation, footers, article dates and “Lees ook” are not searched', async ({ page }) => {
  // “RSS” is only in the footer, “gepubliceerd” only in the article dates.
  for (const word of ['rss', 'gepubliceerd']) {
    await searchFor(page, word);
    await expect(page.getByRole('status')).toHaveText(`Geen resultaten voor ‘${word}’`);
  }
  // The fascia article never says “heupspier”; only its “Lees ook” shows the psoas title.
  await searchFor(page, 'heupspier');
  await expect(results(page).getByRole('link', { name: PSOAS.title })).toBeVisible();
  await expect(results(page).getByRole('link', { name: FASCIA.title })).toHaveCount(0);
});

test('excerpts hold words only: no citation markers, no heading anchors', async ({ page }) => {
  // Each word sits right before a marker “[1]” or in a heading with its “#” link.
  for (const word of ['stikstofmonoxide', 'hartslagvariabiliteit']) {
    await searchFor(page, word);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    for (const excerpt of await results(page).locator('.search-result__excerpt').allTextContents())
      expect(excerpt).not.toMatch(/\[\d|#/);
  }
});

test('keyboard only: search from the header of an article, then open a result', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const headerSearch = page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('searchbox');
  for (
    let tabs = 0;
    tabs < 10 && !(await headerSearch.evaluate((el) => el === document.activeElement));
    tabs++
  )
    await page.keyboard.press('Tab');
  await expect(headerSearch).toBeFocused();
  await page.keyboard.type('psoas');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/zoeken/?q=psoas');
  await expect(results(page).first()).toContainText(PSOAS.title);

  // Skip link → main → the search field → its button → the first result.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(searchPage(page).getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: PSOAS.title })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(PSOAS.url);
});

test('keyboard only: a new search on the search page replaces the results', async ({ page }) => {
  await page.goto('/zoeken/?q=psoas');
  await expect(results(page).first()).toContainText(PSOAS.title);
  const field = searchPage(page).getByRole('searchbox');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('neusademhaling');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/voor ‘neusademhaling’$/);
  await expect(results(page).first()).toContainText(NOSE.title);
});

test('every page has a labelled search landmark in its header', async ({ page }) => {
  for (const path of ['/', ARTICLE.url, '/over/', '/zoeken/']) {
    await page.goto(path);
    const search = page.getByRole('banner').getByRole('search', { name: 'Zoeken op de site' });
    await expect(search.getByRole('searchbox', { name: 'Zoeken op de site' })).toBeVisible();
    await expect(search.getByRole('button', { name: 'Zoeken' })).toBeVisible();
  }
});

test('on a phone the header shows a search button that opens the search page, ready to type', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(ARTICLE.url);
  const search = page.getByRole('search', { name: 'Zoeken op de site' });
  await expect(search.getByRole('searchbox')).toBeHidden();
  await search.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL('/zoeken/?q=');
  await expect(searchPage(page).getByRole('searchbox')).toBeFocused();
});

test('the search code loads only when the reader starts searching, from this site only', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(ARTICLE.url);
  await page.goto('/zoeken/');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  const pagefindLoads = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
  await searchPage(page).getByRole('searchbox').fill('fascia');
  await pagefindLoads;
  await expect(results(page).first()).toContainText(FASCIA.title);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search still leads to the search page, which says search needs JavaScript', async ({
    page,
  }) => {
    await page.goto(ARTICLE.url);
    const search = page.getByRole('search', { name: 'Zoeken op de site' });
    await search.getByRole('searchbox').fill('psoas');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL('/zoeken/?q=psoas');
    // Playwright's text locators skip <noscript>, so this one names the paragraph inside it.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText('Zoeken werkt alleen met JavaScript.');
  });
});

test.describe('in astro dev', () => {
  let dev: Awaited<ReturnType<typeof startDevServer>>;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    dev = await startDevServer(FIXTURE_ENV.ADEMRUIMTE_CONTENT_DIR);
  });
  test.afterAll(() => dev?.stop());

  test('the search page explains that search works after a build, and nothing breaks', async ({ page }) => {
    await page.goto(`${dev.url}/zoeken/?q=psoas`);
    await expect(page.getByText(/de zoekindex wordt pas gemaakt bij een build/)).toBeVisible();
    await searchPage(page).getByRole('searchbox').fill('neus');
    await searchPage(page).getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(`${dev.url}/zoeken/?q=neus`);
    await expect(page.getByText(/npm run build en daarna npm run preview/)).toBeVisible();
  });
});
