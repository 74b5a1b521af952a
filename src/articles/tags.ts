/** Tags as writers type them, made consistent: trimmed, lowercase, no blanks, no duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** A URL-safe slug for a tag page: "nervus vagus" → "nervus-vagus". */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
