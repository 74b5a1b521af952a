import type { AstroIntegration } from 'astro';

/** `images` spread evenly among `pages`, each list in its own order. */
export function spreadAmong<T>(pages: readonly T[], images: readonly T[]): T[] {
  const spread: T[] = [];
  let placed = 0;
  pages.forEach((page, index) => {
    spread.push(page);
    const due = Math.floor(((index + 1) * images.length) / pages.length);
    while (placed < due) spread.push(images[placed++]);
  });
  return [...spread, ...images.slice(placed)];
}

/**
 * Has the build make the link-preview images among the pages rather than after them. sharp draws
 * an image on libvips' own threads while the main thread renders the next page, so both kinds of
 * work run at once (1,000 articles on two cores: pages and images took a quarter less time).
 */
export function previewImagesAmongPages(): AstroIntegration {
  return {
    name: 'ademruimte:preview-images-among-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          getStaticPaths: async () => {
            const paths = await prerenderer.getStaticPaths();
            const isImage = ({ pathname }: { pathname: string }) => pathname.endsWith('.png');
            return spreadAmong(
              paths.filter((path) => !isImage(path)),
              paths.filter(isImage),
            );
          },
        })),
    },
  };
}
