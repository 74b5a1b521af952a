import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outDir, site } from '../../src/site.ts';

/** The production build the gates inspect (`npm run build` writes it before the e2e tests). */
export const DIST = join(new URL('../..', import.meta.url).pathname, outDir);

/** A URL that matches no page, so the server answers with the 404 page. */
export const UNKNOWN_PATH = '/deze-pagina-bestaat-niet/';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());

/** Every page path the built sitemap lists, read through its index: the pages readers can reach. */
export function sitemapPaths(): string[] {
  const indexFile = join(DIST, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run \`npm run build\` first`);
  const index = readFileSync(indexFile, 'utf8');
  return locs(index).flatMap((sitemap) =>
    locs(readFileSync(join(DIST, new URL(sitemap).pathname), 'utf8')).map((loc) => new URL(loc).pathname),
  );
}

/** Every built HTML file, as a path relative to dist/ ("over/index.html"). */
export function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The URL path a built file is served at: "over/index.html" → "/over/". */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

export const siteOrigin = new URL(site.url).origin;

/**
 * The pages the gates visit: every sitemap URL, plus an unknown URL for the 404 page, whose own
 * 404 status the browser logs as a console error.
 */
export function pagesToVisit(): { path: string; allowConsole: RegExp[] }[] {
  return [
    ...sitemapPaths().map((path) => ({ path, allowConsole: [] })),
    { path: UNKNOWN_PATH, allowConsole: [/status of 404/] },
  ];
}

/**
 * The template a page is rendered from: pages of one collection share theirs ("/artikelen/:slug/"),
 * every other page is its own.
 */
export const templateOf = (path: string) =>
  path.replace(/^\/(artikelen|categorieen|tags|oefeningen)\/[^/]+\/$/, '/$1/:slug/');

/** The first page of each template: where checks that depend only on the template need to look. */
export function onePerTemplate<T extends { path: string }>(pages: readonly T[]): T[] {
  const seen = new Set<string>();
  return pages.filter(({ path }) => !seen.has(templateOf(path)) && seen.add(templateOf(path)));
}
