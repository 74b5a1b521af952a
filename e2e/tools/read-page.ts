import type { Page } from '@playwright/test';

/**
 * Scrolls through the page the way a reader would, so islands that wait until they are visible
 * (or idle) load and hydrate too, and resolves once every one of them has.
 */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const nextFrame = () => new Promise(requestAnimationFrame);
    for (const island of document.querySelectorAll('astro-island')) {
      island.scrollIntoView({ behavior: 'instant' });
      await nextFrame();
    }
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    await nextFrame();
  });
  // Astro drops `ssr` from an island once it has hydrated; client:media islands may never need to.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="media"])'));
}
