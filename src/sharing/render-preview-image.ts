import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import sharp from 'sharp';
import { PREVIEW_SIZE } from './preview-image.ts';

export interface PreviewCard {
  title: string;
  /** Small line above the title: the article's category. */
  kicker?: string;
}

/** What every card shares. */
export interface PreviewLook {
  siteName: string;
  /** From `lightColours(tokens.css)`. */
  colours: Record<string, string>;
  /** The favicon's SVG source. */
  logoSvg: string;
  /** The line at the bottom: tagline and domain. */
  footer: string;
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

const { width } = PREVIEW_SIZE;
const ACCENT_BAR = 24;
const PADDING = { x: 80, y: 64 };
const LOGO = 72;
// The band between the header and the footer, where kicker and title sit (centred): the only
// part that differs from card to card. The rest, the frame, is drawn once per build.
const BAND = { top: PADDING.y + LOGO, height: 388, left: ACCENT_BAR + PADDING.x };
const TITLE_WIDTH = width - BAND.left - PADDING.x;

/** Lays out `tree` with satori and draws it: raw RGB rows. Without a height it is as tall as it needs. */
async function draw(tree: Node, size: { width: number; height?: number }) {
  const svg = await satori(tree, {
    ...size,
    fonts: await loadFonts(),
    loadAdditionalAsset: async (_, text) => {
      throw new UndrawableTextError(text);
    },
  });
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** Accent bar, logo with site name, footer; the band left empty. */
function drawFrame(look: PreviewLook) {
  const { bg, text, muted, accent } = look.colours;
  const logo: Node = {
    type: 'img',
    props: {
      src: `data:image/svg+xml;base64,${Buffer.from(look.logoSvg).toString('base64')}`,
      width: LOGO,
      height: LOGO,
    },
  };
  const tree = box(
    { ...PREVIEW_SIZE, background: bg, color: text, fontFamily: 'Noto Sans' },
    box({ width: ACCENT_BAR, background: accent }),
    box(
      {
        flex: 1,
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${PADDING.y}px ${PADDING.x}px`,
      },
      box({ alignItems: 'center', gap: 20, fontSize: 40, fontWeight: 700 }, logo, look.siteName),
      box({ color: muted, fontSize: 28 }, look.footer),
    ),
  );
  return draw(tree, PREVIEW_SIZE);
}

/** Kicker and title of one card, only as tall as they are. */
function drawTitle(card: PreviewCard, look: PreviewLook) {
  const { bg, text, accent } = look.colours;
  const tree = box(
    {
      width: TITLE_WIDTH,
      flexDirection: 'column',
      gap: 16,
      background: bg,
      color: text,
      fontFamily: 'Noto Sans',
    },
    ...(card.kicker ? [box({ color: accent, fontSize: 32, fontWeight: 700 }, card.kicker)] : []),
    // Block, not flex: only a block clamps an overlong title with an ellipsis instead of overflowing.
    box(
      { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 },
      card.title,
    ),
  );
  return draw(tree, { width: TITLE_WIDTH });
}

/**
 * Renders cards in the site's look: light-theme colours, the logo, the accent bar of the table of
 * contents. Every article has a card, so a renderer draws the frame once and per card only its
 * kicker and title, copied row by row into the frame's empty band: a third of the time of drawing
 * whole cards.
 */
export function previewImageRenderer(look: PreviewLook): (card: PreviewCard) => Promise<Buffer> {
  let frame: ReturnType<typeof drawFrame> | undefined;
  // Image-sized buffers are reused once sharp is done with them: a fresh one per card kept the
  // garbage collector of a big build busy (1,000 articles: a third more CPU time).
  const spare: Buffer[] = [];
  return async (card) => {
    const [{ data: pixels, info }, title] = await Promise.all([
      (frame ??= drawFrame(look)),
      drawTitle(card, look),
    ]);
    const image = spare.pop() ?? Buffer.allocUnsafe(pixels.length);
    pixels.copy(image);
    const top = BAND.top + Math.max(0, Math.round((BAND.height - title.info.height) / 2));
    const rowBytes = title.info.width * title.info.channels;
    for (let row = 0; row < Math.min(title.info.height, BAND.height); row++)
      title.data.copy(
        image,
        ((top + row) * width + BAND.left) * info.channels,
        row * rowBytes,
        (row + 1) * rowBytes,
      );
    // Full colour and light compression: a 16-colour palette weighs a quarter as much, but
    // quantising took longer than all the rest together, for every article (see `npm run bench`).
    try {
      return await sharp(image, { raw: info }).png({ compressionLevel: 3 }).toBuffer();
    } finally {
      spare.push(image);
    }
  };
}
