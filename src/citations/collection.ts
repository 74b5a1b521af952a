import { join } from 'node:path';
import { getCollection, render } from 'astro:content';
import type { Article } from '../articles/collection.ts';
import { fileCache } from '../cache/file-cache.ts';
import { ui } from '../i18n/nl.ts';
import type { CitedWork } from '../seo/json-ld.ts';
import { cacheDir } from '../site.ts';
import type { CslRecord } from './bibliography.ts';
import { formatSources, formatterVersion, type FormattedSource } from './format.ts';
import formatterSource from './format.ts?raw';
import type { CitationsFrontmatter } from './mdx-plugin.ts';
import type { CitedSource } from './numbering.ts';

/** A source as every page shows it: formatted, with its kind in Dutch and what JSON-LD needs. */
export interface Source extends Omit<FormattedSource, 'kind'> {
  kind?: string;
  work: CitedWork;
}

let sources: Promise<Map<string, Source>> | undefined;

// Starting citeproc and formatting take over a second: a build whose sources, formatter and style
// are unchanged reads the last build's result instead.
const formatted = fileCache(join(cacheDir, 'citations'), formatterVersion + formatterSource, 'json');
const formatOrReuse = async (records: CslRecord[]): Promise<FormattedSource[]> =>
  JSON.parse(
    String(await formatted(records, async () => Buffer.from(JSON.stringify(formatSources(records))))),
  ) as FormattedSource[];

/** Every source in the bibliography, in APA order, formatted once per build. */
export function getSources(): Promise<Map<string, Source>> {
  sources ??= getCollection('sources').then(async (entries) => {
    const records = new Map(entries.map(({ id, data }) => [id, { ...data, id } as CslRecord]));
    return new Map(
      (await formatOrReuse([...records.values()])).map(({ kind, ...source }) => {
        const record = records.get(source.id)!;
        const work: CitedWork = {
          book: record.type === 'book',
          title: record.title,
          year: record.issued?.['date-parts']?.[0]?.[0],
          url: source.url,
        };
        return [source.id, { ...source, kind: kind && ui.citations.kinds[kind], work }];
      }),
    );
  });
  return sources;
}

/** The sources an article cites, in its list order, each with the markers that cite it. */
export async function citedSources(
  frontmatter: CitationsFrontmatter,
): Promise<(CitedSource & { source: Source })[]> {
  const all = await getSources();
  return (frontmatter.citations ?? []).map((cited) => ({ ...cited, source: all.get(cited.id)! }));
}

/**
 * For each source id, the articles that cite it. Warns in the build output about sources no
 * article cites: they belong in the bibliography only once an article uses them.
 */
export async function citingArticles(articles: Article[]): Promise<Map<string, Article[]>> {
  const citing = new Map<string, Article[]>();
  for (const article of articles) {
    const { remarkPluginFrontmatter } = await render(article);
    for (const { id } of (remarkPluginFrontmatter as CitationsFrontmatter).citations ?? [])
      citing.set(id, [...(citing.get(id) ?? []), article]);
  }
  for (const id of (await getSources()).keys())
    if (!citing.has(id))
      console.warn(
        `[citations] warning: source "${id}" in sources.json is not cited by any article. Cite it, or remove it.`,
      );
  return citing;
}
