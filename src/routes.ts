import { tagSlug } from './articles/tags.ts';
import type { ReferenceFileType } from './citations/reference-files.ts';

// Apart, so the breathing guide's script bundles this address and not the whole list.
const EXERCISES = '/oefeningen/';

/** Every address of the site's own pages, in one place (with the trailing slash the site uses). */
export const routes = {
  home: '/',
  categories: '/categorieen/',
  tags: '/tags/',
  exercises: EXERCISES,
  search: '/zoeken/',
  about: '/over/',
  bibliography: '/bronnen/',
  changes: '/wijzigingen/',
  rss: '/rss.xml',
} as const;

/** An article's id is its file name: `content/articles/de-psoas.mdx` is `de-psoas`. */
export const articleIdOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');

export const articleUrl = (id: string) => `/artikelen/${id}/`;
/** An article as a file for reference managers ("/artikelen/fascia/citeer.bib"), and its sources. */
export const articleFileUrl = (id: string, type: ReferenceFileType) => `${articleUrl(id)}citeer.${type}`;
export const articleSourcesFileUrl = (id: string, type: ReferenceFileType) =>
  `${articleUrl(id)}bronnen.${type}`;
export const categoryUrl = (id: string) => `${routes.categories}${id}/`;
export const tagUrl = (tag: string) => `${routes.tags}${tagSlug(tag)}/`;
export const patternUrl = (id: string) => `${EXERCISES}${id}/`;
export const searchUrl = (query: string) => `${routes.search}?q=${encodeURIComponent(query)}`;
/** The link-preview image of an article, and the site's own. */
export const previewImageUrl = (articleId?: string) =>
  articleId ? `/og/artikelen/${articleId}.png` : '/og/ademruimte.png';
