import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const hash = (...parts: string[]) =>
  parts.reduce((sha, part) => sha.update(part).update('\0'), createHash('sha256')).digest('hex');

/**
 * Keeps drawn link-preview images in a folder, each named by a hash of its card and of everything
 * else that shapes it (`shapedBy`: the look and the renderer's code). A rebuild then draws only
 * the cards whose article or look changed: drawing is most of an article's build time.
 *
 * The files are small and sharp keeps libuv's thread pool busy drawing, so reading and writing
 * them synchronously is quicker than queueing behind it.
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
    writeFileSync(partial, png);
    renameSync(partial, file);
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
