import type { ArticleSummary } from '../articles/collection.ts';
import { ui } from '../i18n/nl.ts';
import { previewImageUrl } from '../routes.ts';

/** The size every link preview expects (Open Graph, X's large card, WhatsApp). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewImage {
  /** Site-relative; the page head makes it absolute. */
  src: string;
  alt: string;
}

export const articlePreviewImage = (
  article: Pick<ArticleSummary, 'id' | 'title' | 'category'>,
): PreviewImage => ({
  src: previewImageUrl(article.id),
  alt: ui.share.imageAlt(article.title, article.category.data.name),
});

export const sitePreviewImage: PreviewImage = { src: previewImageUrl(), alt: ui.share.siteImageAlt };

/**
 * The light-theme colours of `tokens.css` ("--accent-soft" → accentSoft): the image has one look,
 * and the stylesheet stays its only source.
 */
export function lightColours(tokensCss: string): Record<string, string> {
  const colours: Record<string, string> = {};
  for (const [, name, light] of tokensCss.matchAll(/--([\w-]+):\s*light-dark\(\s*([^,\s]+)\s*,/g))
    colours[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = light;
  return colours;
}
