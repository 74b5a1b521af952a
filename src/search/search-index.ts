import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Writes the Pagefind search index to `<outDir>/pagefind/` at the end of every production build,
 * so `astro build` alone gives a site whose search works. What gets indexed is marked in the
 * pages themselves (`data-pagefind-body` in the Article layout); what to skip inside it is here.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ademruimte:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Bits of article markup that are not words: citation markers ("[1]") and heading anchors ("#").
          const { index, errors } = await createIndex({ excludeSelectors: ['.cite', '.heading-anchor'] });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(`search index written (${added.page_count} pages read)`);
        } finally {
          await close();
        }
      },
    },
  };
}
