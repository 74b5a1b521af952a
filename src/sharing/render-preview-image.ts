import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { PREVIEW_SIZE } from './preview-image.ts';

export interface PreviewCard {
  title: string;
  /** Small line above the title: the article's category. */
  kicker?: string;
  /** The line at the bottom: tagline and domain. */
  footer: string;
}

export interface PreviewLook {
  siteName: string;
  /** From `lightColours(tokens.css)`. */
  colours: Record<string, string>;
  /** The favicon's SVG source. */
  logoSvg: string;
}

// Satori reads woff, not woff2. The files come with the npm package, so the build stays offline.
// Each subset gets its own family name: Satori only falls back to a font with another name.
const FONT_SUBSETS = { 'Noto Sans': 'latin', 'Noto Sans Latin Ext': 'latin-ext' };
const fontFile = (subset: string, weight: number) =>
  readFile(
    fileURLToPath(
      import.meta.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    ),
  );
let fonts: Promise<{ name: string; weight: 400 | 700; data: Buffer }[]> | undefined;
const loadFonts = () =>
  (fonts ??= Promise.all(
    Object.entries(FONT_SUBSETS).flatMap(([name, subset]) =>
      ([400, 700] as const).map(async (weight) => ({ name, weight, data: await fontFile(subset, weight) })),
    ),
  ));

/** Thrown for text the fonts cannot draw, instead of an image with empty boxes in it. */
export class UndrawableTextError extends Error {
  readonly text: string;
  constructor(text: string) {
    super(`the link-preview image cannot draw "${text}": its font has Latin letters only. Leave it out.`);
    this.text = text;
  }
}

type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: {
    style?: Style;
    src?: string;
    width?: number;
    height?: number;
    children?: (Node | string)[] | string;
  };
}
const box = (style: Style, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Longer titles get a smaller size, so up to four lines hold them. */
export const titleSize = (title: string) => (title.length <= 45 ? 72 : title.length <= 80 ? 60 : 48);

/** The card in the site's look: light-theme colours, the logo, the accent bar of the table of contents. */
export async function renderPreviewImage(card: PreviewCard, look: PreviewLook): Promise<Buffer> {
  const { bg, text, muted, accent } = look.colours;
  const logo: Node = {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(look.logoSvg).toString('base64')}`,
      width: 72,
      height: 72,
    },
  };
  const tree = box(
    { ...PREVIEW_SIZE, background: bg, color: text, fontFamily: 'Noto Sans' },
    box({ width: 24, background: accent }),
    box(
      { flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px' },
      box({ alignItems: 'center', gap: 20, fontSize: 40, fontWeight: 700 }, logo, look.siteName),
      box(
        { flexDirection: 'column', gap: 16 },
        ...(card.kicker ? [box({ color: accent, fontSize: 32, fontWeight: 700 }, card.kicker)] : []),
        // Block, not flex: only a block clamps an overlong title with an ellipsis instead of overflowing.
        box(
          {
            display: 'block',
            fontSize: titleSize(card.title),
            fontWeight: 700,
            lineHeight: 1.15,
            lineClamp: 4,
          },
          card.title,
        ),
      ),
      box({ color: muted, fontSize: 28 }, card.footer),
    ),
  );
  const svg = await satori(tree, {
    ...PREVIEW_SIZE,
    fonts: await loadFonts(),
    loadAdditionalAsset: async (_, text) => {
      throw new UndrawableTextError(text);
    },
  });
  // A palette PNG: flat colours and smooth text stay sharp at a fraction of the bytes. Sixteen
  // colours without dithering look the same on this card, weigh a third less and encode in less
  // than half the time, which every article pays at build time (see `npm run bench`).
  return sharp(Buffer.from(svg))
    .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
