import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslRecord } from './bibliography.ts';

/** The files reference managers import, by file extension: BibTeX, RIS and CSL-JSON. */
export const REFERENCE_FILE_TYPES = ['bib', 'ris', 'json'] as const;
export type ReferenceFileType = (typeof REFERENCE_FILE_TYPES)[number];
/** An article itself comes as BibTeX and RIS: what LaTeX and every reference manager read. */
export const ARTICLE_FILE_TYPES = ['bib', 'ris'] as const satisfies readonly ReferenceFileType[];

// BibTeX keys are the records' own ids ("russo2017"), the same in every file, not keys that
// citation-js makes up from the author and title.
plugins.config.get('@bibtex').format.useIdAsLabel = true;

/**
 * Records as a file of the given type, written by citation-js. BibTeX and RIS have no field for
 * `custom` (the kind of study), so the plugins leave it out; CSL-JSON holds the records as they are.
 */
export function referenceFile(records: readonly CslRecord[], type: ReferenceFileType): string {
  if (type === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  return records.map((record) => entry(record, type)).join(type === 'ris' ? '\r\n' : '');
}

// Each record is written once per build, however many articles cite it: writing every article's
// sources anew took about 10 ms an article, a build of 1,000 articles 10 s.
const written = { bib: new WeakMap<CslRecord, string>(), ris: new WeakMap<CslRecord, string>() };

function entry(record: CslRecord, type: 'bib' | 'ris'): string {
  let text = written[type].get(record);
  if (text === undefined) {
    text = type === 'bib' ? new Cite([record]).format('bibtex') : risEntry(record);
    written[type].set(record, text);
  }
  return text;
}

// plugin-ris 0.8 writes the original title of a translation in place of its title (TI), so RIS
// goes without it. Its text output breaks every line after 70 characters, mid-word, and readers
// (its own parser too) join the pieces with a space: "PTSD" came back as "PT SD". So its tags are
// written one line each, ended as the RIS specification says (CR LF).
function risEntry({ 'original-title': _, ...record }: CslRecord): string {
  const [{ TY, ...tags }] = new Cite([record]).format('ris', { format: 'object' });
  return [
    `TY  - ${TY}`,
    ...Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`)),
    'ER  - ',
    '',
  ].join('\r\n');
}
