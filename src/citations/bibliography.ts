import { studyFactsProblem } from './study-design.ts';

/** A CSL-JSON record, the format reference managers such as Zotero export. Only what we read is typed. */
export interface CslRecord {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  editor?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: number[][] };
  'container-title'?: string;
  DOI?: string;
  PMID?: string;
  URL?: string;
  /** The language of the title, when it is not English. */
  language?: string;
  /** Data without a CSL variable: the kind of study (`design`) and its size, as read in the source. */
  custom?: { design?: string; participants?: number; studies?: number; [field: string]: unknown };
  [field: string]: unknown;
}

// The DOI itself (10.prefix/suffix), not a URL: the link is built from it.
const DOI = /^10\.\d{4,9}\/\S+$/;

/**
 * Parses the bibliography and checks what a schema cannot see across records: every id and DOI
 * once, every DOI well formed, every record saying what kind of study it is. Throws one error listing every problem with its file, line and fix.
 */
export function parseBibliography(text: string, file: string): CslRecord[] {
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(records))
    throw new Error(`${file} must hold a JSON array of CSL-JSON records, as Zotero exports it.`);

  const idLines = linesOf(text, 'id');
  const seenIds = new Map<string, number>();
  const seenDois = new Map<string, string>();
  const errors: string[] = [];
  records.forEach((record: Partial<CslRecord>, index) => {
    const { id, DOI: doi } = record;
    if (typeof id !== 'string' || !id) {
      errors.push(`${file}: record ${index + 1} has no "id". Give it a short one, such as "russo2017".`);
      return;
    }
    const count = seenIds.get(id) ?? 0;
    seenIds.set(id, count + 1);
    const at = `${file}:${idLines.get(id)?.[count] ?? 1}`;
    if (count > 0) errors.push(`${at}: id "${id}" is used twice. Give each source its own id.`);
    const design = studyFactsProblem(id, record.custom);
    if (design) errors.push(`${at}: ${design}`);
    if (doi === undefined) return;
    if (typeof doi !== 'string' || !DOI.test(doi)) {
      errors.push(
        `${at}: "${id}" has a malformed DOI "${doi}". Write only the DOI, such as 10.1183/20734735.009817 (no https://doi.org/).`,
      );
      return;
    }
    const twin = seenDois.get(doi.toLowerCase());
    if (twin)
      errors.push(`${at}: "${id}" has DOI "${doi}", which "${twin}" has too. Keep one record per source.`);
    else seenDois.set(doi.toLowerCase(), id);
  });
  if (errors.length) throw new Error(`The bibliography has errors:\n  ${errors.join('\n  ')}`);
  return records as CslRecord[];
}

/** Lines (1-based) where `"key": "value"` appears, per value, in the order they appear. */
function linesOf(text: string, key: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  const pattern = new RegExp(`"${key}"\\s*:\\s*"([^"]*)"`, 'g');
  // One pass over the lines: slicing the text up to every match grew with records × file length.
  text.split('\n').forEach((line, index) => {
    for (const [, value] of line.matchAll(pattern))
      lines.set(value, [...(lines.get(value) ?? []), index + 1]);
  });
  return lines;
}
