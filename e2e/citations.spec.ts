import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;
const card = (page: Page) => page.locator('#bronkaart');
const markers = (page: Page) => page.locator('a.cite');

/** Tab onto the first marker from the heading anchor just before it, as a keyboard user would. */
async function tabToFirstMarker(page: Page) {
  await page.goto(ARTICLE.url);
  await page.locator('a.heading-anchor[href="#een-alarm-dat-aan-blijft-staan"]').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#verwijzing-1')).toBeFocused();
}

test('sources are numbered by first use and keep their number when cited again', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const texts = await markers(page).allTextContents();
  expect(texts.slice(0, 8)).toEqual(['[1]', '[1]', '[1]', '[2]', '[2]', '[1]', '[1]', '[3]']);
  // Every new number in reading order is the next one: the list below follows the text.
  let highest = 0;
  // A page locator (", p. 97") is not a source number.
  for (const numbers of texts.map((text) => text.match(/(?<!p\. )\b\d+/g)!.map(Number)))
    for (const n of numbers) {
      expect(n).toBeLessThanOrEqual(highest + 1);
      highest = Math.max(highest, n);
    }
  await expect(page.locator('.sources li')).toHaveCount(highest);
  // Two sources cited at once share one marker.
  await expect(
    page.getByRole('link', { name: 'Bronnen 1, 2: Bogduk et al., 1992; Sajko & Stuber, 2009' }),
  ).toHaveText('[1, 2]');
});

test('every marker’s accessible name holds the text it shows, so speech input can name it', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  const pairs = await markers(page).evaluateAll((links) =>
    links.map((link) => [link.textContent!.trim().replace(/^\[|\]$/g, ''), link.getAttribute('aria-label')!]),
  );
  expect(pairs.length).toBeGreaterThan(5);
  for (const [visible, name] of pairs) expect(name).toContain(visible);
  expect(pairs.map(([visible]) => visible)).toEqual(expect.arrayContaining(['1, 2', '4, p. 97']));
});

test('markers keep the spaces around them and are targets of at least 24 × 24 px', async ({ page }) => {
  await page.goto(ARTICLE.url);
  await expect(page.locator('.prose')).toContainText('Hij zit vast aan je wervels [1]. Laag in je rug');
  for (const box of await markers(page).evaluateAll((links) =>
    links.map((link) => link.getBoundingClientRect()),
  )) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  const backlink = page.locator('.backlinks a').first();
  expect((await backlink.boundingBox())!.height).toBeGreaterThanOrEqual(24);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a marker links to its entry, and the entry links back to each place it is cited', async ({
    page,
  }) => {
    await page.goto(ARTICLE.url);
    await page.getByRole('link', { name: 'Bron 2: Sajko & Stuber, 2009' }).first().click();
    await expect(page).toHaveURL(/#bron-sajko2009$/);
    const entry = page.locator('#bron-sajko2009');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('Sajko, S., & Stuber, K. (2009)');

    await entry.getByRole('link', { name: 'Terug naar verwijzing 2b' }).click();
    await expect(page).toHaveURL(/#verwijzing-5$/);
    const marker = page.locator('#verwijzing-5');
    await expect(marker).toBeInViewport();
    // The marker the reader came back to stands out.
    await expect(marker).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('#verwijzing-4')).toHaveCSS('outline-style', 'none');
  });
});

test('the list of sources is APA with Dutch terms, English titles marked, and DOI and PubMed links', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  const list = page.getByRole('region', { name: 'Bronnen' });
  await expect(list.locator('li')).toHaveCount(7);
  const zaccaro = list.locator('#bron-zaccaro2018');
  // The kind of study and the numbers its record states.
  await expect(zaccaro.locator('.source__kind')).toHaveText('Systematisch overzicht · 15 studies');
  await expect(zaccaro.locator('span[lang="en"]').first()).toHaveText(
    /^How Breath-Control Can Change Your Life/,
  );
  await expect(
    zaccaro.getByRole('link', { name: 'https://doi.org/10.3389/fnhum.2018.00353' }),
  ).toHaveAttribute('href', 'https://doi.org/10.3389/fnhum.2018.00353');
  await expect(zaccaro.getByRole('link', { name: 'PubMed' })).toHaveAttribute(
    'href',
    'https://pubmed.ncbi.nlm.nih.gov/30245619/',
  );
  await expect(list.locator('#bron-vanderkolk2014 .source__kind')).toHaveText('Boek');
});

