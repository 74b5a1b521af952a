export const DATE_FIELDS = ['published', 'updated', 'reviewed', 'nextReview'] as const;

/** True for a real calendar day written as YYYY-MM-DD (no 31 April, no month 13). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * YAML quietly turns 2025-13-45 into 14 February 2026, so dates are checked as the writer typed
 * them, in the raw frontmatter. Returns one message per bad date field.
 */
export function frontmatterDateErrors(source: string): string[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const errors: string[] = [];
  for (const field of DATE_FIELDS) {
    const raw = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(frontmatter)?.[1];
    const value = raw?.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (value && !isCalendarDate(value)) {
      errors.push(`${field}: "${value}" is not a real date. Write it as YYYY-MM-DD, for example 2025-08-12.`);
    }
  }
  // The dates of the `changes` list: `  - date: …` or `    date: …` below a `- text: …`.
  for (const [, raw] of frontmatter.matchAll(/^[ \t]+(?:-[ \t]+)?date:[ \t]*(.*)$/gm)) {
    const value = raw!.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!isCalendarDate(value))
      errors.push(`changes: "${value}" is not a real date. Write it as YYYY-MM-DD, for example 2025-08-12.`);
  }
  return errors;
}
