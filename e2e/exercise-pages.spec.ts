import { exerciseOnPage, openExercise, SETTINGS_KEY } from './tools/exercise.ts';
import { expect, FIXTURE, test } from './tools/test.ts';

const ARTICLE = FIXTURE.article;

const PATTERNS = {
  'rustig-ademen': 'Rustig ademen',
  'verlengde-uitademing': 'Verlengde uitademing',
  'box-ademhaling': 'Box-ademhaling',
  'cyclisch-zuchten': 'Cyclisch zuchten',
  buikademhaling: 'Buikademhaling',
  'zachte-neusademhaling': 'Zachte neusademhaling',
};

test('the exercise sits where the writer placed it, with the article’s pattern', async ({ page }) => {
  await page.goto(ARTICLE.url);
  const exercise = page.getByRole('region', { name: 'Ademoefening' });
  await expect(exercise).toHaveAttribute('id', 'oefening');
  await expect(exercise.locator('xpath=preceding-sibling::p[1]')).toHaveText(
    /kun je het nu drie minuten proberen/,
  );
  await expect(exercise.locator('xpath=following-sibling::div[1]').getByRole('heading')).toHaveText(
    'Wat ademwerk wel en niet kan',
  );
  await expect(exercise.locator('.guide__name').filter({ visible: true })).toHaveText('Verlengde uitademing');
  await expect(exercise.getByText('4 tellen in, 6 tellen uit')).toBeVisible();
  await expect(exercise).toContainText('Adem zacht, niet dieper');
});

test('the safety note comes before Start: when to stop, a way out, and who asks a doctor first', async ({
  page,
}) => {
  await page.goto(ARTICLE.url);
  const exercise = page.locator('#oefening');
  const note = exercise.locator('.safety-note');
  await expect(note.getByText('Voordat je begint')).toBeVisible();
  const noteBeforeStart = await exercise.evaluate(
    (section) =>
      section.querySelector('.safety-note')!.compareDocumentPosition(section.querySelector('button')!) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  );
  expect(noteBeforeStart).toBeTruthy();
  await expect(note).toContainText('Stop dan');
  await expect(note).toContainText('Open je ogen, kijk om je heen en noem wat je ziet');
  await expect(note).toContainText('nooit in of bij het water, en nooit tijdens het autorijden');
  await expect(note).toContainText('lig op je zij. Sta na afloop langzaam op');
  for (const group of [
    'epilepsie',
    'hartziekte',
    'astma of COPD',
    'paniekstoornis',
    'hyperventilatie',
    'psychose',
    'dissociatie',
    'zwanger',
  ])
    await expect(note.locator('li li').filter({ hasText: group })).toHaveCount(1);
  // Nothing is promised: no exercise is called safe.
  await expect(page.locator('body')).not.toContainText(/veilig/i);
});

test('an article without <Exercise /> in its text gets its exercise at the end, before the help and sources', async ({
  page,
}) => {
  await page.goto(FIXTURE.atEnd.url);
  const order = await page.evaluate(() =>
    ['.prose', '#oefening', '.help', '.sources'].map((selector) => {
      const all = [...document.querySelectorAll('*')];
      return all.indexOf(document.querySelector(selector)!);
    }),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await expect(page.locator('#oefening [data-guide]')).toHaveAttribute(
    'data-guide',
    /"pattern":"box-ademhaling","minutes":2/,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pattern is described as text, with the safety note and a plain share link', async ({ page }) => {
    await page.goto(ARTICLE.url);
    const exercise = page.locator('#oefening');
    await expect(exercise.getByText('4 tellen in, 6 tellen uit')).toBeVisible();
    await expect(exercise.getByText('Voordat je begint')).toBeVisible();
    await expect(exercise.getByRole('link', { name: 'Deel deze oefening' })).toHaveAttribute(
      'href',
      `${ARTICLE.url}?oefening=verlengde-uitademing#oefening`,
    );
    // Buttons that could not work are not shown.
    await expect(exercise.getByRole('button')).toHaveCount(0);
    await expect(exercise.getByText('Instellingen')).toBeHidden();
  });
});

test('hydrating the exercise shifts nothing, even when a link and stored settings change it', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, '{"holds":false,"calm":true,"minutes":2}');
    // Counted from the end of parsing, when hydration can start: a browser short of time may
    // paint a page it has half parsed, and the rest arriving moves what was painted (seen in CI).
    Object.assign(window, { shifted: 0 });
    new PerformanceObserver((list) => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      for (const entry of list.getEntries())
        if (
          navigation!.domContentLoadedEventStart > 0 &&
          entry.startTime >= navigation!.domContentLoadedEventStart
        )
          (window as unknown as { shifted: number }).shifted += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  }, SETTINGS_KEY);
  await page.goto(`${ARTICLE.url}?oefening=box-ademhaling#oefening`);
  const { exercise } = await exerciseOnPage(page, 'oefening');
  await expect(exercise.getByText('4 tellen in, 4 tellen uit', { exact: true })).toBeVisible();
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
});

