/** One typed source of truth for site-wide constants. */
export interface SiteConfig {
  name: string;
  url: string;
  locale: string;
  lang: string;
  author: string;
  email: string;
  themeColor: { light: string; dark: string };
}

export const site: SiteConfig = {
  name: 'Ademruimte',
  url: 'https://ademruimte.nl',
  locale: 'nl_NL',
  lang: 'nl',
  author: 'Redactie Ademruimte',
  email: 'redactie@ademruimte.nl',
  themeColor: { light: '#f7f3ec', dark: '#1b1f1d' },
};

// Tests point this at a folder of broken fixtures to prove that bad content fails the build.
export const contentDir = process.env.ADEMRUIMTE_CONTENT_DIR ?? './content';
