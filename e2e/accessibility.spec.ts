import AxeBuilder from '@axe-core/playwright';
import { onePerTemplate, pagesToVisit } from './tools/built-site.ts';
import { readToTheEnd } from './tools/read-page.ts';
import { expect, test } from './tools/test.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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

    test(`${path} has no accessibility violations on a phone or desktop${templatePages.has(path) ? ', light or dark' : ''}`, async ({
      page,
    }) => {
      // Four axe runs over a long article take ~20 s on a busy 2-core machine.
      test.slow();
      await page.goto(path);
      await readToTheEnd(page);
      const found: string[] = [];
      for (const view of views) {
        await page.setViewportSize({ width: view.width, height: view.height });
        await page.emulateMedia({ colorScheme: view.system });
        await page.evaluate((theme) => {
          if (theme) document.documentElement.dataset.theme = theme;
          else delete document.documentElement.dataset.theme;
        }, view.chosen);
        const { violations } = await new AxeBuilder({ page })
          .withTags(TAGS)
          .options({ resultTypes: ['violations'] })
          .analyze();
        for (const { id, help, nodes } of violations)
          found.push(
            `${view.name}: ${id}: ${help} — ${nodes.map(({ target }) => target.join(' ')).join(', ')}`,
          );
      }
      expect(found).toEqual([]);
    });
  });
}
