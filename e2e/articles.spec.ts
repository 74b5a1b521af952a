import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../src/site.ts';
import { sitemapPaths } from './tools/built-site.ts';
import { expect, test } from './tools/test.ts';

// Every article, as a writer adds them: the trust elements hold for each one. (The editorial bar
// is checked without a browser: e2e/writer/.)
const slugs = readdirSync(join(contentDir, 'articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

for (const slug of slugs) {
  test.describe(slug, () => {
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
