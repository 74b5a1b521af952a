import { citationsPlugin, type CitationsFrontmatter } from '../citations/mdx-plugin.ts';
import { sectionIds } from '../sharing/section-ids.ts';
import { placementPlugin, type PlacementFrontmatter } from './placement-plugin.ts';
import { textPlugin, type TextFrontmatter } from './text-plugin.ts';

/**
 * The one pass over each article's Markdown (Sätteri): it numbers citations, places the exercise
 * and help block, counts the text and gives sections their ids and links. Every fact about an
 * article comes from here, in `remarkPluginFrontmatter`.
 */
export const articlePipeline = (contentDir: string) => ({
  mdastPlugins: [citationsPlugin(contentDir), placementPlugin(), textPlugin()],
  hastPlugins: sectionIds,
});

export type ArticleFacts = CitationsFrontmatter & PlacementFrontmatter & TextFrontmatter;
