import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const hash = (...parts: string[]) =>
  parts.reduce((sha, part) => sha.update(part).update('\0'), createHash('sha256')).digest('hex');

/**
 * Keeps what a build made in files under Astro's cache folder, so the next build can skip making
 * it again. Each file is named by a hash of its input (`key`) and of everything else that shapes
 * the result (`shapedBy`: say, the code that makes it), so a change to either makes it anew.
 *
 * Whether a file is there is asked synchronously: a quick check that does not queue behind sharp
 * on libuv's thread pool. Reading and writing are not: in a big build, each blocked the main
 * thread for about a millisecond, time it spends rendering pages instead.
 */
export function fileCache(dir: string, shapedBy: string, extension: string) {
  const shape = hash(shapedBy);
  let dirMade = false;
  // Files being made: a second ask (two articles with one title) waits for the first making
  // instead of making it again, whose partial file would clash with the first one's.
  const making = new Map<string, Promise<Buffer>>();
  const makeAndKeep = async (file: string, make: () => Promise<Buffer>) => {
    const result = await make();
    if (!dirMade) {
      mkdirSync(dir, { recursive: true });
      dirMade = true;
    }
    await writeWhole(file, result);
    return result;
  };
  return async (key: object, make: () => Promise<Buffer>): Promise<Buffer> => {
    const file = join(dir, `${hash(shape, JSON.stringify(key))}.${extension}`);
    if (existsSync(file)) return readFile(file);
    let made = making.get(file);
    if (!made) {
      made = makeAndKeep(file, make).finally(() => making.delete(file));
      making.set(file, made);
    }
    return made;
  };
}

/**
 * Writes `data` under another name first, then renames it: a build that stops halfway leaves no
 * half file behind, and another build reading the file sees all of it or none.
 */
export async function writeWhole(file: string, data: Buffer): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}
