import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What shapes a cached output besides its own input. */
export interface Shape {
  /** Feature folders: every file in them (tests aside: modules, fonts), so any change makes anew. */
  folders?: string[];
  /** Packages it uses: their installed versions. */
  packages?: string[];
  /** Other files it reads, such as fonts or a stylesheet. */
  files?: string[];
}

/**
 * Everything that shapes a cached output, as one string for `fileCache`: a change to any module of
 * its feature folder, to a package it uses or to a file it reads gives a new string, so the
 * cache can never serve an output that today's code would not make. Paths are from `root`.
 */
export function shapeOf({ folders = [], packages = [], files = [] }: Shape, root = process.cwd()): string {
  const modules = folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.\w+$/.test(file) && !file.endsWith('.test.ts'))
      .sort()
      .map((file) => join(folder, file)),
  );
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return [
    ...[...modules, ...files].map((file) => `${file}\n${readFileSync(join(root, file), 'latin1')}`),
    ...packages.map((name) => `${name}@${version(name)}`),
  ].join('\0');
}
