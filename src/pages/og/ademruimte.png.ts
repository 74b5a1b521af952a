import type { APIRoute } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { previewImageResponse } from '../../sharing/preview-image-response.ts';

/** The link-preview image of every page that is not an article: `sitePreviewImage.src`. */
export const GET: APIRoute = () => previewImageResponse(ui.share.siteImageTitle);
