// Dutch readers average roughly 200 words a minute on screen for informative text.
const WORDS_PER_MINUTE = 200;

/**
 * The text a reader actually reads, line by line: frontmatter, imports, code, components and
 * link targets are left out; heading marks stay so callers can tell headings apart.
 */
export function proseText(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/[*_`|~>]+/g, '');
}

export function countWords(mdx: string): number {
  return proseText(mdx)
    .split(/[\s#]+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one: "4 min leestijd". */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
