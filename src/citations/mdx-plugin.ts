import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastVisitorContext, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { defineMdastPlugin } from 'satteri';
import { parseBibliography } from './bibliography.ts';
import { createNumbering, type CitedSource } from './numbering.ts';

type CiteNode = MdxJsxTextElement | MdxJsxFlowElement;
type Numbering = ReturnType<typeof createNumbering>;

/** What the plugin leaves in an article's `remarkPluginFrontmatter`: its sources in list order. */
export interface CitationsFrontmatter {
  citations?: CitedSource[];
}

/**
 * Numbers `<Cite>` markers while the article compiles, so numbers follow the writer's source order
 * (not the order components happen to render in), and an unknown id stops the build at its line.
 *
 * Why a plugin for Astro's default Markdown processor (Sätteri) rather than a remark plugin: it
 * needs no second Markdown pipeline, so heading ids and typography stay exactly as they are. Why
 * not a text pre-pass over the body: only the parsed tree knows what is a component and what is
 * code or prose, and each marker must learn its own place to get an anchor for its backlink.
 *
 * Each `<Cite>` gains `marker` (its place among the markers) and `cited` (its sources by number).
 */
export function citationsPlugin(contentDir: string) {
  const bibliography = resolve(contentDir, 'sources.json');
  const articles = resolve(contentDir, 'articles');
  // Read for every article, so an edit shows in `astro dev`; parsed again only when it changed.
  let parsed: { text: string; ids: Set<string> } | undefined;
  const knownIds = () => {
    const text = readFileSync(bibliography, 'utf8');
    if (parsed?.text !== text)
      parsed = { text, ids: new Set(parseBibliography(text, bibliography).map(({ id }) => id)) };
    return parsed.ids;
  };
  const state = (ctx: MdastVisitorContext) =>
    ctx.data.citations as { numbering: Numbering; known: Set<string> };

  const cite = (node: Readonly<CiteNode>, ctx: MdastVisitorContext): CiteNode | undefined => {
    if (node.name !== 'Cite') return;
    const { line = 1, column = 1 } = node.position?.start ?? {};
    const fail = (message: string) =>
      Object.assign(new Error(`${fileURLToPath(ctx.fileURL!)}:${line}:${column}: ${message}`), {
        line,
        column,
      });
    const ids = citeIds(node, fail);
    const { numbering, known } = state(ctx);
    for (const id of ids)
      if (!known.has(id))
        throw fail(
          `<Cite> names the unknown source id "${id}". Use an id from ${bibliography}, or add the source there.`,
        );
    if (ids.length > 1 && attribute(node, 'loc') !== undefined)
      throw fail('<Cite loc="…"> can point into one source only: give that source its own <Cite>.');
    const { index, sources } = numbering.cite(ids);
    return {
      type: node.type,
      name: node.name,
      attributes: [
        ...node.attributes,
        expressionAttribute('marker', index),
        expressionAttribute('cited', sources),
      ],
      children: [],
    } as CiteNode;
  };

  return defineMdastPlugin({
    name: 'ademruimte-citations',
    options: { position: true },
    before(_root, ctx) {
      ctx.data.citations = { numbering: createNumbering(), known: knownIds() };
    },
    mdxJsxTextElement: cite,
    mdxJsxFlowElement: cite,
    after(_root, ctx) {
      const sources = state(ctx).numbering.sources();
      (ctx.data.astro as { frontmatter: CitationsFrontmatter }).frontmatter.citations = [...sources];
      const file = fileURLToPath(ctx.fileURL!);
      if (sources.length === 0 && file.startsWith(articles))
        console.warn(`[citations] warning: ${file} cites no sources. Back its claims with <Cite id="…" />.`);
    },
  });
}

function attribute(node: Readonly<CiteNode>, name: string) {
  return node.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
}

/** `id="a"` or `id={["a", "b"]}`: the writer's ids as a list. */
function citeIds(node: Readonly<CiteNode>, fail: (message: string) => Error): string[] {
  const value = attribute(node, 'id');
  if (typeof value === 'string' && value) return [value];
  try {
    const ids: unknown = typeof value === 'object' && value ? JSON.parse(value.value) : undefined;
    if (Array.isArray(ids) && ids.length && ids.every((id) => typeof id === 'string' && id)) return ids;
  } catch {
    // Not a plain list: explained below.
  }
  throw fail('<Cite> needs an id: write id="russo2017", or id={["russo2017", "zaccaro2018"]} for several.');
}

const expressionAttribute = (name: string, value: unknown) => ({
  type: 'mdxJsxAttribute',
  name,
  value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
});
