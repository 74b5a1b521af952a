import type { Page } from '@playwright/test';

/**
 * Scrolls through the page the way a reader would, so breathing exercises (which hydrate when they
 * come into view, src/breathing/hydrate.ts) come to life too, and resolves once every one has.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Intersection observers report at the next rendering step, so give each stop two frames.
    const twoFrames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const guide of document.querySelectorAll('[data-guide]')) {
      guide.scrollIntoView({ behavior: 'instant', block: 'center' });
      await twoFrames();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await twoFrames();
  });
  await page.waitForFunction(() => !document.querySelector('[data-guide]:not([data-hydrated])'));
}
