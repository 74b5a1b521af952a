// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { preactWithoutIslands } from './src/breathing/preact-integration.ts';
import { articlePipeline } from './src/articles/pipeline.ts';
import { routes } from './src/routes.ts';
import { pagePolicies } from './src/seo/page-policy.ts';
import { previewImagesAmongPages } from './src/sharing/build-order.ts';
import { searchIndex } from './src/search/search-index.ts';
import { cacheDir, contentDir, cspDirectives, outDir, site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  outDir,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Components are .tsx. Left open, Preact's Vite preset runs Babel over every .ts module too,
    // for nothing: Vite compiles the JSX either way (~0.4 s of every build).
    preactWithoutIslands({ include: [/\.tsx$/] }),
    sitemap(),
    searchIndex(),
    previewImagesAmongPages(),
    // Pagefind runs WebAssembly, which the CSP allows on the search page only.
    pagePolicies(cspDirectives, { [routes.search]: ["'wasm-unsafe-eval'"] }),
  ],
  // Articles hold no code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
  // MDX follows this processor: every fact about an article comes from its one pass.
  markdown: {
    syntaxHighlight: false,
    processor: satteri(articlePipeline(contentDir)),
  },
  build: {
    // One small stylesheet per page is cheaper inline than a second round trip.
    inlineStylesheets: 'always',
    // sharp draws each link-preview image off the main thread; with a few pages in flight the
    // main thread renders the next ones meanwhile (300 articles: 15.3 s → 11.5 s).
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own wrapper around every MDX file trips this warning (withastro/astro#18087):
        // one screenful per article buried the warnings a writer must see, and cost seconds.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
        // Every article would otherwise be a chunk file of its own, written, read back and
        // deleted in every build: one file for all of them cut a 1,000-article build by a fifth.
        output: { codeSplitting: { groups: [{ name: 'articles', test: /\.mdx(\?|$)/ }] } },
      },
    },
  },
  cacheDir,
});
