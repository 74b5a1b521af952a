import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const hash = (...parts: string[]) =>
  parts.reduce((sha, part) => sha.update(part).update('\0'), createHash('sha256')).digest('hex');

/**
 * Keeps drawn link-preview images in a folder, each named by a hash of its card and of everything
 * else that shapes it (`shapedBy`: the look and the renderer's code). A rebuild then draws only
 * the cards whose article or look changed: drawing is most of an article's build time.
 *
 * Whether an image is there is asked synchronously: a quick check that does not queue behind sharp
 * on libuv's thread pool. Reading and writing are not: in a big build, each blocked the main
 * thread for about a millisecond, time it spends rendering pages instead.
 */
export function previewImageCache(dir: string, shapedBy: string) {
  const shape = hash(shapedBy);
  let made = false;
  return async (card: object, draw: () => Promise<Buffer>): Promise<Buffer> => {
    const file = join(dir, `${hash(shape, JSON.stringify(card))}.png`);
    if (existsSync(file)) return readFile(file);
    const png = await draw();
    if (!made) {
      mkdirSync(dir, { recursive: true });
      made = true;
    }
    // Written under another name first: a build that stops halfway leaves no half image behind.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  };
}
