// Makes sure the end-to-end tests have a Chromium, installing Debian's when we may (root).
import { execSync } from 'node:child_process';
import { chromiumPath, SYSTEM_CHROMIUM } from './browser.ts';

if (chromiumPath() === null) {
  if (process.getuid?.() === 0) {
    console.log(`No Chromium found: installing Debian's chromium (${SYSTEM_CHROMIUM}) with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
  } else {
    console.error(
      [
        'The end-to-end tests need Chromium, and none was found.',
        'Install one of these, then run the tests again:',
        '  npx playwright install chromium      (Playwright’s own browser)',
        '  sudo apt-get install -y chromium     (Debian/Ubuntu, gives /usr/bin/chromium)',
      ].join('\n'),
    );
    process.exit(1);
  }
}
