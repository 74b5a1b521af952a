/** One typed source of truth for site-wide constants. */
export interface SiteConfig {
  name: string;
  url: string;
  locale: string;
  lang: string;
  /** The id in content/people.json of the team that writes articles by default. */
  editorialTeam: string;
  email: string;
  themeColor: { light: string; dark: string };
}

export const site: SiteConfig = {
  name: 'Ademruimte',
  url: 'https://ademruimte.nl',
  locale: 'nl_NL',
  lang: 'nl',
  editorialTeam: 'redactie',
  email: 'redactie@ademruimte.nl',
  themeColor: { light: '#f7f3ec', dark: '#1b1f1d' },
};

// Tests point this at a folder of broken fixtures to prove that bad content fails the build.
export const contentDir = process.env.ADEMRUIMTE_CONTENT_DIR ?? './content';

// Where the built site goes; the end-to-end tests build a small fixture site beside the real one.
export const outDir = process.env.ADEMRUIMTE_OUT_DIR ?? './dist';

// Astro's default, named here because link-preview images are cached in it too. Fixture builds
// keep theirs apart from the real one.
export const cacheDir = process.env.ADEMRUIMTE_CACHE_DIR ?? './node_modules/.astro';

/**
 * The Content-Security-Policy directives that need no per-page hash. The build writes them into
 * each page's <meta> beside its hashed script-src and style-src (src/seo/page-policy.ts);
 * public/_headers repeats them (minus default-src, which there would block the hashed inline
 * scripts) and adds frame-ancestors, which a <meta> cannot carry. An end-to-end test keeps the two
 * in step.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
