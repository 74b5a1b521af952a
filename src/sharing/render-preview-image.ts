import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { PREVIEW_SIZE } from './preview-image.ts';
import { previewFonts, type PreviewFonts } from './preview-fonts.ts';

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

/** Thrown for text the fonts cannot draw, instead of an image with empty boxes in it. */
export class UndrawableTextError extends Error {
  readonly text: string;
  constructor(text: string) {
    super(`the link-preview image cannot draw "${text}": its font has Latin letters only. Leave it out.`);
    this.text = text;
  }
}

/** Longer titles get a smaller size, so up to four lines hold them. */
export const titleSize = (title: string) => (title.length <= 45 ? 72 : title.length <= 80 ? 60 : 48);

const { width, height } = PREVIEW_SIZE;
const ACCENT_BAR = 24;
const PADDING = { x: 80, y: 64 };
const LOGO = 72;
/**
 * The band between the header and the footer, where kicker and title sit (centred): the only
 * part that differs from card to card. The rest, the frame, is drawn once per build.
 */
export const BAND = { top: PADDING.y + LOGO, height: 388, left: ACCENT_BAR + PADDING.x };
const TEXT_WIDTH = width - BAND.left - PADDING.x;
export const TITLE_LINES = 4;
export const LINE_HEIGHT = 1.15;
const KICKER = { size: 32, gap: 20 };

interface Raster {
  data: Buffer;
  info: OutputInfo;
}

interface TextStyle {
  size: number;
  colour: string;
  bold?: boolean;
}

const markup = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Text wrapped at the band's width, on a transparent ground and cropped to its ink. Pango lays
 * it out and draws it on libvips' threads, not on the main thread that renders the pages; the
 * fonts are ours once `setUp` has handed them to libvips.
 */
function drawText(text: string, { size, colour, bold }: TextStyle) {
  // Pango takes an absolute line height in 1024ths of a point; at 72 dpi a point is a pixel.
  const lineHeight = Math.round(size * LINE_HEIGHT) * 1024;
  return sharp({
    text: {
      text: `<span foreground="${colour}" line_height="${lineHeight}">${markup(text)}</span>`,
      font: `Noto Sans ${bold ? 'Bold' : 'Regular'} ${size}`,
      width: TEXT_WIDTH,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
    },
  });
}

const onGround = (text: Sharp, ground: string): Promise<Raster> =>
  text.flatten({ background: ground }).raw().toBuffer({ resolveWithObject: true });

/** How many lines a text drawn at `size` runs to, from its height: the first line, then one step each. */
const lineCount = (inkHeight: number, size: number) =>
  1 + Math.round((inkHeight - size) / (size * LINE_HEIGHT));

/** The title in at most four lines: an overlong one loses words at its end, for an ellipsis. */
async function drawTitle(title: string, look: PreviewLook): Promise<Raster> {
  const style = { size: titleSize(title), colour: look.colours.text, bold: true };
  let drawn = await onGround(drawText(title, style), look.colours.bg);
  let words = title.split(/\s+/);
  for (;;) {
    const lines = lineCount(drawn.info.height, style.size);
    if (lines <= TITLE_LINES || words.length === 1) return drawn;
    words = words.slice(0, Math.min(words.length - 1, Math.ceil((words.length * TITLE_LINES) / lines)));
    drawn = await onGround(drawText(`${words.join(' ')}…`, style), look.colours.bg);
  }
}

