import type { CslRecord } from './bibliography.ts';

/**
 * The kinds of study a source can be, as the checked bibliography records them in
 * `custom.design`. The order is the order of the "what this article rests on" line: guidance and
 * pooled evidence first, single cases and books last.
 */
export const STUDY_DESIGNS = [
  'guideline',
  'meta-analysis',
  'systematic-review',
  'randomised-trial',
  'non-randomised-trial',
  'lab-human',
  'lab-animal',
  'case-report',
  'narrative-review',
  'theory',
  'book',
] as const;

export type StudyDesign = (typeof STUDY_DESIGNS)[number];

/** What a record's `custom` says about the study, read in its abstract or full text. */
export interface StudyFacts {
  design: StudyDesign;
  /** People (or animals) studied. */
  participants?: number;
  /** Studies pooled by a review or meta-analysis. */
  studies?: number;
}

export const isStudyDesign = (value: unknown): value is StudyDesign =>
  STUDY_DESIGNS.includes(value as StudyDesign);

const count = (value: unknown) =>
  Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;

/** The study facts of a record that `parseBibliography` accepted (so its design is known). */
export function studyFacts(record: CslRecord): StudyFacts {
  const custom = record.custom as Record<string, unknown>;
  const participants = count(custom.participants);
  const studies = count(custom.studies);
  return {
    design: custom.design as StudyDesign,
    ...(studies && { studies }),
    ...(participants && { participants }),
  };
}

/**
 * Why a record's `custom` cannot say what kind of study it is, or nothing when it can. The fix
 * names the allowed values; the caller adds the file and line.
 */
export function studyFactsProblem(id: string, custom: unknown): string | undefined {
  const allowed = STUDY_DESIGNS.join(', ');
  const design = (custom as { design?: unknown } | undefined)?.design;
  if (design === undefined)
    return `"${id}" has no custom.design, the kind of study. Copy it from the checked bibliography, or add "custom": { "design": "…" } with one of: ${allowed}.`;
  if (!isStudyDesign(design))
    return `"${id}" has custom.design ${JSON.stringify(design)}, which is not a known kind of study. Use one of: ${allowed}.`;
  for (const key of ['participants', 'studies'] as const) {
    const value = (custom as Record<string, unknown>)[key];
    if (value !== undefined && count(value) === undefined)
      return `"${id}" has custom.${key} ${JSON.stringify(value)}: write a whole number above 0, or leave it out when the source does not state it.`;
  }
  return undefined;
}

/** How many sources of each design, in the order of `STUDY_DESIGNS`; designs with none left out. */
export function designCounts(designs: readonly StudyDesign[]): [StudyDesign, number][] {
  return STUDY_DESIGNS.map(
    (design) => [design, designs.filter((d) => d === design).length] as [StudyDesign, number],
  ).filter(([, n]) => n > 0);
}
