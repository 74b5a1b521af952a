// Build-time only: the `?raw` imports make this a Vite module, so the plain renderer stays testable in Node.
import { join } from 'node:path';
import sharp from 'sharp';
import logoSvg from '../../public/favicon.svg?raw';
import tokensCss from '../styles/tokens.css?raw';
import { ui } from '../i18n/nl.ts';
import { fileCache } from '../cache/file-cache.ts';
import { cacheDir, site } from '../site.ts';
import { lightColours } from './preview-image.ts';
import rendererSource from './render-preview-image.ts?raw';
import { previewImageRenderer } from './render-preview-image.ts';

const look = {
  siteName: site.name,
  colours: lightColours(tokensCss),
  logoSvg,
  footer: `${ui.siteTagline} · ${new URL(site.url).host}`,
};
const draw = previewImageRenderer(look, join(cacheDir, 'fonts'));
// A rebuild draws only the cards whose article, look, renderer or libvips (which draws the text) changed.
const cached = fileCache(
  join(cacheDir, 'preview-images'),
  JSON.stringify(look) + rendererSource + sharp.versions.vips,
  'png',
);

export async function previewImageResponse(title: string, kicker?: string): Promise<Response> {
  const card = { title, kicker };
  const png = await cached(card, () => draw(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
