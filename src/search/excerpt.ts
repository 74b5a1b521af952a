/** A run of excerpt text; `marked` runs matched the reader's query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain text runs, so the page can build `<mark>` elements itself
 * instead of parsing HTML. Pagefind escapes only `<` and `>` in excerpts and wraps matches in
 * `<mark>…</mark>`.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((run) => {
      const marked = run.startsWith('<mark>');
      const text = marked ? run.slice('<mark>'.length, -'</mark>'.length) : run;
      return { text: text.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), marked };
    });
}
