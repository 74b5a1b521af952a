import { readFileSync } from 'node:fs';
import { file, type Loader } from 'astro/loaders';
import { parseBibliography } from './bibliography.ts';

/**
 * The file loader for `sources.json`, after the checks across records that a schema cannot make.
 * (The file loader alone would only log a parse error and go on with an empty bibliography.)
 */
export function sourcesLoader(path: string): Loader {
  const inner = file(path);
  return {
    name: 'ademruimte-sources',
    load: (context) => {
      parseBibliography(readFileSync(path, 'utf8'), path);
      return inner.load(context);
    },
  };
}
