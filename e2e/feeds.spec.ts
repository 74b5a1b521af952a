import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;

async function parseXml(page: import('@playwright/test').Page, path: string) {
  await page.goto('/');
  return page.evaluate(async (url) => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      links: [...doc.querySelectorAll('item > link, url > loc, sitemap > loc')].map((n) => n.textContent),
      titles: [...doc.querySelectorAll('item > title')].map((n) => n.textContent),
    };
  }, path);
}

test('the RSS feed parses and lists the article', async ({ page }) => {
  const feed = await parseXml(page, '/rss.xml');
  expect(feed.error).toBeNull();
  expect(feed.titles).toContain(ARTICLE.title);
  expect(feed.links).toContain(`https://ademruimte.nl${ARTICLE.url}`);
});

test('the sitemap parses, lists the article and is named in robots.txt', async ({ page, request }) => {
  const index = await parseXml(page, '/sitemap-index.xml');
  expect(index.error).toBeNull();
  const sitemap = await parseXml(page, new URL(index.links[0]!).pathname);
  expect(sitemap.error).toBeNull();
  expect(sitemap.links).toContain(`https://ademruimte.nl${ARTICLE.url}`);
  expect(sitemap.links).not.toContain('https://ademruimte.nl/404/');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://ademruimte.nl/sitemap-index.xml');
});
