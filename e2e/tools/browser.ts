import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive: Playwright's own when `npx playwright install` has run,
 * otherwise Debian's. `undefined` means Playwright's default; `null` means there is none.
 */
export function chromiumPath(): string | undefined | null {
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

/** How the tests and benchmarks start that Chromium. */
export function launchOptions(): LaunchOptions {
  const executablePath = chromiumPath() ?? undefined;
  return {
    executablePath,
    // Debian's Chromium otherwise phones home at start, which this offline build must not do.
    args: executablePath
      ? ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
      : [],
  };
}
