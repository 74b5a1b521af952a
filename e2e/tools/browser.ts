import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive: Playwright's own when `npx playwright install` has run,
 * otherwise Debian's. `undefined` means Playwright's default; `null` means there is none.
 */
export function chromiumPath(): string | undefined | null {
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}
