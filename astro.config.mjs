// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin } from './src/citations/mdx-plugin.ts';
import { sectionIds } from './src/sharing/section-ids.ts';
import { searchIndex } from './src/search/search-index.ts';
import { contentDir, cspDirectives, site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap(), searchIndex()],
  security: { csp: { directives: [...cspDirectives] } },
  // Articles hold no code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
  // MDX follows this processor: the citations plugin numbers <Cite> markers at compile time and
  // sectionIds gives headings readable ids.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [citationsPlugin(contentDir)], hastPlugins: sectionIds }),
  },
  // One small stylesheet per page is cheaper inline than a second round trip.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Tests that build broken fixtures keep their content cache apart from the real one.
  ...(process.env.ADEMRUIMTE_CACHE_DIR && { cacheDir: process.env.ADEMRUIMTE_CACHE_DIR }),
});
