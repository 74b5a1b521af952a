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

/** The fixture site's articles (e2e/fixtures/site/articles), for the behaviour tests. */
export const FIXTURE = {
  /** Citations of every form, the exercise and the help block placed in the text, a reviewer, changes. */
  article: {
    url: '/artikelen/proefartikel/',
    title: 'Proefartikel over adem & rust',
    category: '/categorieen/adem-en-rust/',
  },
  /**
   * No exercise or help block in the text, no changes, past its next check. Long, with h2 and h3
   * sections of a few paragraphs each, for the reading layout.
   */
  atEnd: { url: '/artikelen/oefening-aan-het-eind/', title: 'Proefartikel met de oefening aan het eind' },
  /**
   * Says “psoas” twice in its title and in every heading, so search ranks it above the derde
   * artikel (short and about the psoas too; the lead is narrow, keep it so). The only article that
   * says “heupspier”, in its title.
   */
  psoas: {
    url: '/artikelen/psoas/',
    title: 'De psoas: wat de psoas doet, een diepe heupspier',
    categoryName: 'Spieren en bindweefsel',
  },
  /** In the psoas article's category, so its “Lees ook” shows the psoas title. */
  fascia: { url: '/artikelen/fascia/', title: 'Fascia: proefartikel over bindweefsel en spanning' },
  /**
   * Says “neusademhaling” and “neusholte”, never “neus” alone; “stikstofmonoxide” only right before
   * a citation marker, “hartslagvariabiliteit” only in a heading.
   */
  nose: {
    url: '/artikelen/neusademhaling/',
    title: 'Neusademhaling: proefartikel over ademen met je mond dicht',
    categoryName: 'Ademhaling',
  },
};
