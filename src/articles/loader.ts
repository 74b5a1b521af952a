import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { articleIdOf } from '../routes.ts';
import { frontmatterDateErrors } from './frontmatter-dates.ts';

const ids = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]).map(({ id }) => id);

/** Problems with the people an article names: each id must be in people.json. */
function peopleErrors(data: Record<string, unknown>, known: string[], file: string): string[] {
  const named = [
    ...(Array.isArray(data.authors) ? data.authors : []).map((id) => ['authors', id] as const),
    ...(data.reviewedBy === undefined ? [] : [['reviewedBy', data.reviewedBy] as const]),
  ];
  return named
    .filter(([, id]) => typeof id !== 'string' || !known.includes(id))
    .map(
      ([field, id]) =>
        `${field}: ${JSON.stringify(id)} is not a known person. Use one of: ${known.join(', ')} (or add them to ${file}).`,
    );
}

/**
 * The glob loader for articles, plus the checks a schema cannot make: dates as the writer typed
 * them, a category and people that exist. Each failure names the file, the field and the fix.
 */
export function articlesLoader(contentDir: string): Loader {
  // No copy of each text in the content store: 1,000 articles made it 9 MB, written and read back
  // in every build. What needs the text gets it from the Markdown pipeline.
  const inner = glob({
    pattern: '*.mdx',
    base: `${contentDir}/articles`,
    retainBody: false,
    generateId: ({ entry }) => articleIdOf(entry),
  });
  return {
    name: 'ademruimte-articles',
    load: (context) => {
      const known = ids(`${contentDir}/categories.json`);
      const peopleFile = `${contentDir}/people.json`;
      const people = ids(peopleFile);
      return inner.load({
        ...context,
        parseData: (entry) => {
          const file = entry.filePath ?? entry.id;
          const errors = frontmatterDateErrors(readFileSync(file, 'utf8'));
          const category = entry.data.category;
          if (typeof category === 'string' && !known.includes(category)) {
            errors.push(
              `category: "${category}" is not a known category. Use one of: ${known.join(', ')} (or add it to ${contentDir}/categories.json).`,
            );
          }
          errors.push(...peopleErrors(entry.data, people, peopleFile));
          if (errors.length) throw new Error(`${file} has invalid frontmatter:\n  ${errors.join('\n  ')}`);
          return context.parseData(entry);
        },
      });
    },
  };
}
