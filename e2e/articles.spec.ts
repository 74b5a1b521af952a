import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../src/articles/reading-time.ts';
import { fleschDouma } from '../src/articles/readability.ts';
import { expect, test } from './tools/test.ts';

// Every article, as a writer adds them: the editorial bar holds for each one.
const articlesDir = new URL('../content/articles/', import.meta.url);
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({
    slug: file.replace(/\.mdx$/, ''),
    source: readFileSync(new URL(file, articlesDir), 'utf8'),
  }));

for (const { slug, source } of articles) {
  test.describe(slug, () => {
    test('is long enough and written in plain Dutch', () => {
      expect(countWords(source), 'words of body text').toBeGreaterThanOrEqual(900);
      expect(fleschDouma(source), 'Flesch–Douma reading ease').toBeGreaterThanOrEqual(60);
    });

    test('cites at least six distinct sources, each numbered in its source list', async ({ page }) => {
      await page.goto(`/artikelen/${slug}/`);
      const entries = page.locator('.sources li');
      expect(await entries.count()).toBeGreaterThanOrEqual(6);
      const markers = page.locator('.prose a[href^="#bron-"]');
      expect(await markers.count()).toBeGreaterThanOrEqual(6);
    });

    test('links to other articles that exist', async ({ page }) => {
      await page.goto(`/artikelen/${slug}/`);
      const hrefs = await page
        .locator('.prose a[href^="/artikelen/"]')
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
      expect(hrefs.length, 'links to other articles').toBeGreaterThanOrEqual(2);
      for (const href of hrefs) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }
    });
  });
}
