// Build-time only: the `?raw` imports make this a Vite module, so the plain renderer stays testable in Node.
import { join } from 'node:path';
import sharp from 'sharp';
import logoSvg from '../../public/favicon.svg?raw';
import tokensCss from '../styles/tokens.css?raw';
import { ui } from '../i18n/nl.ts';
import { fileCache } from '../cache/file-cache.ts';
import { shapeOf } from '../cache/shape.ts';
import { cacheDir, site } from '../site.ts';
import { lightColours } from './preview-image.ts';
import { previewImageRenderer } from './render-preview-image.ts';

const look = {
  siteName: site.name,
  colours: lightColours(tokensCss),
  logoSvg,
  footer: `${ui.siteTagline} · ${new URL(site.url).host}`,
};
const draw = previewImageRenderer(look);
// A rebuild draws only the cards whose article changed, unless the look, the sharing code and its
// fonts, sharp and libvips (which draw), or the colours and logo changed.
const cached = fileCache(
  join(cacheDir, 'preview-images'),
  JSON.stringify(look) +
    sharp.versions.vips +
    shapeOf({
      folders: ['src/sharing'],
      packages: ['sharp'],
      files: ['src/styles/tokens.css', 'public/favicon.svg'],
    }),
  'png',
);

export async function previewImageResponse(title: string, kicker?: string): Promise<Response> {
  const card = { title, kicker };
  const png = await cached(card, () => draw(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
