import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
import { articleUrl, type Article } from '../articles/collection.ts';
import type { PlacementFrontmatter } from '../articles/placement-plugin.ts';
import Exercise from './Exercise.astro';

/**
 * An article's exercise. MDX's `<Exercise />` carries no props, so `InText` is the Exercise
 * component with the article's pattern and length bound to it; `atEnd` when the text has none.
 */
export function articleExercise(article: Article, { placed = [] }: PlacementFrontmatter) {
  const props = { ...article.data.exercise, articleUrl: articleUrl(article.id) };
  const InText = createComponent(
    (result, _props, slots) => render`${renderComponent(result, 'Exercise', Exercise, props, slots)}`,
  );
  return { props, InText, atEnd: !placed.includes('Exercise') };
}
