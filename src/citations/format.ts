import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';
import type { CslRecord } from './bibliography.ts';

export interface FormattedSource {
  id: string;
  /** The APA 7 reference as HTML: titles marked with their language, the DOI as a link. */
  reference: string;
  /** The short in-text form, "Russo et al., 2017": part of a marker's accessible name. */
  label: string;
  pubmed?: string;
  /** The address that identifies the source: its DOI, else its PubMed page, else its URL. */
  url?: string;
}

// APA 7 and the Dutch CSL locale both ship inside @citation-js/plugin-csl: nothing is fetched.
const csl = plugins.config.get('@csl');
const LOCALE = 'nl-NL';
const TITLES = ['title', 'container-title'];

// Building the engine parses the APA style, which takes seconds: build it once, feed it records.
let records = new Map<string, CslRecord>();
let engine: InstanceType<typeof CSL.Engine> | undefined;

function apaEngine() {
  engine ??= new CSL.Engine(
    {
      retrieveLocale: (lang) => csl.locales.get(lang),
      retrieveItem: (id) => records.get(id),
      variableWrapper: ({ context, variableNames, itemData }, before, text, after) => {
        const lang = (itemData.language as string | undefined) ?? 'en';
        const marked =
          context === 'bibliography' && TITLES.includes(variableNames[0]) && !lang.startsWith('nl');
        return marked ? `${before}<span lang="${lang}">${text}</span>${after}` : before + text + after;
      },
    },
    csl.styles.get('apa'),
    LOCALE,
    true,
  );
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat('html');
  // Forget the previous records, or citeproc would reuse them.
  engine.updateItems([]);
  return engine;
}

const unwrap = (entry: string) => entry.trim().replace(/^<div class="csl-entry">|<\/div>$/g, '');

/** One record's APA 7 reference as HTML, as `formatSources` writes it, without the rest. */
export function formatReference(record: CslRecord): string {
  records = new Map([[record.id, record]]);
  const engine = apaEngine();
  engine.updateItems([record.id]);
  return unwrap(engine.makeBibliography()[1][0]);
}

/**
 * Formats sources with citeproc-js (a real CSL processor), APA 7 and Dutch terms, in APA order.
 * Titles carry their language (`language` in the record, else English) so they are read out right.
 */
export function formatSources(sources: readonly CslRecord[]): FormattedSource[] {
  records = new Map(sources.map((record) => [record.id, record]));
  const engine = apaEngine();
  engine.updateItems([...records.keys()]);
  const [{ entry_ids }, entries] = engine.makeBibliography();
  // The short form names a marker (an attribute): plain text.
  engine.setOutputFormat('text');
  return entry_ids.map(([id], index) => {
    const record = records.get(id)!;
    const pubmed = record.PMID && `https://pubmed.ncbi.nlm.nih.gov/${record.PMID}/`;
    return {
      id,
      reference: unwrap(entries[index]),
      label: engine.makeCitationCluster([{ id }]).replace(/^\(|\)$/g, ''),
      pubmed,
      url: (record.DOI && `https://doi.org/${record.DOI}`) || pubmed || record.URL,
    };
  });
}
