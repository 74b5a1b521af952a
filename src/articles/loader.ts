import { readFileSync } from 'node:fs';
import { glob, type Loader } from 'astro/loaders';
import { frontmatterDateErrors } from './frontmatter-dates.ts';

/**
 * The glob loader for articles, plus the checks a schema cannot make: dates as the writer typed
 * them, and a category that exists. Each failure names the file, the field and the fix.
 */
export function articlesLoader(contentDir: string): Loader {
  // No copy of each text in the content store: 1,000 articles made it 9 MB, written and read back
  // in every build. What needs the text reads the file (`articleSource`).
  const inner = glob({ pattern: '**/*.mdx', base: `${contentDir}/articles`, retainBody: false });
  return {
    name: 'ademruimte-articles',
    load: (context) => {
      const categories: { id: string }[] = JSON.parse(readFileSync(`${contentDir}/categories.json`, 'utf8'));
      const known = categories.map(({ id }) => id);
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
          if (errors.length) throw new Error(`${file} has invalid frontmatter:\n  ${errors.join('\n  ')}`);
          return context.parseData(entry);
        },
      });
    },
  };
}
