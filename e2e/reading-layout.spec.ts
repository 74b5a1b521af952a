import type { Page } from '@playwright/test';
import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.atEnd;
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

const contents = (page: Page) => page.getByRole('navigation', { name: 'Inhoud' });
const firstParagraphTop = (page: Page) =>
  page
    .locator('.prose > p')
    .first()
    .evaluate((p) => p.getBoundingClientRect().top + scrollY);

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the text begins within one and a half screens, below the folded contents', async ({ page }) => {
    await page.goto(ARTICLE.url);
    await expect(contents(page).locator('summary')).toBeVisible();
    await expect(contents(page).getByRole('link').first()).toBeHidden();
    expect(await firstParagraphTop(page)).toBeLessThan(PHONE.height * 1.5);
  });

  test('a tap opens the contents, and a link there leads to its section', async ({ page }) => {
    await page.goto(ARTICLE.url);
    await contents(page).locator('summary').tap();
    await contents(page).getByRole('link', { name: 'Wat je merkt' }).tap();
    await expect(page).toHaveURL(/#wat-je-merkt$/);
    await expect(page.getByRole('heading', { name: 'Wat je merkt' })).toBeInViewport();
  });

  test('the keyboard opens and closes the contents and follows its links', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const summary = contents(page).locator('summary');
    for (let tab = 0; tab < 30 && !(await summary.evaluate((s) => s === document.activeElement)); tab++)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    const first = contents(page).getByRole('link').first();
    await page.keyboard.press('Enter');
    await expect(first).toBeVisible();
    await page.keyboard.press('Space');
    await expect(first).toBeHidden();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#een-kop$/);
  });

  test('the open contents fit a 320 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE.url);
    await contents(page).locator('summary').tap();
    await expect(contents(page).getByRole('link').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the contents still open with a tap', async ({ page }) => {
      await page.goto(ARTICLE.url);
      await contents(page).locator('summary').tap();
      await expect(contents(page).getByRole('link', { name: 'Tot slot' })).toBeVisible();
    });
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: WIDE });

  test('the text begins on the first screen, with the contents beside it', async ({ page }) => {
    await page.goto(ARTICLE.url);
    await expect(contents(page).getByRole('link').first()).toBeVisible();
    expect(await firstParagraphTop(page)).toBeLessThan(WIDE.height);
    const text = (await page.locator('.prose').boundingBox())!;
    const list = (await contents(page).boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(text.x + text.width);
  });

  test('the contents stay in view and mark the section being read', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const nav = contents(page);
    const later = nav.getByRole('link', { name: 'Wat je merkt' });
    await later.click();
    await expect(later).toHaveAttribute('aria-current', 'true');
    await expect(nav).toBeInViewport();
    await expect(nav.locator('[aria-current]')).toHaveCount(1);

    // Scrolling back up moves the mark to the section then in view.
    await page.getByRole('heading', { name: 'Een tussenkop' }).evaluate((h) => h.scrollIntoView());
    const earlier = nav.getByRole('link', { name: 'Een tussenkop' });
    await expect(earlier).toHaveAttribute('aria-current', 'true');
    await expect(later).not.toHaveAttribute('aria-current');

    // The mark shows: the marked link looks unlike the others.
    const background = (link: typeof later) => link.evaluate((a) => getComputedStyle(a).backgroundColor);
    expect(await background(earlier)).not.toBe(await background(later));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the contents are a list of links beside the text', async ({ page }) => {
      await page.goto(ARTICLE.url);
      const link = contents(page).getByRole('link', { name: 'Tot slot' });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/#tot-slot$/);
    });
  });
});
