import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Inline code as the browser hashes it: the raw text between the tags. JSON-LD is data, which a
// CSP does not govern; a script with src= is allowed by 'self'.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const CHARSET = '<meta charset="utf-8">';

const hashesOf = (html: string, inline: RegExp) => [
  ...new Set(
    [...html.matchAll(inline)].map(
      ([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`,
    ),
  ),
];

/**
 * A built page's Content-Security-Policy: the site's directives, and a script-src and style-src
 * that allow 'self' and exactly this page's own inline code (plus `scriptSources`, such as
 * WebAssembly for the search page).
 */
export function pagePolicy(
  html: string,
  directives: readonly string[],
  scriptSources: readonly string[] = [],
) {
  return [
    ...directives,
    ["script-src 'self'", ...scriptSources, ...hashesOf(html, INLINE_SCRIPT)].join(' '),
    ["style-src 'self'", ...hashesOf(html, INLINE_STYLE)].join(' '),
  ].join('; ');
}

/** The page with its policy in a <meta>, first thing after the charset, so it covers every script. */
export function withPolicy(html: string, policy: string): string {
  if (!html.includes(CHARSET)) throw new Error(`a page has no ${CHARSET} to put its CSP after`);
  return html.replace(CHARSET, `${CHARSET}<meta http-equiv="content-security-policy" content="${policy}">`);
}

/**
 * Gives every built page its own CSP <meta>. Astro's `security.csp` lists every hash of the whole
 * site in every page (about 0.8 KB gzip an article); a page needs only its own.
 * `scriptSources` adds sources to the script-src of the pages at the given paths.
 */
export function pagePolicies(
  directives: readonly string[],
  scriptSources: Record<string, readonly string[]> = {},
): AstroIntegration {
  return {
    name: 'ademruimte:page-policies',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
          const html = readFileSync(join(root, file), 'utf8');
          writeFileSync(
            join(root, file),
            withPolicy(html, pagePolicy(html, directives, scriptSources[path])),
          );
        }
      },
    },
  };
}
