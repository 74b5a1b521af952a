import { join } from 'node:path';
import ranges from './fonts/unicode-ranges.json' with { type: 'json' };

/** A test for code points from a CSS `unicode-range` list: "U+0000-00FF,U+0131". */
export function unicodeRange(ranges: string): (codePoint: number) => boolean {
  const spans = ranges.split(',').map((range) => {
    const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
  return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

// Noto Sans (SIL Open Font License, fonts/OFL.txt), its Latin and Latin Extended subsets in regular
// and bold, as TrueType: what libvips reads. They ship in fonts/ with the `unicode-range` of each
// subset, so the build stays offline and knows what it can draw. Read from the project folder, where
// the build runs (the built code lives elsewhere).
const fonts = (file: string) => join(process.cwd(), 'src/sharing/fonts', file);
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

export interface PreviewFonts {
  /** The font files, as libvips must be given them: every subset in every weight. */
  files: string[];
  /** The first character the fonts cannot draw, if any. */
  undrawable(text: string): string | undefined;
}

/** The preview images' fonts, and which characters they draw. */
export function previewFonts(): PreviewFonts {
  const drawable = SUBSETS.map((subset) => unicodeRange(ranges[subset]));
  return {
    files: SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => fonts(`noto-sans-${subset}-${weight}.ttf`))),
    undrawable: (text) => [...text].find((char) => !drawable.some((covers) => covers(char.codePointAt(0)!))),
  };
}
