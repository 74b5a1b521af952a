// Build-time only: the `?raw` imports make this a Vite module, so the plain renderer stays testable in Node.
import { join } from 'node:path';
import logoSvg from '../../public/favicon.svg?raw';
import tokensCss from '../styles/tokens.css?raw';
import { ui } from '../i18n/nl.ts';
import { cacheDir, site } from '../site.ts';
import { lightColours } from './preview-image.ts';
import { previewImageCache } from './preview-image-cache.ts';
import rendererSource from './render-preview-image.ts?raw';
import { previewImageRenderer } from './render-preview-image.ts';

const look = {
  siteName: site.name,
  colours: lightColours(tokensCss),
  logoSvg,
  footer: `${ui.siteTagline} · ${new URL(site.url).host}`,
};
const draw = previewImageRenderer(look);
const cached = previewImageCache(join(cacheDir, 'preview-images'), JSON.stringify(look) + rendererSource);

export async function previewImageResponse(title: string, kicker?: string): Promise<Response> {
  const card = { title, kicker };
  const png = await cached(card, () => draw(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
