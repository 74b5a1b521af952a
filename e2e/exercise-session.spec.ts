import type { Page } from '@playwright/test';
import { openExercise, SAYS } from './tools/exercise.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

// FIXTURE.article's exercise breathes 4 s in and 6 s out. At one minute that is six breaths after
// the 3 s lead-in: 63 s in all.
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

async function oneMinuteExercise(page: Page) {
  const opened = await openExercise(page, FIXTURE.article.url);
  await (await opened.setting('Duur in minuten')).selectOption('1');
  const left = opened.exercise.locator('.guide__left');
  const done = () =>
    opened.exercise
      .locator('.guide__ring')
      .evaluate((ring) => Number(getComputedStyle(ring).getPropertyValue('--done')));
  return { ...opened, left, done };
}

/** Pretends the reader switched tabs and came back: the browser reports the page hidden, then visible. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { value, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

for (const size of SIZES)
  test.describe(`on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the time left counts down in words a screen reader reads, and the ring closes as time passes', async ({
      page,
    }) => {
      const { left, done, button } = await oneMinuteExercise(page);
      await expect(left).toHaveText('');
      await button('Start').click();
      await expect(left).toHaveText('Nog 1:03');
      // Not hidden from assistive technology, unlike the moving shape.
      expect(await left.evaluate((element) => element.closest('[aria-hidden="true"]'))).toBeNull();
      await page.clock.runFor(3000);
      await expect(left).toHaveText('Nog 1:00');
      expect(await done()).toBeCloseTo(3 / 63, 2);
      await page.clock.runFor(30_000);
      await expect(left).toHaveText('Nog 0:30');
      expect(await done()).toBeCloseTo(33 / 63, 2);
      // Paused, the clock stands still.
      await button('Pauze').click();
      await page.clock.runFor(20_000);
      await expect(left).toHaveText('Nog 0:30');
    });

    test('the end is said on screen and to screen readers, with a way to begin again', async ({ page }) => {
      const { label, count, left, announcer, button } = await oneMinuteExercise(page);
      await button('Start').click();
      await page.clock.runFor(63_000);
      await expect(label).toHaveText(SAYS.done);
      await expect(count).toHaveText(SAYS.afterwards);
      await expect(announcer).toHaveText(`${SAYS.done} ${SAYS.afterwards}`);
      await expect(left).toHaveText('');
      // The button the reader last pressed now offers another round, so focus stays useful.
      await expect(button(SAYS.again)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(label).toHaveText(SAYS['lead-in']);
      await expect(left).toHaveText('Nog 1:03');
    });

    test('the focus view gives the exercise the whole screen, keeps focus inside and closes with Escape or its button', async ({
      page,
    }) => {
      const { exercise, label, button } = await oneMinuteExercise(page);
      const guide = exercise.locator('.guide');
      await button(SAYS.focus).focus();
      await page.keyboard.press('Enter');
      await expect(button(SAYS.unfocus)).toBeFocused();
      await expect
        .poll(async () => {
          const box = (await guide.boundingBox())!;
          return box.x <= 0 && box.y <= 0 && box.width >= size.width && box.height >= size.height;
        })
        .toBe(true);
      // Keyboard focus goes round inside the exercise (by way of the browser's own controls, as
      // in a dialog), never to the page behind it.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(
          await page.evaluate(
            () => document.activeElement === document.body || !!document.activeElement?.closest('.guide'),
          ),
        ).toBe(true);
      }
      // The exercise keeps running in the focus view; Escape closes the view, not the exercise.
      await button('Start').click();
      await page.clock.runFor(3000);
      await page.keyboard.press('Escape');
      await expect(button(SAYS.focus)).toBeVisible();
      await expect(label).toHaveText(SAYS.in);
      await expect(page.locator('header').first()).not.toHaveAttribute('inert');
      // Its own button closes it too, and focus stays on that button.
      await button(SAYS.focus).click();
      await button(SAYS.unfocus).click();
      await expect(button(SAYS.focus)).toBeFocused();
      expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    });
  });

test('in the focus view nothing scrolls sideways on a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { button } = await oneMinuteExercise(page);
  await button(SAYS.focus).click();
  await expect(button(SAYS.unfocus)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('keeping the screen on', () => {
  // A stand-in for the Screen Wake Lock API that records what the page asks of it.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const log: string[] = [];
      Object.assign(window, { wakeLog: log });
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async () => {
            log.push('take');
            const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
            sentinel.release = async () => {
              log.push('release');
              sentinel.dispatchEvent(new Event('release'));
            };
            return sentinel;
          },
        },
      });
    });
  });
  const wakeLog = (page: Page) => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog);

  test('is off until chosen; chosen, the screen stays on while the exercise runs, and only then', async ({
    page,
  }) => {
    const { button, setting } = await oneMinuteExercise(page);
    const keepOn = await setting(SAYS.awake);
    await expect(keepOn).not.toBeChecked();
    await button('Start').click();
    await page.clock.runFor(2000);
    await button('Pauze').click();
    expect(await wakeLog(page)).toEqual([]);

    await keepOn.check();
    await button('Verder').click();
    await expect.poll(() => wakeLog(page)).toEqual(['take']);
    await button('Pauze').click();
    await expect.poll(() => wakeLog(page)).toEqual(['take', 'release']);
    // Back after another tab: the exercise waits for the reader, and takes the lock when resumed.
    await button('Verder').click();
    await expect.poll(() => wakeLog(page)).toEqual(['take', 'release', 'take']);
    await setVisibility(page, 'hidden');
    await expect.poll(() => wakeLog(page)).toEqual(['take', 'release', 'take', 'release']);
    await setVisibility(page, 'visible');
    await button('Verder').click();
    await expect.poll(() => wakeLog(page)).toHaveLength(5);
    await button('Stop').click();
    await expect.poll(() => wakeLog(page)).toHaveLength(6);
    // And at the end of a session.
    await button('Start').click();
    await page.clock.runFor(63_000);
    await expect(button(SAYS.again)).toBeVisible();
    await expect.poll(() => wakeLog(page)).toEqual([...Array(4).fill(['take', 'release']).flat()]);
  });
});

test('keeping the screen on is not offered where the browser cannot do it', async ({ page }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock);
  const { exercise, setting } = await oneMinuteExercise(page);
  await setting('Duur in minuten');
  await expect(exercise.getByLabel(SAYS.awake)).toHaveCount(0);
});
