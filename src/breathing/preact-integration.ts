import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';

/**
 * Astro's Preact integration (JSX for `.tsx` components), without its island runtime: the exercise
 * hydrates itself (hydrate.ts) and no page uses `client:*` directives. The runtime would be built
 * even so, and share Preact with the exercise: an article would load three script files instead
 * of one, ~0.6 KB gzip more. A `client:*` directive on a Preact component therefore does not work.
 */
export function preactWithoutIslands(options: Parameters<typeof preact>[0]): AstroIntegration {
  const integration = preact(options);
  const setup = integration.hooks['astro:config:setup']!;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) =>
        setup({
          ...params,
          addRenderer: (renderer) => params.addRenderer({ ...renderer, clientEntrypoint: undefined }),
        }),
    },
  };
}
