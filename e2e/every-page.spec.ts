import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './tools/axe.ts';
import { DIST, onePerTemplate, pagesToVisit } from './tools/built-site.ts';
import { headersFor, parseHeadersFile } from './tools/headers.ts';
import { readToTheEnd } from './tools/read-page.ts';
import { expect, test } from './tools/test.ts';

// One visit per page, two gates. The preview server ignores _headers, so the test adds them the
// way the host will: a CSP or Permissions-Policy that breaks a page then shows up as a console error
// (every test fails on one, tools/test.ts).
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

// Every page at both widths in the light theme. Colours come from a page's template, not its
// words, so the dark theme is checked on one page of each template, reached both ways a reader gets
// it: from the system setting, and from the toggle (html[data-theme]) overriding a light system.
const light = [
  { name: 'phone, light system theme', width: 360, height: 740, system: 'light', chosen: undefined },
  { name: 'desktop, light theme chosen', width: 1280, height: 800, system: 'dark', chosen: 'light' },
] as const;
const dark = [
  { name: 'phone, dark system theme', width: 360, height: 740, system: 'dark', chosen: undefined },
  { name: 'desktop, dark theme chosen', width: 1280, height: 800, system: 'light', chosen: 'dark' },
] as const;

test.describe.configure({ mode: 'parallel' });

const pages = pagesToVisit();
const templatePages = new Set(onePerTemplate(pages).map(({ path }) => path));

for (const { path, allowConsole } of pages) {
  const views = templatePages.has(path) ? [...light, ...dark] : light;
  test.describe(() => {
    test.use({ allowConsole });

    test(`${path} loads under the site's headers from this origin only, with no accessibility violations on a phone or desktop${templatePages.has(path) ? ', light or dark' : ''}`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const otherOrigins: string[] = [];
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) {
          otherOrigins.push(url.href);
          return route.abort('blockedbyclient');
        }
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), ...headersFor(rules, url.pathname) },
        });
      });
      await page.goto(path);
      // The exercises come to life as they scroll into view: they are checked hydrated.
      await readToTheEnd(page);
      // Late requests (the favicon) finish under the same rules.
      await page.unrouteAll({ behavior: 'wait' });
      expect(otherOrigins, 'requests to other origins').toEqual([]);

      const found: string[] = [];
      for (const view of views) {
        await page.setViewportSize({ width: view.width, height: view.height });
        await page.emulateMedia({ colorScheme: view.system });
        await page.evaluate((theme) => {
          if (theme) document.documentElement.dataset.theme = theme;
          else delete document.documentElement.dataset.theme;
        }, view.chosen);
        found.push(...(await axeViolations(page)).map((violation) => `${view.name}: ${violation}`));
      }
      expect(found).toEqual([]);
    });
  });
}
