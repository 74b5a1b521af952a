import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURE_ENV } from './tools/preview.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

const SITE = 'https://ademruimte.nl';
const ARTICLE = FIXTURE.article;
/** A section of the article with more below it than a screen holds. */
const SECTION = 'wat-ademwerk-wel-en-niet-kan';
// The fixture build may not exist yet when this file is read (the run builds it at the start), so
// the articles come from the fixture content and the built files are read inside the tests.
const dist = FIXTURE_ENV.ADEMRUIMTE_OUT_DIR;
const articles = readdirSync(join(FIXTURE_ENV.ADEMRUIMTE_CONTENT_DIR, 'articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `/artikelen/${file.slice(0, -'.mdx'.length)}/`);

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer) {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: import('@playwright/test').Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

test('every built preview image is a 1200 × 630 PNG', () => {
  const builtArticles = readdirSync(join(dist, 'artikelen'));
  expect(builtArticles.map((slug) => `/artikelen/${slug}/`).sort()).toEqual([...articles].sort());
  const previewFiles = readdirSync(join(dist, 'og'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.png'),
  );
  expect(previewFiles.length).toBe(builtArticles.length + 1);
  for (const file of previewFiles)
    expect(pngSize(readFileSync(join(dist, 'og', file))), file).toEqual({ width: 1200, height: 630 });
});

for (const path of articles) {
  test(`${path} has a large link preview with its own image`, async ({ page, request }) => {
    await page.goto(path);
    const title = (await page.locator('h1').textContent())!.trim();
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:url')).toBe(`${SITE}${path}`);
    expect(await meta(page, 'og:image')).toBe(`${SITE}/og${path.slice(0, -1)}.png`);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:alt')).toContain(title);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await meta(page, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const image = await request.get(new URL((await meta(page, 'og:image'))!).pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
  });

  test(`${path} share links carry its canonical URL and title`, async ({ page }) => {
    await page.goto(path);
    const title = (await page.locator('h1').textContent())!.trim();
    const share = page.getByRole('region', { name: 'Deel dit artikel' });
    const href = (name: string) => share.getByRole('link', { name, exact: true }).getAttribute('href');
    const param = async (name: string, key: string) => new URL((await href(name))!).searchParams.get(key);
    expect(await param('WhatsApp', 'text')).toBe(`${title} ${SITE}${path}`);
    expect(await param('Bluesky', 'text')).toBe(`${title} ${SITE}${path}`);
    expect(await param('LinkedIn', 'url')).toBe(`${SITE}${path}`);
    expect(await param('Facebook', 'u')).toBe(`${SITE}${path}`);
    expect(await param('X', 'url')).toBe(`${SITE}${path}`);
    expect(await param('X', 'text')).toBe(title);
    const mail = (await href('E-mail'))!;
    expect(decodeURIComponent(mail)).toContain(`${title}\r\n${SITE}${path}`);
  });
}

test('pages other than articles share the site image', async ({ page }) => {
  for (const path of ['/', '/categorieen/', '/over/']) {
    await page.goto(path);
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'og:image')).toBe(`${SITE}/og/ademruimte.png`);
    expect(await meta(page, 'og:image:alt')).toMatch(/^Ademruimte: .{20,}/);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  }
});

// The share bar's own announcement: the exercise has a live region of its own.
const shareStatus = (page: Page) =>
  page.getByRole('region', { name: 'Deel dit artikel' }).getByRole('status');

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link puts the canonical URL on the clipboard and says so', async ({ page }) => {
    await page.goto(`${ARTICLE.url}?utm_source=elders`);
    await page.getByRole('button', { name: 'Kopieer link', exact: true }).click();
    await expect(shareStatus(page)).toHaveText('Link gekopieerd');
    await expect(shareStatus(page)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${ARTICLE.url}`);
  });

  test('a section link copies the URL of its heading and lands on it', async ({ page }) => {
    await page.goto(ARTICLE.url);
    await page.getByRole('link', { name: 'Link naar deze sectie: Samenvatting' }).click();
    await expect(shareStatus(page)).toHaveText('Link gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}${ARTICLE.url}#samenvatting`,
    );
    await expect(page.locator('#samenvatting')).toBeInViewport();
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 640 },
]) {
  test(`a section URL opens at its heading, below the header (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${ARTICLE.url}#${SECTION}`);
    const heading = page.locator(`#${SECTION}`);
    await expect(heading).toBeInViewport();
    // The header's bottom edge on screen: above the top when it is not sticky and scrolled away.
    const header = (await page.locator('.site-header').boundingBox())!;
    await expect
      .poll(async () => (await heading.boundingBox())!.y)
      .toBeGreaterThanOrEqual(header.y + header.height);
    // Smooth scrolling (global.css) may still be on its way there.
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(viewport.height / 3);
  });
}

test('the share button appears only where the device can share, and shares the canonical page', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  await expect(page.getByRole('link', { name: 'WhatsApp' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delen…' })).toBeHidden();

  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Delen…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: ARTICLE.title,
    url: `${SITE}${ARTICLE.url}`,
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the share links work and the buttons that need a script stay away', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const share = page.getByRole('region', { name: 'Deel dit artikel' });
    await expect(share.getByRole('link')).toHaveText([
      'WhatsApp',
      'E-mail',
      'LinkedIn',
      'Bluesky',
      'Facebook',
      'X',
    ]);
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Link naar deze sectie: Samenvatting' })).toHaveAttribute(
      'href',
      '#samenvatting',
    );
  });
});
