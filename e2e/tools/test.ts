import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error or a failed request, so a broken script or a
 * missing asset cannot pass unnoticed.
 */
export const test = base.extend<{ allowConsole: RegExp[]; pageErrors: string[] }>({
  // A test that expects a particular error (the 404 page's own status) names it here.
  allowConsole: [[], { option: true }],
  pageErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowConsole.some((pattern) => pattern.test(text)))
          errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ARTICLE = {
  url: '/artikelen/ademwerk-en-trauma/',
  title: 'Ademwerk en trauma: wat je adem wel en niet kan',
  category: '/categorieen/stress-en-weerbaarheid/',
};
