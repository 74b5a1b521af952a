import { exerciseOnPage, openExercise, SAYS, SETTINGS_KEY } from './tools/exercise.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;

// ARTICLE's exercise is "verlengde uitademing": 4 s in, 6 s out, after a 3 s lead-in.

test('box breathing changes phase at every boundary for 10 minutes, then ends after an exhale', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { label, count, button, setting, announcer } = await openExercise(page, ARTICLE.url);
  await (await setting('Oefening')).selectOption({ label: 'Box-ademhaling' });
  // Holding the breath is the reader's choice: off until switched on.
  await expect(await setting('Adem even vasthouden')).not.toBeChecked();
  await (await setting('Adem even vasthouden')).check();
  await (await setting('Duur in minuten')).selectOption('10');
  await button('Start').click();

  await expect(label).toHaveText(SAYS['lead-in']);
  await expect(count).toHaveText('3');
  await page.clock.runFor(1000);
  await expect(count).toHaveText('2');
  await page.clock.runFor(1000);
  // 10 minutes of 16 s breaths is 37.5: the 38th breath is finished, up to its exhale.
  const box = ['in', 'hold', 'out', 'hold'] as const;
  const phases = Array.from({ length: 38 * 4 - 1 }, (_, n) => ({ kind: box[n % 4]!, at: 3000 + n * 4000 }));
  let now = 2000;
  let previous: string = SAYS['lead-in'];
  for (const { kind, at } of [...phases, { kind: 'done' as const, at: 3000 + phases.length * 4000 }]) {
    await page.clock.runFor(at - 1 - now);
    await expect(label).toHaveText(previous);
    await expect(count).toHaveText('1');
    await page.clock.runFor(1);
    now = at;
    previous = SAYS[kind];
    await expect(label).toHaveText(previous);
    await expect(count).toHaveText(kind === 'done' ? SAYS.afterwards : '4');
  }
  expect(now).toBe(3000 + 37 * 16_000 + 12_000);
  await expect(label).toHaveText(SAYS.done);
  await expect(announcer).toHaveText(`${SAYS.done} ${SAYS.afterwards}`);
  await expect(button(SAYS.again)).toBeVisible();
});

test('fast-forwarding lands on the right phase', async ({ page }) => {
  // The third fixture article breathes 5.5 s in and 5.5 s out for 5 minutes.
  const { label, count, button } = await openExercise(page, '/artikelen/derde-artikel/');
  await button('Start').click();
  await page.clock.fastForward(3000 + 10 * 11_000 + 6000);
  await expect(label).toHaveText(SAYS.out);
  await expect(count).toHaveText('5');
  await page.clock.fastForward(5000);
  await expect(label).toHaveText(SAYS.in);
  await expect(count).toHaveText('6');
  await page.clock.fastForward(10 * 60_000);
  await expect(label).toHaveText(SAYS.done);
});

test('nothing moves or sounds before Start', async ({ page }) => {
  const { label, count, button } = await openExercise(page, ARTICLE.url);
  await page.clock.runFor(60_000);
  await expect(label).toHaveText(SAYS.idle);
  await expect(count).toHaveText('');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  for (const name of ['Start', 'Stop']) await expect(button(name)).toBeVisible();
});

test('start, pause, resume and stop are buttons that stay visible', async ({ page }) => {
  const { label, count, button } = await openExercise(page, ARTICLE.url);
  await button('Start').click();
  await page.clock.runFor(5000);
  await expect(label).toHaveText(SAYS.in);
  await button('Pauze').click();
  await expect(label).toHaveText(SAYS.paused);
  await page.clock.runFor(60_000);
  await expect(count).toHaveText('2');
  await button('Verder').click();
  await expect(label).toHaveText(SAYS.in);
  await page.clock.runFor(2000);
  await expect(label).toHaveText(SAYS.out);
  await expect(button('Stop')).toBeVisible();
  await button('Stop').click();
  await expect(label).toHaveText(SAYS.idle);
  await expect(button('Start')).toBeVisible();
});

