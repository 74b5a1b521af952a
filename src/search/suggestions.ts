/**
 * Words to suggest when a search finds nothing: the tags most articles share (they are the
 * site's own vocabulary, so each one finds something), most used first, then alphabetical.
 */
export function suggestedSearches(articles: readonly { tags: readonly string[] }[], limit = 6): string[] {
  const counts = new Map<string, number>();
  for (const tag of articles.flatMap((article) => article.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nl'))
    .slice(0, limit)
    .map(([tag]) => tag);
}
