// Build-time only: the `?raw` imports make this a Vite module, so the plain renderer stays testable in Node.
import logoSvg from '../../public/favicon.svg?raw';
import tokensCss from '../styles/tokens.css?raw';
import { ui } from '../i18n/nl.ts';
import { site } from '../site.ts';
import { lightColours } from './preview-image.ts';
import { renderPreviewImage } from './render-preview-image.ts';

const look = { siteName: site.name, colours: lightColours(tokensCss), logoSvg };
const footer = `${ui.siteTagline} · ${new URL(site.url).host}`;

export async function previewImageResponse(title: string, kicker?: string): Promise<Response> {
  const png = await renderPreviewImage({ title, kicker, footer }, look);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
