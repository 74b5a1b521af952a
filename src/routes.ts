import { basename } from 'node:path';

/** Addresses of the site's own pages that several places link to (with the trailing slash). */
export const routes = {
  about: '/over/',
  bibliography: '/bronnen/',
  changes: '/wijzigingen/',
} as const;

/** An article's id is its file name: `content/articles/de-psoas.mdx` is `de-psoas`. */
export const articleIdOf = (file: string) => basename(file).replace(/\.mdx$/, '');

export const articleUrl = (id: string) => `/artikelen/${id}/`;
export const categoryUrl = (id: string) => `/categorieen/${id}/`;
