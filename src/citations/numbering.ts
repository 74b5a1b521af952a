/** A source as an article cites it: its number is its place in the article's source list. */
export interface CitedSource {
  id: string;
  number: number;
  /** The markers (1, 2, 3… in reading order) that cite this source: the targets of its backlinks. */
  markers: number[];
}

/** What one `<Cite>` shows: its own place among the markers and the sources it names, by number. */
export interface Marker {
  index: number;
  sources: { id: string; number: number }[];
}

/**
 * Numbers an article's citations in reading order: a source gets the next number at its first
 * citation and keeps it when it is cited again. Feed it every `<Cite>` in source order.
 */
export function createNumbering() {
  const sources: CitedSource[] = [];
  let markers = 0;
  return {
    cite(ids: readonly string[]): Marker {
      const index = ++markers;
      const cited = [...new Set(ids)].map((id) => {
        let source = sources.find((known) => known.id === id);
        if (!source) {
          source = { id, number: sources.length + 1, markers: [] };
          sources.push(source);
        }
        source.markers.push(index);
        return { id, number: source.number };
      });
      return { index, sources: cited.sort((a, b) => a.number - b.number) };
    },
    sources: (): readonly CitedSource[] => sources,
  };
}

/** "1, 3" or "2–4": runs of three or more numbers collapse into a range. Expects ascending numbers. */
export function groupNumbers(numbers: readonly number[]): string {
  const runs: number[][] = [];
  for (const n of numbers) {
    const run = runs.at(-1);
    if (run && n === run.at(-1)! + 1) run.push(n);
    else runs.push([n]);
  }
  return runs.flatMap((run) => (run.length > 2 ? [`${run[0]}–${run.at(-1)}`] : run.map(String))).join(', ');
}

/** The letter of the n-th citation of one source (0-based): a…z, then aa, ab… like spreadsheet columns. */
export function occurrenceLetter(n: number): string {
  let letters = '';
  for (let rest = n + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  return letters;
}