test('the preview opens by keyboard, lets Tab reach its links, and closes with Esc', async ({ page }) => {
  await tabToFirstMarker(page);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('Bogduk, N., Pearcy, M., & Hadfield, G. (1992)');

  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('link', { name: /^https:\/\/doi\.org\// })).toBeFocused();
  await expect(card(page)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  // Focus goes back to the marker; the card opens again only when the reader comes back to it.
  await expect(page.locator('#verwijzing-1')).toBeFocused();
  await expect(card(page)).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#verwijzing-1')).toBeFocused();
  await expect(card(page)).toBeVisible();
});

test('Esc closes the preview while focus stays on the marker', async ({ page }) => {
  await tabToFirstMarker(page);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(page.locator('#verwijzing-1')).toBeFocused();
});

test('hovering shows the preview; it stays while the pointer is on it and closes after leaving', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(ARTICLE.url);
  const marker = page.getByRole('link', { name: /^Bronnen 1, 2/ });
  const after = page.locator('#verwijzing-11');
  await marker.scrollIntoViewIfNeeded();
  const before = await after.boundingBox();

  await marker.hover();
  await expect(card(page)).toBeVisible();
  // Both sources of a grouped marker are in its card.
  await expect(card(page).locator('.source')).toHaveCount(2);
  // The card floats above the text: nothing moves.
  expect(await after.boundingBox()).toEqual(before);

  await card(page).hover();
  await page.clock.runFor(2000);
  await expect(card(page)).toBeVisible();

  await page.mouse.move(0, 0);
  await page.clock.runFor(2000);
  await expect(card(page)).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a first tap previews the source, a second follows the link', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const marker = page.locator('#verwijzing-2');
    await marker.tap();
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText('Bogduk, N.');
    await expect(page).toHaveURL(ARTICLE.url);

    await marker.tap();
    await expect(page).toHaveURL(/#bron-bogduk1992$/);
    await expect(card(page)).toBeHidden();
  });

  test('tapping elsewhere closes the preview', async ({ page }) => {
    await page.goto(ARTICLE.url);
    await page.locator('#verwijzing-2').tap();
    await expect(card(page)).toBeVisible();
    await page.locator('h1').tap();
    await expect(card(page)).toBeHidden();
  });
});

test('in print, the source list is complete with addresses and the preview is gone', async ({ page }) => {
  await page.goto(ARTICLE.url);
  await page.emulateMedia({ media: 'print' });
  const zaccaro = page.locator('#bron-zaccaro2018');
  await expect(zaccaro).toBeVisible();
  const after = (name: string) =>
    zaccaro.getByRole('link', { name }).evaluate((link) => getComputedStyle(link, '::after').content);
  expect(await after('PubMed')).toContain('https://pubmed.ncbi.nlm.nih.gov/30245619/');
  // The DOI is already printed as its address.
  expect(await after('https://doi.org/10.3389/fnhum.2018.00353')).toBe('none');
  await expect(zaccaro.locator('.backlinks')).toBeHidden();
});

test('/bronnen/ lists every source with an anchor and the articles that cite it', async ({ page }) => {
  const bibliography: { id: string }[] = JSON.parse(
    readFileSync(new URL('./fixtures/site/sources.json', import.meta.url), 'utf8'),
  );
  await page.goto('/bronnen/#bron-zaccaro2018');
  await expect(page.locator('h1')).toHaveText('Bronnen');
  for (const { id } of bibliography) await expect(page.locator(`#bron-${id}`)).toHaveCount(1);
  const zaccaro = page.locator('#bron-zaccaro2018');
  await expect(zaccaro).toBeInViewport();
  await expect(zaccaro).toContainText('Gebruikt in:');
  await expect(zaccaro.getByRole('link')).toContainText([ARTICLE.title]);
  await zaccaro.getByRole('link', { name: ARTICLE.title }).click();
  await expect(page).toHaveURL(ARTICLE.url);
  await page.getByRole('link', { name: 'Alle bronnen' }).click();
  await expect(page).toHaveURL('/bronnen/');
});
