/**
 * Whether the writer placed `<Exercise />` in the text (otherwise it goes at the end of the
 * article). Twice is a mistake: a page has one exercise anchor.
 */
export function exerciseInText(file: string, body: string): boolean {
  const count = body.match(/<Exercise\b/g)?.length ?? 0;
  if (count > 1)
    throw new Error(
      `${file}: <Exercise /> appears ${count} times. Place it once, where the reader should try it (or leave it out to put the exercise at the end).`,
    );
  return count === 1;
}
