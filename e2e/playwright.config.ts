import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tools/browser.ts';
import { BASE_URL, PREVIEW_COMMAND } from './tools/preview.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  forbidOnly: true,
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a 2-core machine, which leaves the axe
  // and page-load gates waiting on each other.
  workers: '100%',
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() },
    },
  ],
  webServer: {
    // Serves the production build (`npm run build` runs first in `npm test`).
    command: PREVIEW_COMMAND,
    cwd: '..',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
  },
});
