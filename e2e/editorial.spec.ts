import { expect, FIXTURE, test } from './tools/test.ts';

const jsonLdOf = async (page: import('@playwright/test').Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');

test('the byline says who wrote the article, who checked it and when, and when it is checked again', async ({
  page,
}) => {
  await page.goto(FIXTURE.article.url);
  const credits = page.locator('article > header .credits');
  await expect(credits.getByText('Geschreven door')).toBeVisible();
  await expect(credits.getByRole('link', { name: 'Redactie Ademruimte' })).toHaveAttribute(
    'href',
    '/over/#persoon-redactie',
  );
  await expect(credits).toContainText('Nagekeken door Test Nakijker, huisarts op 20 november 2026');
  await expect(credits.locator('time[datetime="2026-11-20"]')).toHaveText('20 november 2026');
  // A year after the last check, unless the article sets its own date.
  await expect(credits).toContainText('Volgende controle vóór 20 november 2027');
  await expect(credits).not.toContainText('Nog niet medisch nagekeken');
  await expect(credits).not.toContainText('aan controle toe');
  // The newest listed change is the article's date of change.
  await expect(page.locator('article > header')).toContainText('Bijgewerkt 20 november 2026');

  const jsonLd = await jsonLdOf(page);
  expect(jsonLd.author).toEqual([
    {
      '@type': 'Organization',
      name: 'Redactie Ademruimte',
      url: 'https://ademruimte.nl/over/#persoon-redactie',
    },
  ]);
  expect(jsonLd.reviewedBy).toMatchObject({ '@type': 'Person', name: 'Test Nakijker', jobTitle: 'huisarts' });
  expect(jsonLd.lastReviewed).toBe('2026-11-20');
});

test('an article nobody with credentials has checked says so, and one past its next check says that too', async ({
  page,
}) => {
  await page.goto(FIXTURE.atEnd.url);
  const credits = page.locator('article > header .credits');
  await expect(credits).toContainText('Nog niet medisch nagekeken.');
  await expect(credits).toContainText('Bronnen gecontroleerd op 1 juni 2025');
  await expect(credits.getByRole('note')).toContainText('Deze tekst is aan controle toe.');
  await expect(credits.getByRole('note')).toContainText('1 januari 2026');
  expect((await jsonLdOf(page)).reviewedBy).toBeUndefined();
});

test('the help block gives the article’s own reasons to see a doctor, with sources, then 112, the GP and 113', async ({
  page,
}) => {
  await page.goto(FIXTURE.article.url);
  const help = page.getByRole('complementary', { name: 'Hulp zoeken' });
  await expect(help).toHaveCount(1);
  // Placed by the writer: in the text, before the summary.
  await expect(page.locator('.prose .help + .section-heading h2')).toHaveText('Samenvatting');
  await expect(help.getByText('Ga naar je huisarts als:')).toBeVisible();
  const cited = help.getByRole('listitem').filter({ hasText: 'na een paar weken niet minder' });
  await expect(cited.locator('a.cite')).toHaveAttribute('href', '#bron-russo2017');
  await expect(help.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  await expect(help).toContainText('huisartsenpost');
  await expect(help.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
  await expect(help.getByRole('link', { name: '0800-0113' })).toHaveAttribute('href', 'tel:08000113');
  await expect(help.getByRole('link', { name: '113.nl' })).toHaveAttribute('href', 'https://www.113.nl/');
});

test('without a help block in the text, the standard one stands before the sources', async ({ page }) => {
  await page.goto(FIXTURE.atEnd.url);
  const help = page.getByRole('complementary', { name: 'Hulp zoeken' });
  await expect(help).toHaveCount(1);
  await expect(help.getByText('Ga naar je huisarts als:')).toHaveCount(0);
  await expect(help.getByRole('link', { name: '112' })).toBeVisible();
  await expect(page.locator('.help + .sources')).toHaveCount(1);
});

test('the article ends with its changes, newest day first, and a way to report a mistake', async ({
  page,
}) => {
  await page.goto(FIXTURE.article.url);
  const changes = page.getByRole('region', { name: 'Wijzigingen' });
  await expect(changes.getByRole('heading', { level: 3 })).toHaveText([
    '20 november 2026',
    '10 november 2026',
  ]);
  await expect(changes.getByRole('listitem')).toHaveText([
    'Een bron over langzaam ademen toegevoegd.',
    'Een zin over de psoas verduidelijkt.',
    'Een typefout verbeterd.',
  ]);
  // The newest three; the older one is on the page of all changes.
  await expect(changes).toContainText('Eén oudere wijziging staat op de pagina Wijzigingen.');
  await expect(changes.getByRole('link', { name: 'Wijzigingen', exact: true })).toHaveAttribute(
    'href',
    '/wijzigingen/',
  );
  const report = changes.getByRole('link', { name: 'Meld een fout of geef een reactie' });
  const href = new URL((await report.getAttribute('href'))!);
  expect(href.protocol).toBe('mailto:');
  expect(href.searchParams.get('subject')).toBe(
    `Fout of reactie: ${FIXTURE.article.title} (https://ademruimte.nl${FIXTURE.article.url})`,
  );

  await page.goto(FIXTURE.atEnd.url);
  await expect(page.getByRole('region', { name: 'Wijzigingen' })).toContainText(
    'Geen wijzigingen sinds de publicatie.',
  );
});

test('/wijzigingen/ lists every change on the site, newest day first, with its article', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Wijzigingen' }).click();
  await expect(page).toHaveURL('/wijzigingen/');
  await expect(page.locator('h1')).toHaveText('Wijzigingen');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '20 november 2026',
    '10 november 2026',
    '1 november 2026',
  ]);
  const newest = page.getByRole('region', { name: '20 november 2026' });
  await expect(newest.getByRole('link', { name: FIXTURE.article.title })).toHaveAttribute(
    'href',
    FIXTURE.article.url,
  );
  await expect(newest.getByRole('listitem')).toHaveCount(2);
});

