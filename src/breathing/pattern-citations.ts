import { ui, type Paragraph } from '../i18n/nl.ts';
import { createNumbering } from '../citations/numbering.ts';
import type { PatternId } from './patterns.ts';

/**
 * A pattern's explanation with its citations numbered in reading order, as an article's are:
 * each paragraph with the marker that follows it, and the sources in list order.
 */
export function patternExplanation(id: PatternId) {
  const numbering = createNumbering();
  const paragraphs = ui.exercises.patterns[id].explanation.map((paragraph: Paragraph) =>
    typeof paragraph === 'string'
      ? { text: paragraph }
      : { text: paragraph.text, id: [...paragraph.cite], marker: numbering.cite(paragraph.cite) },
  );
  return { paragraphs, citations: [...numbering.sources()] };
}
