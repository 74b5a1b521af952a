import { expect, test } from './tools/test.ts';

test.use({ allowConsole: [/status of 404/] });

test('an unknown URL gets the Dutch 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('Pagina niet gevonden · Ademruimte');
  await expect(page.locator('h1')).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
});
