import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;

for (const path of ['/', ARTICLE.url, '/categorieen/', '/over/']) {
  test(`${path} fits a 320 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('body text is at least 17 px with lines of about 65 characters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE.url);
  const paragraph = page.locator('.prose > p').first();
  const { fontSize, width, charWidth } = await paragraph.evaluate((p) => {
    const probe = document.createElement('span');
    probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
    p.append(probe);
    const result = {
      fontSize: parseFloat(getComputedStyle(p).fontSize),
      width: p.getBoundingClientRect().width,
      charWidth: probe.getBoundingClientRect().width / 104,
    };
    probe.remove();
    return result;
  });
  expect(fontSize).toBeGreaterThanOrEqual(17);
  const charsPerLine = width / charWidth;
  expect(charsPerLine).toBeGreaterThan(55);
  expect(charsPerLine).toBeLessThan(80);
});

test('the skip link is the first stop for the keyboard and jumps to the content', async ({ page }) => {
  await page.goto(ARTICLE.url);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('printing leaves out the navigation and shows where links go', async ({ page }) => {
  await page.goto(ARTICLE.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Inhoud', includeHidden: true })).toBeHidden();
  const link = page.locator('.prose a[href^="/artikelen/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/artikelen/');
});
