import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, onePerTemplate, pagesToVisit, templateOf } from './tools/built-site.ts';
import { headersFor, parseHeadersFile } from './tools/headers.ts';
import { readToTheEnd } from './tools/read-page.ts';
import { expect, test } from './tools/test.ts';

// The preview server ignores _headers, so the test adds them the way the host will: a CSP or
// Permissions-Policy that breaks a page then shows up as a console error here.
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

test.describe.configure({ mode: 'parallel' });

// A page's scripts and resources come from its template, so one page of each is enough; every
// article too, since a writer's text can bring what the template does not.
const pages = pagesToVisit();
const checked = new Set(onePerTemplate(pages));
for (const page of pages) if (templateOf(page.path) === '/artikelen/:slug/') checked.add(page);

for (const { path, allowConsole } of checked) {
  test.describe(() => {
    test.use({ allowConsole });

    test(`${path} loads under the site's headers with no console errors and no other origins`, async ({
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
      await readToTheEnd(page);
      // Late requests (the favicon) finish under the same rules before the page closes.
      await page.unrouteAll({ behavior: 'wait' });
      expect(otherOrigins, 'requests to other origins').toEqual([]);
    });
  });
}