test('the shape grows on the inhale and shrinks on the exhale; the guide changes once a second, not per frame', async ({
  page,
}) => {
  const { exercise, shape, button } = await openExercise(page, ARTICLE.url);
  await button('Start').click();
  await page.clock.runFor(3000);
  await expect(shape).toHaveAttribute('style', /transform: scale\(1\); transition-duration: 4000ms/);
  await exercise.evaluate((element) => {
    const seen = { changes: 0 };
    Object.assign(window, { seen });
    new MutationObserver((list) => (seen.changes += list.length)).observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  // A second of breathing in is some sixty frames, and three changes: the countdown, the time left
  // and the ring.
  await page.clock.runFor(1000);
  expect(await page.evaluate(() => (window as unknown as { seen: { changes: number } }).seen.changes)).toBe(
    3,
  );
  await page.clock.runFor(3000);
  // It shrinks back to three quarters: a calm breath, not lungs filled and emptied.
  await expect(shape).toHaveAttribute('style', /transform: scale\(0\.75\); transition-duration: 6000ms/);
  // The browser starts the transition at its next style update, which a machine busy with the
  // rest of the suite may delay by seconds.
  const animated = () =>
    page.evaluate(() =>
      document.getAnimations().map((animation) => (animation as CSSTransition).transitionProperty),
    );
  await expect.poll(async () => (await animated()).length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect((await animated()).every((property) => property === 'transform' || property === 'opacity')).toBe(
    true,
  );
});

test('a hidden tab pauses the exercise, which then waits for the reader', async ({ page }) => {
  const { label, count, button } = await openExercise(page, ARTICLE.url);
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((state) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await button('Start').click();
  await page.clock.runFor(4000);
  await setVisibility('hidden');
  await page.clock.runFor(120_000);
  await setVisibility('visible');
  await page.clock.runFor(10_000);
  await expect(label).toHaveText(SAYS.paused);
  await expect(count).toHaveText('3');
  await button('Verder').click();
  await expect(label).toHaveText(SAYS.in);
  await page.clock.runFor(3000);
  await expect(label).toHaveText(SAYS.out);
});

test('the live region announces each phase once, never the countdown', async ({ page }) => {
  const { announcer, button } = await openExercise(page, ARTICLE.url);
  await expect(announcer).toHaveCount(1);
  await announcer.evaluate((region) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await button('Start').click();
  await page.clock.runFor(10_000);
  await button('Pauze').click();
  await page.clock.runFor(5000);
  await button('Verder').click();
  await page.clock.runFor(13_000);
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([
    SAYS['lead-in'],
    SAYS.in,
    SAYS.out,
    SAYS.in,
    SAYS.out,
    SAYS.in,
  ]);
});

test('keyboard only: Tab, Enter, Space and Escape inside the exercise; Escape elsewhere does nothing', async ({
  page,
}) => {
  const { label, button } = await openExercise(page, `${ARTICLE.url}#oefening`);
  await page.keyboard.press('Tab');
  await expect(button('Start')).toBeFocused();
  await expect(button('Start')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await page.clock.runFor(3000);
  await expect(label).toHaveText(SAYS.in);
  await page.keyboard.press('Space');
  await expect(button('Verder')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button('Pauze')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Escape');
  await expect(label).toHaveText(SAYS.in);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(button('Stop')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(label).toHaveText(SAYS.idle);
  await expect(button('Stop')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button(SAYS.focus)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Duur in minuten')).toBeFocused();
});

test('reduced motion, or the calm setting, shows the steps in words without a transform animation', async ({
  page,
}) => {
  const transforms = () =>
    page.evaluate(
      () =>
        document.getAnimations().filter((a) => (a as CSSTransition).transitionProperty === 'transform')
          .length,
    );
  let guide = await openExercise(page, ARTICLE.url);
  await guide.button('Start').click();
  await page.clock.runFor(3000);
  await expect(guide.shape).toBeVisible();
  await expect.poll(transforms).toBe(1);
  await (await guide.setting('Rustige weergave, zonder bewegende vorm')).check();
  await expect(guide.shape).toBeHidden();
  await expect(guide.steps.locator('.is-now')).toHaveText(SAYS.in);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate((key) => localStorage.removeItem(key), SETTINGS_KEY);
  guide = await openExercise(page, ARTICLE.url);
  await guide.button('Start').click();
  await page.clock.runFor(3000);
  await expect(guide.shape).toBeHidden();
  await expect(guide.steps).toBeVisible();
  await expect(guide.steps.locator('.is-now')).toHaveText(SAYS.in);
  await page.clock.runFor(4000);
  await expect(guide.steps.locator('.is-now')).toHaveText(SAYS.out);
  expect(await transforms()).toBe(0);
});

test('settings persist under a versioned key', async ({ page }) => {
  const { setting } = await openExercise(page, '/oefeningen/box-ademhaling/');
  await (await setting('Duur in minuten')).selectOption('7');
  await (await setting('Adem even vasthouden')).check();
  await (await setting('Rustige weergave, zonder bewegende vorm')).check();
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY))!)).toEqual({
    minutes: 7,
    holds: true,
    sound: false,
    vibration: false,
    calm: true,
    awake: false,
  });
  await page.reload();
  const again = await openExercise(page, '/oefeningen/box-ademhaling/');
  await expect(await again.setting('Duur in minuten')).toHaveValue('7');
  await expect(await again.setting('Adem even vasthouden')).toBeChecked();
  await expect(await again.setting('Rustige weergave, zonder bewegende vorm')).toBeChecked();
  await expect(
    again.exercise.getByText('4 tellen in, 4 tellen vasthouden, 4 tellen uit, 4 tellen vasthouden', {
      exact: true,
    }),
  ).toBeVisible();
});

for (const [name, script] of [
  ['corrupt', `localStorage.setItem('${SETTINGS_KEY}', '{"minutes": "lots", "holds": 3')`],
  [
    'out-of-range',
    `localStorage.setItem('${SETTINGS_KEY}', '{"minutes": 99, "calm": "yes", "sound": null}')`,
  ],
  [
    'blocked',
    'Storage.prototype.getItem = Storage.prototype.setItem = () => { throw new DOMException("no", "SecurityError") }',
  ],
] as const) {
  test(`${name} storage falls back to the defaults and the exercise still works`, async ({ page }) => {
    await page.addInitScript(script);
    const { label, button, setting } = await openExercise(page, ARTICLE.url);
    await expect(await setting('Duur in minuten')).toHaveValue('3');
    await expect(await setting('Rustige weergave, zonder bewegende vorm')).not.toBeChecked();
    await (await setting('Zachte tonen bij in- en uitademen')).uncheck();
    await button('Start').click();
    await page.clock.runFor(7000);
    await expect(label).toHaveText(SAYS.out);
  });
}

test('starting one exercise pauses the other one on the page', async ({ page }) => {
  const first = await openExercise(page, '/oefeningen/', 'oefening-rustig-ademen');
  await first.button('Start').click();
  await page.clock.runFor(4000);
  const second = await exerciseOnPage(page, 'oefening-verlengde-uitademing');
  await second.button('Start').click();
  await page.clock.runFor(4000);
  await expect(first.label).toHaveText(SAYS.paused);
  await expect(first.button('Verder')).toBeVisible();
  await expect(second.label).toHaveText(SAYS.in);
});

test('sound is off by default; switched on, soft in and out tones are scheduled on the audio clock', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const log = { contexts: 0, tones: [] as { frequency: number; when: number }[], stopped: 0 };
    Object.assign(window, { audioLog: log });
    window.AudioContext = class {
      currentTime = 10;
      destination = {};
      constructor() {
        log.contexts++;
      }
      createGain() {
        return {
          gain: { setValueAtTime() {}, linearRampToValueAtTime() {} },
          connect: (node: unknown) => node,
        };
      }
      createOscillator() {
        const oscillator = {
          frequency: { value: 0 },
          connect: (node: unknown) => node,
          start: (when: number) => log.tones.push({ frequency: oscillator.frequency.value, when }),
          // A stop without a time silences the tone now: the guide cancels it.
          stop: (when?: number) => when === undefined && log.stopped++,
        };
        return oscillator;
      }
    } as unknown as typeof AudioContext;
  });
  type AudioLog = { contexts: number; tones: { frequency: number; when: number }[]; stopped: number };
  const audioLog = () => page.evaluate(() => (window as unknown as { audioLog: AudioLog }).audioLog);
  const { button, setting } = await openExercise(page, ARTICLE.url);
  await button('Start').click();
  await page.clock.runFor(8000);
  expect(await audioLog()).toMatchObject({ contexts: 0, tones: [] });
  await button('Stop').click();

  await (await setting('Zachte tonen bij in- en uitademen')).check();
  await button('Start').click();
  // The first inhale starts after the 3 s lead-in: its tone is set for then on the audio clock.
  expect(await audioLog()).toEqual({
    contexts: 1,
    tones: [{ frequency: expect.any(Number), when: 13 }],
    stopped: 0,
  });
  await page.clock.runFor(3000);
  const { tones } = await audioLog();
  expect(tones[1]).toEqual({ frequency: expect.any(Number), when: 14 });
  expect(tones[1]!.frequency).toBeLessThan(tones[0]!.frequency);
  // Pausing silences the tone that was still to come.
  await button('Pauze').click();
  expect((await audioLog()).stopped).toBe(1);
});

test('vibration, where supported: one pulse on the inhale, two on the exhale', async ({ page }) => {
  await page.addInitScript(() => {
    const pulses: unknown[] = [];
    Object.assign(window, { pulses });
    navigator.vibrate = (pattern) => pulses.push(pattern) > 0;
  });
  const { button, setting } = await openExercise(page, ARTICLE.url);
  await (await setting('Trillen bij in- en uitademen')).check();
  await button('Start').click();
  await page.clock.runFor(7000);
  expect(await page.evaluate(() => (window as unknown as { pulses: unknown[] }).pulses)).toEqual([
    200,
    [150, 100, 150],
  ]);
});
