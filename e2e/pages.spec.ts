import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;

const pages = [
  { path: '/', title: 'Ademruimte — ademwerk en het lichaam', h1: 'Ademruimte' },
  { path: ARTICLE.url, title: `${ARTICLE.title} · Ademruimte`, h1: ARTICLE.title },
  { path: '/categorieen/', title: 'Onderwerpen · Ademruimte', h1: 'Onderwerpen' },
  {
    path: ARTICLE.category,
    title: 'Adem & rust · Ademruimte',
    h1: 'Adem & rust',
  },
  { path: '/tags/trauma/', title: 'Trefwoord: trauma · Ademruimte', h1: 'Trefwoord: trauma' },
  { path: '/tags/', title: 'Trefwoorden · Ademruimte', h1: 'Trefwoorden' },
  { path: '/over/', title: 'Over Ademruimte', h1: 'Over Ademruimte' },
];

for (const { path, title, h1 } of pages) {
  test(`${path} has its title, one h1, Dutch language and a canonical URL`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(h1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `https://ademruimte.nl${path}`);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{20,}/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd.publisher.name).toBe('Ademruimte');
  });
}

for (const path of ['/', ARTICLE.category, '/tags/trauma/']) {
  test(`${path} lists the article with its date and reading time`, async ({ page }) => {
    await page.goto(path);
    const card = page.locator('.card', { has: page.getByRole('link', { name: ARTICLE.title }) });
    await expect(card).toBeVisible();
    await expect(card.locator('time')).toHaveText(/^\d{1,2} [a-z]+ \d{4}$/);
    await expect(card.locator('.meta')).toHaveText(/^\d{1,2} [a-z]+ \d{4} · \d+ min leestijd · \S/);
  });
}

test('the article shows its category, Dutch dates, reading time, tags and breadcrumb', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const header = page.locator('article > header');
  await expect(header.getByRole('navigation', { name: 'Kruimelpad' })).toContainText('Home');
  await expect(header.getByRole('link', { name: 'Adem & rust' }).first()).toHaveAttribute(
    'href',
    ARTICLE.category,
  );
  await expect(header.locator('time[datetime="2026-11-02"]')).toHaveText('2 november 2026');
  await expect(header).toContainText(/\d+ min leestijd/);
  await expect(
    page.getByRole('list', { name: 'Trefwoorden' }).getByRole('link', { name: 'trauma' }),
  ).toHaveAttribute('href', '/tags/trauma/');
});

test('article JSON-LD describes a reviewed medical web page', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(jsonLd['@type']).toContain('MedicalWebPage');
  expect(jsonLd.headline).toBe(ARTICLE.title);
  expect(jsonLd.datePublished).toMatch(/^2026-11-02/);
  expect(jsonLd.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('a section heading is named by its own text, and its link beside it names the section', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  const heading = page.getByRole('heading', { name: 'Adem & ‘rust’', exact: true });
  await expect(heading).toHaveAttribute('id', 'adem-rust');
  await expect(
    page.getByRole('link', { name: 'Link naar deze sectie: Adem & ‘rust’', exact: true }),
  ).toHaveAttribute('href', '#adem-rust');
});

test('each table-of-contents link lands on its heading', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const links = page.getByRole('navigation', { name: 'Inhoud' }).getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  for (const link of (await links.all()).slice(0, 4)) {
    const name = (await link.textContent())!.trim();
    await link.click();
    const heading = page.getByRole('heading', { name, exact: true });
    await expect(heading).toBeInViewport();
    expect(page.url()).toContain(`#${await heading.getAttribute('id')}`);
  }
});
