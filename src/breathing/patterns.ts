/**
 * The breathing patterns a reader can follow: gentle and slow, never fast or forced (see
 * the evidence notes, EVIDENCE.md: "zacht, niet dieper"). Times are in seconds, in steps of 0.5.
 */

/** `more` is the small second inhale of a sigh; a hold keeps the lungs as they are. */
export type StepKind = 'in' | 'more' | 'hold' | 'out';

export interface Step {
  kind: StepKind;
  seconds: number;
}

/** What the guide needs of a pattern; its summary and explanation are in `ui.exercises.patterns`. */
export interface Pattern<Id extends string = PatternId> {
  id: Id;
  name: string;
  steps: readonly Step[];
  /** A shorter cap than MAX_MINUTES, where the evidence is for short sessions only. */
  maxMinutes?: number;
}

/** Session length when an article does not choose one. */
export const DEFAULT_MINUTES = 3;
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 10;

/** An article's exercise when its frontmatter does not choose one. */
export const DEFAULT_EXERCISE = { pattern: 'rustig-ademen', minutes: DEFAULT_MINUTES } as const;

export const patterns = [
  {
    id: 'rustig-ademen',
    name: 'Rustig ademen',
    steps: [
      { kind: 'in', seconds: 5.5 },
      { kind: 'out', seconds: 5.5 },
    ],
  },
  {
    id: 'verlengde-uitademing',
    name: 'Verlengde uitademing',
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'out', seconds: 6 },
    ],
  },
  {
    id: 'box-ademhaling',
    name: 'Box-ademhaling',
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold', seconds: 4 },
      { kind: 'out', seconds: 4 },
      { kind: 'hold', seconds: 4 },
    ],
  },
  {
    id: 'cyclisch-zuchten',
    name: 'Cyclisch zuchten',
    // Studied as five minutes a day (balban2023).
    maxMinutes: 5,
    steps: [
      { kind: 'in', seconds: 3 },
      { kind: 'more', seconds: 1 },
      { kind: 'out', seconds: 6 },
    ],
  },
  {
    id: 'buikademhaling',
    name: 'Buikademhaling',
    steps: [
      { kind: 'in', seconds: 5 },
      { kind: 'out', seconds: 7 },
    ],
  },
  {
    id: 'zachte-neusademhaling',
    name: 'Zachte neusademhaling',
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'out', seconds: 5 },
    ],
  },
] as const satisfies readonly Pattern<string>[];

export type PatternId = (typeof patterns)[number]['id'];

/** Every pattern's id, in the order of `patterns`: what the schema and a shared link accept. */
export const PATTERN_IDS = patterns.map(({ id }) => id) as [PatternId, ...PatternId[]];

/** The longest session a pattern offers. */
export const maxMinutes = (pattern: Pattern) => pattern.maxMinutes ?? MAX_MINUTES;

/** The pattern with this id (ids are checked where they enter: the schema, the shared link). */
export const patternById = (id: PatternId): Pattern => patterns.find((pattern) => pattern.id === id)!;

export const hasHolds = (steps: readonly Step[]) => steps.some(({ kind }) => kind === 'hold');

/** Which description of a pattern applies: with its holds, or without (holds are the reader's choice). */
export const aboutKey = (pattern: Pattern, holds: boolean) =>
  holds && hasHolds(pattern.steps) ? `${pattern.id}:holds` : pattern.id;
