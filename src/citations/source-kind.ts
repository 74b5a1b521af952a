import type { CslRecord } from './bibliography.ts';
import type { ui } from '../i18n/nl.ts';

export type SourceKind = keyof typeof ui.citations.kinds;

// Read from what the checked record itself says (its CSL type, its title, its journal), never
// judged from memory: a source whose record does not say what it is gets no label. First match wins.
const RULES: [SourceKind, (record: CslRecord) => boolean][] = [
  ['book', ({ type }) => type === 'book'],
  ['meta-analysis', ({ title }) => /meta-analys[ie]s/i.test(title)],
  ['systematic-review', ({ title }) => /systematic review/i.test(title)],
  ['scoping-review', ({ title }) => /scoping review/i.test(title)],
  ['randomized-trial', ({ title }) => /randomi[sz]ed/i.test(title)],
  ['pilot-study', ({ title }) => /pilot study/i.test(title)],
  ['review', ({ title }) => /\breview\b/i.test(title)],
  ['hypothesis', (record) => /hypothes[ie]s/i.test(record['container-title'] ?? '')],
];

/** What kind of source a record is, where its record says so. */
export function sourceKind(record: CslRecord): SourceKind | undefined {
  return RULES.find(([, matches]) => matches(record))?.[0];
}
