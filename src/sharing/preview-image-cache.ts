import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const hash = (...parts: string[]) =>
  parts.reduce((sha, part) => sha.update(part).update('\0'), createHash('sha256')).digest('hex');

/**
 * Keeps drawn link-preview images in a folder, each named by a hash of its card and of everything
 * else that shapes it (`shapedBy`: the look and the renderer's code). A rebuild then draws only
 * the cards whose article or look changed: drawing is most of an article's build time.
 *
 * Reading is synchronous: a miss is one quick failed open, while an asynchronous read would
 * queue behind sharp on libuv's thread pool. Writing is not: creating a file while a big build
 * writes its pages blocked the main thread for over a millisecond each time.
 */
export function previewImageCache(dir: string, shapedBy: string) {
  const shape = hash(shapedBy);
  let made = false;
  return async (card: object, draw: () => Promise<Buffer>): Promise<Buffer> => {
    const file = join(dir, `${hash(shape, JSON.stringify(card))}.png`);
    const cached = readIfThere(file);
    if (cached) return cached;
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

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