test('"Deel deze oefening" copies a link that opens the article at the exercise with that pattern', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // On the real clock: the confirmation is shown on the next frame.
  await page.goto(ARTICLE.url);
  const { exercise, setting, button } = await exerciseOnPage(page, 'oefening');
  await (await setting('Oefening')).selectOption('box-ademhaling');
  const link = `${ARTICLE.url}?oefening=box-ademhaling#oefening`;
  await expect(exercise.getByRole('link', { name: 'Deel deze oefening' })).toHaveAttribute('href', link);
  await button('Kopieer link naar oefening').click();
  await expect(exercise.getByRole('status')).toHaveText('Link gekopieerd');
  // Like the share bar's, the copy carries the site's own address.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://ademruimte.nl${link}`);

  await page.goto(link);
  await expect(page.locator('#oefening')).toBeInViewport();
  const { exercise: shared } = await exerciseOnPage(page, 'oefening');
  await expect(shared.locator('.guide__name').filter({ visible: true })).toHaveText('Box-ademhaling');
  await expect(shared.getByLabel('Oefening', { exact: true })).toHaveValue('box-ademhaling');
});

test('/oefeningen/ shows every pattern with its own exercise and a page of its own', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Oefeningen' }).click();
  await expect(page).toHaveURL('/oefeningen/');
  await expect(page.getByRole('link', { name: 'Oefeningen' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('h1')).toHaveText('Oefeningen');
  await expect(page.getByText('Voordat je begint')).toHaveCount(1);
  for (const [id, name] of Object.entries(PATTERNS)) {
    const section = page.getByRole('region', { name, exact: true });
    await expect(section.getByRole('region', { name: 'Ademoefening' })).toHaveAttribute(
      'id',
      `oefening-${id}`,
    );
    await expect(section.getByRole('link', { name: `Meer over ${name.toLowerCase()}` })).toHaveAttribute(
      'href',
      `/oefeningen/${id}/`,
    );
  }
});

for (const [id, name] of Object.entries(PATTERNS)) {
  test(`/oefeningen/${id}/ explains ${name} and holds its exercise, shareable by URL`, async ({ page }) => {
    await page.goto(`/oefeningen/${id}/`);
    await expect(page).toHaveTitle(`${name} · Ademruimte`);
    await expect(page.locator('h1')).toHaveText(name);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
      'href',
      `https://ademruimte.nl/oefeningen/${id}/`,
    );
    expect(await page.locator('main > p').count()).toBeGreaterThanOrEqual(2);
    const exercise = page.locator('#oefening');
    await expect(exercise.locator('.guide__name').filter({ visible: true })).toHaveText(name);
    await expect(exercise.getByRole('link', { name: 'Deel deze oefening' })).toHaveAttribute(
      'href',
      `/oefeningen/${id}/#oefening`,
    );
  });
}

test('the guide has at least 3:1 contrast in light and dark, also in the calm view', async ({ page }) => {
  const contrast = (selector: string) =>
    page.evaluate((selector) => {
      const luminance = (color: string) => {
        const [r, g, b] = color
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const fore = luminance(getComputedStyle(document.querySelector(selector)!).backgroundColor);
      const back = luminance(getComputedStyle(document.querySelector('#oefening')!).backgroundColor);
      return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
    }, selector);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'no-preference' });
    const { button } = await openExercise(page, ARTICLE.url);
    expect(await contrast('#oefening .guide__shape'), colorScheme).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await button('Start').click();
    await page.clock.runFor(3000);
    expect(await contrast('#oefening .guide__steps .is-now'), colorScheme).toBeGreaterThanOrEqual(3);
  }
});

test('every control of the exercise is at least 24 × 24 px', async ({ page }) => {
  const { exercise, setting } = await openExercise(page, '/oefeningen/box-ademhaling/');
  await setting('Oefening');
  const targets = exercise.locator('button, select, summary, label, a');
  expect(await targets.count()).toBeGreaterThan(8);
  for (const target of await targets.all()) {
    const box = (await target.boundingBox())!;
    expect(Math.min(box.width, box.height), (await target.textContent()) ?? '').toBeGreaterThanOrEqual(24);
  }
});

test('a fresh visitor holds no breath: box breathing starts as four counts in, four out', async ({
  page,
}) => {
  const { exercise, setting } = await openExercise(page, '/oefeningen/box-ademhaling/');
  await expect(exercise.getByText('4 tellen in, 4 tellen uit', { exact: true })).toBeVisible();
  await expect(await setting('Adem even vasthouden')).not.toBeChecked();
});

test('cyclic sighing cites its study, lasts at most five minutes and is not for hyperventilation', async ({
  page,
}) => {
  const { exercise, setting } = await openExercise(page, '/oefeningen/cyclisch-zuchten/');
  const marker = page.locator('main > p a.cite').first();
  await expect(marker).toHaveAttribute('href', '#bron-balban2023');
  await expect(page.locator('#bron-balban2023 .source__kind')).toHaveText('Gerandomiseerde studie');
  await expect(page.locator('.sources__basis')).toHaveText(/^Deze uitleg steunt op /);
  await expect(exercise.getByText(/Niet bij hyperventilatie/).filter({ visible: true })).toBeVisible();
  const minutes = await setting('Duur in minuten');
  await expect(minutes.locator('option')).toHaveText(['1', '2', '3', '4', '5']);
  // Another pattern offers the full range again.
  await (await setting('Oefening')).selectOption({ label: 'Rustig ademen' });
  await expect(minutes.locator('option')).toHaveCount(10);
});

test('the exercise hydrates under the site’s Content Security Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto(ARTICLE.url);
  await expect(page.locator('meta[http-equiv=content-security-policy]')).toHaveAttribute(
    'content',
    /script-src 'self' 'sha256-/,
  );
  const exercise = page.locator('#oefening');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('[data-guide]')).toHaveAttribute('data-hydrated');
  await exercise.getByRole('button', { name: 'Start' }).click();
  await expect(exercise.getByRole('button', { name: 'Pauze' })).toBeVisible();
  expect(violations).toEqual([]);
});
