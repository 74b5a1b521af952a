import type { MdastVisitorContext } from 'satteri';
import { defineMdastPlugin } from 'satteri';
import { fleschDouma, wordsOf } from './readability.ts';

/** What the plugin leaves in an article's `remarkPluginFrontmatter`: what a reader reads. */
export interface TextFrontmatter {
  /** Words of the headings, paragraphs and list items: not code, components or link targets. */
  words?: number;
  /** Flesch–Douma reading ease of the paragraphs and list items. */
  readingEase?: number;
  /** The other articles the text links to (their addresses), each once. */
  articleLinks?: string[];
}

type Text = { blocks: string[]; headingWords: number; articleLinks: Set<string> };

/**
 * Counts what a reader reads, from the parsed text, and where it links: the reading time and the
 * editorial bar use it.
 */
export function textPlugin() {
  const text = (ctx: MdastVisitorContext) => ctx.data.text as Text;
  return defineMdastPlugin({
    name: 'ademruimte-text',
    before(_root, ctx) {
      ctx.data.text = { blocks: [], headingWords: 0, articleLinks: new Set() } satisfies Text;
    },
    paragraph(node, ctx) {
      text(ctx).blocks.push(ctx.textContent(node));
    },
    link(node, ctx) {
      if (node.url.startsWith('/artikelen/')) text(ctx).articleLinks.add(node.url.replace(/[?#].*$/, ''));
    },
    heading(node, ctx) {
      text(ctx).headingWords += wordsOf(ctx.textContent(node)).length;
    },
    after(_root, ctx) {
      const { blocks, headingWords, articleLinks } = text(ctx);
      const frontmatter = (ctx.data.astro as { frontmatter: TextFrontmatter }).frontmatter;
      frontmatter.words = headingWords + blocks.flatMap(wordsOf).length;
      frontmatter.readingEase = fleschDouma(blocks);
      frontmatter.articleLinks = [...articleLinks];
    },
  });
}
