import { expect, test } from './tools/test.ts';

// The background colour in the very first frame: requestAnimationFrame runs before the first paint.
const recordFirstFrame = () => {
  requestAnimationFrame(() => {
    (window as unknown as { firstFrameBg: string }).firstFrameBg = getComputedStyle(
      document.body,
    ).backgroundColor;
  });
};

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Donker thema' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('a chosen theme survives a reload without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const toggle = page.getByRole('button', { name: 'Donker thema' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);

  await page.addInitScript(recordFirstFrame);
  await page.reload();
  await page.waitForFunction(() => 'firstFrameBg' in window);
  expect(await page.evaluate(() => (window as unknown as { firstFrameBg: string }).firstFrameBg)).toBe(
    darkBg,
  );
  await expect(page.getByRole('button', { name: 'Donker thema' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no theme toggle that could not work', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.theme-toggle')).toBeHidden();
  });
});
