import { proseText } from './reading-time.ts';

const VOWEL_GROUP = /[aeiouyáéíóúäëïöüàèìòùâêîôû]+/g;

/** Dutch syllables, approximated by vowel groups ("oe", "ij", "aa" count once). */
export function syllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(VOWEL_GROUP)?.length ?? 0);
}

/**
 * Flesch–Douma reading ease for Dutch: 206.84 − 0.77 × syllables per 100 words − 0.93 × words
 * per sentence. 60 and up reads easily for most adults (about B1). Headings are left out; each
 * list item counts as a sentence.
 */
export function fleschDouma(mdx: string): number {
  const lines = proseText(mdx)
    .split('\n')
    .filter((line) => !/^\s*#/.test(line));
  const sentences = lines
    .flatMap((line) => line.split(/(?<=[.!?:;])\s+/))
    .filter((sentence) => /\p{L}/u.test(sentence));
  const words = sentences.flatMap(
    (sentence) => sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [],
  );
  if (words.length === 0) return 0;
  const syllablesPer100 = (100 * words.reduce((sum, word) => sum + syllables(word), 0)) / words.length;
  return 206.84 - 0.77 * syllablesPer100 - 0.93 * (words.length / sentences.length);
}
