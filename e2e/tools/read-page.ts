import type { Page } from '@playwright/test';

/**
 * Scrolls through the page the way a reader would, so islands that wait until they are visible
 * (or idle) load and hydrate too, and resolves once every one of them has.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Intersection observers report at the next rendering step, so give each stop two frames.
    const twoFrames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // An island is `display: contents`, with no box of its own: scroll to what it holds.
    for (const island of document.querySelectorAll('astro-island')) {
      (island.firstElementChild ?? island).scrollIntoView({ behavior: 'instant', block: 'center' });
      await twoFrames();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await twoFrames();
  });
  // Astro drops `ssr` from an island once it has hydrated; client:media islands may never need to.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="media"])'));
}
