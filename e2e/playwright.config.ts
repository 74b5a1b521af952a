import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tools/browser.ts';
import { BASE_URL, FIXTURE_COMMAND, FIXTURE_URL, PREVIEW_COMMAND } from './tools/preview.ts';

// Behaviour tests run on the fixture site (e2e/fixtures/site); the gates, which must see every real
// page, run on the real build.
const behaviour = [
  'citations.spec.ts',
  'citing.spec.ts',
  'editorial.spec.ts',
  'exercise.spec.ts',
  'exercise-session.spec.ts',
  'exercise-pages.spec.ts',
  'feeds.spec.ts',
  'pages.spec.ts',
  'reading-comfort.spec.ts',
  'reading-layout.spec.ts',
  'search.spec.ts',
  'sharing.spec.ts',
  'theme.spec.ts',
];

export default defineConfig({
  testDir: '.',
  forbidOnly: true,
  fullyParallel: true,
  // Playwright's default is half the cores: one worker on a 2-core machine, which leaves the axe
  // and page-load gates waiting on each other.
  workers: '100%',
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'site',
      testMatch: '**/*.spec.ts',
      testIgnore: behaviour.map((spec) => `**/${spec}`),
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions(), baseURL: BASE_URL },
    },
    {
      name: 'fixture',
      testMatch: behaviour.map((spec) => `**/${spec}`),
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions(), baseURL: FIXTURE_URL },
    },
  ],
  webServer: [
    {
      // Serves the production build (`npm run build` runs first in `npm test`).
      command: PREVIEW_COMMAND,
      cwd: '..',
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Builds the fixture site, then serves it.
      command: FIXTURE_COMMAND,
      cwd: '..',
      url: `${FIXTURE_URL}/`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
