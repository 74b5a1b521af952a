import AxeBuilder from '@axe-core/playwright';
import { pagesToVisit } from './tools/built-site.ts';
import { readToTheEnd } from './tools/read-page.ts';
import { expect, test } from './tools/test.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Both widths see both themes, and each theme is reached both ways a reader gets it: from the
// system setting, and from the toggle (html[data-theme]) overriding the opposite system setting.
const views = [
  { name: 'phone, light system theme', width: 360, height: 740, system: 'light', chosen: undefined },
  { name: 'phone, dark system theme', width: 360, height: 740, system: 'dark', chosen: undefined },
  { name: 'desktop, light theme chosen', width: 1280, height: 800, system: 'dark', chosen: 'light' },
  { name: 'desktop, dark theme chosen', width: 1280, height: 800, system: 'light', chosen: 'dark' },
] as const;

test.describe.configure({ mode: 'parallel' });

for (const { path, allowConsole } of pagesToVisit()) {
  test.describe(() => {
    test.use({ allowConsole });

    test(`${path} has no accessibility violations on a phone or desktop, light or dark`, async ({ page }) => {
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
