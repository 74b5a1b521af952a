import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { writeWhole } from '../cache/file-cache.ts';

/**
 * A WOFF 1.0 font as the plain TrueType/OpenType file inside it: libvips' font loader reads
 * that, not WOFF. Each table is stored zlib-compressed unless compression would not shrink it.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  // The sfnt header's binary-search hints.
  const power = 2 ** Math.floor(Math.log2(count));
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < count; i++) {
    const entry = 44 + 20 * i;
    const [start, stored, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at));
    const data = woff.subarray(start, start + stored);
    const table = stored < length ? inflateSync(data) : data;
    woff.copy(header, 12 + 16 * i, entry, entry + 4); // tag
    header.writeUInt32BE(woff.readUInt32BE(entry + 16), 12 + 16 * i + 4); // checksum
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(table.length, 12 + 16 * i + 12);
    const padding = Buffer.alloc((4 - (table.length % 4)) % 4);
    parts.push(table, padding);
    offset += table.length + padding.length;
  }
  return Buffer.concat(parts);
}

/** A test for code points from a CSS `unicode-range` list: "U+0000-00FF,U+0131". */
export function unicodeRange(ranges: string): (codePoint: number) => boolean {
  const spans = ranges.split(',').map((range) => {
    const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
  return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

// The subsets of Noto Sans that come with @fontsource/noto-sans, so the build stays offline.
const SUBSETS = ['latin', 'latin-ext'];
const WEIGHTS = [400, 700] as const;

export interface PreviewFonts {
  /** The font files, as libvips must be given them: every subset in every weight. */
  files: string[];
  /** The first character the fonts cannot draw, if any. */
  undrawable(text: string): string | undefined;
}

const packageFile = (path: string) => fileURLToPath(import.meta.resolve(`@fontsource/noto-sans/${path}`));

/**
 * Unpacks the preview images' fonts into `dir` (once: each file is named by its content) and
 * says which characters they draw: the subsets' `unicode-range`s.
 */
export async function loadPreviewFonts(dir: string): Promise<PreviewFonts> {
  await mkdir(dir, { recursive: true });
  const files = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => {
        const sfnt = woffToSfnt(
          await readFile(packageFile(`files/noto-sans-${subset}-${weight}-normal.woff`)),
        );
        const file = join(dir, `noto-sans-${createHash('sha256').update(sfnt).digest('hex')}.ttf`);
        if (!existsSync(file)) await writeWhole(file, sfnt);
        return file;
      }),
    ),
  );
  const ranges: Record<string, string> = JSON.parse(await readFile(packageFile('unicode.json'), 'utf8'));
  const drawable = SUBSETS.map((subset) => unicodeRange(ranges[subset]));
  return {
    files,
    undrawable: (text) => [...text].find((char) => !drawable.some((covers) => covers(char.codePointAt(0)!))),
  };
}
