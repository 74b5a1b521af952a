import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './tools/browser.ts';

// E2E_PORT lets several checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const executablePath = chromiumPath() ?? undefined;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  forbidOnly: true,
  fullyParallel: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // Debian's Chromium otherwise phones home at start, which this offline build must not do.
          args: executablePath
            ? [
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--no-first-run',
              ]
            : [],
        },
      },
    },
  ],
  webServer: {
    // Serves the production build (`npm run build` runs first in `npm test`).
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    cwd: '..',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
