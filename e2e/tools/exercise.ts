import type { Locator, Page } from '@playwright/test';
import { SETTINGS_KEY } from '../../src/breathing/settings.ts';
import { ui } from '../../src/i18n/nl.ts';
import { expect } from './test.ts';

/** What the guide says, phase by phase ("Klaar?", "Adem in", …). */
export const SAYS = ui.exerciseGuide;

export { SETTINGS_KEY };

const T0 = new Date('2026-11-25T09:00:00Z').getTime();

/**
 * Opens a page on Playwright's clock, scrolls to the exercise and waits until it has hydrated, then
 * stops time: from here on only `page.clock` moves it.
 */
export async function openExercise(page: Page, path: string, id = 'oefening') {
  await page.clock.install({ time: T0 });
  await page.goto(path);
  const opened = await exerciseOnPage(page, id);
  await page.clock.pauseAt(T0 + 60_000);
  return opened;
}

/** Another exercise on the page that is already open: scrolled to and hydrated. */
export async function exerciseOnPage(page: Page, id: string) {
  const exercise = page.locator(`#${id}`);
  // The guide hydrates once it is in view; the safety note above it may fill the screen.
  await exercise.locator('[data-guide]').scrollIntoViewIfNeeded();
  await expect(exercise.locator('[data-guide]')).toHaveAttribute('data-hydrated');
  return guide(exercise);
}

export function guide(exercise: Locator) {
  return {
    exercise,
    label: exercise.locator('.guide__label'),
    count: exercise.locator('.guide__count'),
    announcer: exercise.locator('[aria-live=polite]'),
    shape: exercise.locator('.guide__shape'),
    steps: exercise.locator('.guide__steps'),
    button: (name: string) => exercise.getByRole('button', { name, exact: true }),
    /** Opens the settings (once) and returns the control with this label. */
    setting: async (label: string) => {
      const details = exercise.locator('details');
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
        await details.locator('summary').click();
      return exercise.getByLabel(label, { exact: true });
    },
  };
}
