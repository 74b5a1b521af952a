import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { defineMdastPlugin } from 'satteri';
import { DEFAULT_EXERCISE } from '../breathing/patterns.ts';
import { articleIdOf, articleUrl } from '../routes.ts';

/** Blocks a writer may place once in an article; left out, the page puts them in their default place. */
export const PLACEABLE = ['Exercise', 'Help'] as const;
export type Placeable = (typeof PLACEABLE)[number];

/** What the plugin leaves in an article's `remarkPluginFrontmatter`: the blocks the writer placed. */
export interface PlacementFrontmatter {
  placed?: Placeable[];
}

type Seen = Map<Placeable, { line: number; column: number }[]>;

const attribute = (name: string, value: unknown) => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
});

/**
 * Records which of the placeable blocks the article's text holds, read from the parsed tree (so
 * `<Help>` in a code span or a sentence about it does not count). Twice stops the build at the
 * second one: a page has one exercise and one help block. A placed `<Exercise />` gets the
 * article's pattern, length and address from the frontmatter, as the one at the end does.
 */
export function placementPlugin() {
  const seen = (ctx: MdastVisitorContext) => ctx.data.placement as Seen;
  const visit = (node: Readonly<MdxJsxTextElement | MdxJsxFlowElement>, ctx: MdastVisitorContext) => {
    const name = PLACEABLE.find((placeable) => placeable === node.name);
    if (!name) return;
    const { line = 1, column = 1 } = node.position?.start ?? {};
    seen(ctx).set(name, [...(seen(ctx).get(name) ?? []), { line, column }]);
    if (name !== 'Exercise') return;
    const { exercise } = (ctx.data.astro as { frontmatter: { exercise?: object } }).frontmatter;
    const props = {
      ...DEFAULT_EXERCISE,
      ...exercise,
      articleUrl: articleUrl(articleIdOf(ctx.fileURL!.pathname)),
    };
    return {
      ...node,
      attributes: Object.entries(props).map(([key, value]) => attribute(key, value)),
    } as typeof node;
  };
  return defineMdastPlugin({
    name: 'ademruimte-placement',
    options: { position: true },
    before(_root, ctx) {
      ctx.data.placement = new Map() as Seen;
    },
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
    after(_root, ctx) {
      for (const [name, places] of seen(ctx)) {
        if (places.length < 2) continue;
        const { line, column } = places[1]!;
        throw Object.assign(
          new Error(
            `${fileURLToPath(ctx.fileURL!)}:${line}:${column}: <${name} /> appears ${places.length} times. Place it once, where the reader needs it (or leave it out to put it in its default place).`,
          ),
          { line, column },
        );
      }
      (ctx.data.astro as { frontmatter: PlacementFrontmatter }).frontmatter.placed = [...seen(ctx).keys()];
    },
  });
}