/** Accent bar, logo with site name, footer; the band left empty. */
async function drawFrame(look: PreviewLook): Promise<Raster> {
  const { bg, text, muted, accent } = look.colours;
  const svg = Buffer.from(look.logoSvg);
  const svgWidth = (await sharp(svg).metadata()).width;
  const [logo, name, footer] = await Promise.all([
    sharp(svg, { density: (72 * LOGO) / svgWidth })
      .resize(LOGO, LOGO)
      .png()
      .toBuffer(),
    drawText(look.siteName, { size: 40, colour: text, bold: true })
      .png()
      .toBuffer({ resolveWithObject: true }),
    drawText(look.footer, { size: 28, colour: muted }).png().toBuffer({ resolveWithObject: true }),
  ]);
  return sharp({ create: { width, height, channels: 3, background: bg } })
    .composite([
      { input: { create: { width: ACCENT_BAR, height, channels: 3, background: accent } }, left: 0, top: 0 },
      { input: logo, left: BAND.left, top: PADDING.y },
      {
        input: name.data,
        left: BAND.left + LOGO + 20,
        top: PADDING.y + Math.round((LOGO - name.info.height) / 2),
      },
      { input: footer.data, left: BAND.left, top: height - PADDING.y - footer.info.height },
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** Copies `part` into the image's band, `top` rows down. */
function paste(image: Buffer, channels: number, part: Raster, top: number) {
  const rowBytes = Math.min(part.info.width, TEXT_WIDTH) * channels;
  for (let row = 0; row < part.info.height && top + row < BAND.top + BAND.height; row++)
    part.data.copy(
      image,
      ((top + row) * width + BAND.left) * channels,
      row * part.info.width * channels,
      row * part.info.width * channels + rowBytes,
    );
}

async function setUp(look: PreviewLook) {
  const fonts = previewFonts();
  // libvips makes each font file it is handed available to every later text: handing it each of
  // ours once lets Pango take letters from any subset and weight.
  for (const file of fonts.files) await sharp({ text: { text: '.', fontfile: file } }).toBuffer();
  for (const text of [look.siteName, look.footer]) refuseUndrawable(text, fonts);
  return { fonts, frame: await drawFrame(look) };
}

function refuseUndrawable(text: string, fonts: PreviewFonts) {
  const char = fonts.undrawable(text);
  if (char) throw new UndrawableTextError(char);
}

/**
 * Renders cards in the site's look: light-theme colours, the logo, the accent bar of the table of
 * contents. Every article has a card, so a renderer draws the frame once and per card only its
 * title (and each kicker once), copied row by row into the frame's empty band.
 */
export function previewImageRenderer(look: PreviewLook): (card: PreviewCard) => Promise<Buffer> {
  let ready: ReturnType<typeof setUp> | undefined;
  const kickers = new Map<string, Promise<Raster>>();
  // Image-sized buffers are reused once sharp is done with them: a fresh one per card kept the
  // garbage collector of a big build busy (1,000 articles: a third more CPU time).
  const spare: Buffer[] = [];
  return async ({ title, kicker }) => {
    const { fonts, frame } = await (ready ??= setUp(look));
    for (const text of [title, kicker ?? '']) refuseUndrawable(text, fonts);
    const kickerStyle = { size: KICKER.size, colour: look.colours.accent, bold: true };
    if (kicker && !kickers.has(kicker))
      kickers.set(kicker, onGround(drawText(kicker, kickerStyle), look.colours.bg));
    const [above, drawnTitle] = await Promise.all([kicker && kickers.get(kicker), drawTitle(title, look)]);
    const image = spare.pop() ?? Buffer.allocUnsafe(frame.data.length);
    frame.data.copy(image);
    const aboveHeight = above ? above.info.height + KICKER.gap : 0;
    const top = BAND.top + Math.max(0, Math.round((BAND.height - aboveHeight - drawnTitle.info.height) / 2));
    const { channels } = frame.info;
    if (above) paste(image, channels, above, top);
    paste(image, channels, drawnTitle, top + aboveHeight);
    // Full colour and light compression: a 16-colour palette weighs a quarter as much, but
    // quantising took longer than all the rest together, for every article (see `npm run bench`).
    try {
      return await sharp(image, { raw: frame.info }).png({ compressionLevel: 3 }).toBuffer();
    } finally {
      spare.push(image);
    }
  };
}