test('/over/ introduces everyone named in a byline, says who is not there yet, and that nothing is sold', async ({
  page,
}) => {
  await page.goto(FIXTURE.article.url);
  await page.locator('.credits').getByRole('link', { name: 'Test Nakijker' }).click();
  await expect(page).toHaveURL('/over/#persoon-test-nakijker');
  const reviewer = page.locator('#persoon-test-nakijker');
  await expect(reviewer).toBeInViewport();
  await expect(reviewer).toContainText('huisarts');
  await expect(reviewer.getByRole('link', { name: '00000000000' })).toHaveAttribute(
    'href',
    'https://zoeken.bigregister.nl/',
  );
  await expect(page.locator('#persoon-redactie')).toContainText('Redactie Ademruimte');
  // This site has a reviewer, so no "nobody yet" line.
  await expect(page.locator('#medische-controle')).toHaveCount(0);
  await expect(page.locator('#geld + p')).toContainText('verkoopt niets en toont geen advertenties');
});

test('every source says what kind of study it is, and the article says what it rests on', async ({
  page,
}) => {
  await page.goto(FIXTURE.article.url);
  const kinds = page.locator('.sources li .source__kind');
  expect(await kinds.count()).toBe(await page.locator('.sources li').count());
  await expect(page.locator('#bron-sajko2009 .source__kind')).toHaveText('Beschrijving van één patiënt');
  await expect(page.locator('.sources__basis')).toHaveText(
    'Dit artikel steunt op 1 systematisch overzicht, 2 labonderzoeken bij mensen, 1 beschrijving van één patiënt, 1 overzichtsartikel, 1 theorie en 1 boek. Wat betekenen deze soorten?',
  );
  // The preview of a marker shows the kind too.
  await page.locator('#verwijzing-8').hover();
  await expect(page.locator('#bronkaart .source__kind')).toHaveText('Systematisch overzicht · 15 studies');

  await page.locator('.sources__basis').getByRole('link').click();
  await expect(page).toHaveURL('/bronnen/#soorten-bronnen');
  await expect(page.locator('.designs dt')).toContainText(['Systematisch overzicht', 'Boek']);
  await expect(page.locator('#bron-fede2021 .source__kind')).toHaveText('Dierstudie · 7 dieren');
});
