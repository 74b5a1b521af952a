const VOWEL_GROUP = /[aeiouyáéíóúäëïöüàèìòùâêîôû]+/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text: letters and digits, with inner hyphens and apostrophes ("zo’n", "CO2-gehalte"). */
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Dutch syllables, approximated by vowel groups ("oe", "ij", "aa" count once). */
export function syllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(VOWEL_GROUP)?.length ?? 0);
}

/**
 * Flesch–Douma reading ease for Dutch: 206.84 − 0.77 × syllables per 100 words − 0.93 × words
 * per sentence. 60 and up reads easily for most adults (about B1). `blocks` are the paragraphs
 * and list items (not the headings); each block ends at least one sentence.
 */
export function fleschDouma(blocks: readonly string[]): number {
  const sentences = blocks
    .flatMap((block) => block.split(/(?<=[.!?:;])\s+/))
    .filter((sentence) => /\p{L}/u.test(sentence));
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return 0;
  const syllablesPer100 = (100 * words.reduce((sum, word) => sum + syllables(word), 0)) / words.length;
  return 206.84 - 0.77 * syllablesPer100 - 0.93 * (words.length / sentences.length);
}
