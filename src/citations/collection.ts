import { join } from 'node:path';
import { getCollection, render } from 'astro:content';
import type { Article } from '../articles/collection.ts';
import { articleUrl, patternUrl } from '../routes.ts';
import { patternExplanation } from '../breathing/pattern-citations.ts';
import { patterns } from '../breathing/patterns.ts';
import { fileCache } from '../cache/file-cache.ts';
import { ui } from '../i18n/nl.ts';
import { cacheDir, contentDir } from '../site.ts';
import type { CslRecord } from './bibliography.ts';
import { shapeOf } from '../cache/shape.ts';
import { formatSources, type FormattedSource } from './format.ts';
import type { CitationsFrontmatter } from './mdx-plugin.ts';
import type { CitedSource } from './numbering.ts';
import { studyFacts, type StudyFacts } from './study-design.ts';

/** A source as every page shows it: formatted, with its kind of study. */
export interface Source extends FormattedSource {
  study: StudyFacts;
  /** The kind of study in Dutch, with the numbers its record states: "Dierstudie · 7 dieren". */
  kind: string;
  /** Its record as content/sources.json holds it: what the files for reference managers hold. */
  record: CslRecord;
}

let sources: Promise<Map<string, Source>> | undefined;

// Starting citeproc and formatting take over a second: a build whose sources, citation code and
// CSL packages (the APA style and Dutch terms ship in @citation-js/plugin-csl) are unchanged reads
// the last build's result instead.
const formatted = fileCache(
  join(cacheDir, 'citations'),
  shapeOf({
    folders: ['src/citations'],
    packages: ['citeproc', '@citation-js/core', '@citation-js/plugin-csl'],
  }),
  'json',
);
const formatOrReuse = async (records: CslRecord[]): Promise<FormattedSource[]> =>
  JSON.parse(
    String(await formatted(records, async () => Buffer.from(JSON.stringify(formatSources(records))))),
  ) as FormattedSource[];

/** Every source in the bibliography, in APA order, formatted once per build. */
export function getSources(): Promise<Map<string, Source>> {
  sources ??= getCollection('sources').then(async (entries) => {
    // Each record as content/sources.json writes it, id first.
    const records = new Map(entries.map(({ id, data }) => [id, { id, ...data } as CslRecord]));
    return new Map(
      (await formatOrReuse([...records.values()])).map((source) => {
        const record = records.get(source.id)!;
        const study = studyFacts(record);
        return [source.id, { ...source, study, kind: ui.citations.studyLine(study), record }];
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
  return (frontmatter.citations ?? []).map((cited) => {
    const source = all.get(cited.id);
    // Articles are checked as they compile; this catches the explanations of exercises (nl.ts).
    if (!source)
      throw new Error(
        `The source "${cited.id}" is cited but is not in ${contentDir}/sources.json. Add its record there (copy it from the checked bibliography).`,
      );
    return { ...cited, source };
  });
}

/** The records of the sources an article cites, in its list order: what its source files hold. */
export async function citedRecords(frontmatter: CitationsFrontmatter): Promise<CslRecord[]> {
  return (await citedSources(frontmatter)).map(({ source }) => source.record);
}

/** A page that cites sources, as the bibliography page links to it. */
export interface CitingPage {
  url: string;
  title: string;
}

/**
 * For each source id, the pages that cite it: articles, and exercises whose explanation does.
 * Warns in the build output about sources nothing cites: they belong in the bibliography only
 * once a page uses them.
 */
export async function citingPages(articles: Article[]): Promise<Map<string, CitingPage[]>> {
  const citing = new Map<string, CitingPage[]>();
  const add = (id: string, page: CitingPage) => citing.set(id, [...(citing.get(id) ?? []), page]);
  for (const article of articles) {
    const { remarkPluginFrontmatter } = await render(article);
    for (const { id } of (remarkPluginFrontmatter as CitationsFrontmatter).citations ?? [])
      add(id, { url: articleUrl(article.id), title: article.data.title });
  }
  for (const { id: pattern, name } of patterns)
    for (const { id } of patternExplanation(pattern).citations)
      add(id, { url: patternUrl(pattern), title: name });
  for (const id of (await getSources()).keys())
    if (!citing.has(id))
      console.warn(
        `[citations] warning: source "${id}" in sources.json is not cited by any page. Cite it, or remove it.`,
      );
  return citing;
}
