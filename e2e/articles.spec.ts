import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../src/articles/reading-time.ts';
import { fleschDouma } from '../src/articles/readability.ts';
import { sitemapPaths } from './tools/built-site.ts';
import { expect, test } from './tools/test.ts';

// Every article, as a writer adds them: the editorial bar and the trust elements hold for each one.
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

    test('says who wrote and checked it, gives help and its changes, and tells the kind of every source', async ({
      page,
    }) => {
      await page.goto(`/artikelen/${slug}/`);
      const credits = page.locator('article > header .credits');
      await expect(credits).toContainText('Geschreven door');
      await expect(credits).toContainText(/Nagekeken door .+ op |Nog niet medisch nagekeken/);
      await expect(credits).toContainText(/Volgende controle vóór \d{1,2} [a-z]+ \d{4}/);
      const help = page.getByRole('complementary', { name: 'Hulp zoeken' });
      await expect(help).toHaveCount(1);
      await expect(help.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
      await expect(help.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
      const changes = page.getByRole('region', { name: 'Wijzigingen' });
      await expect(changes.getByRole('link', { name: 'Meld een fout of geef een reactie' })).toHaveAttribute(
        'href',
        /^mailto:[^?]+\?subject=.+/,
      );
      for (const kind of await page.locator('.sources li .source__kind').allTextContents())
        expect(kind.trim()).not.toBe('');
      expect(await page.locator('.sources li .source__kind').count()).toBe(
        await page.locator('.sources li').count(),
      );
      await expect(page.locator('.sources__basis')).toHaveText(/^Dit artikel steunt op \d+ /);
      // What to know comes before the button that starts the exercise.
      const noteFirst = await page
        .locator('#oefening')
        .evaluate(
          (exercise) =>
            exercise
              .querySelector('.safety-note')!
              .compareDocumentPosition(exercise.querySelector('button')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      expect(noteFirst).toBeTruthy();
    });
  });
}

test('no page promises that an exercise is safe', async ({ request }) => {
  const promise =
    /(zacht|langzaam|altijd|volkomen|helemaal)(,)? (en )?veilig|veilig voor iedereen|oefen je veilig/i;
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    expect(html.replace(/<[^>]+>/g, ' ').match(promise)?.[0], path).toBeUndefined();
  }
});
