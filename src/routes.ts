/** Addresses of the site's own pages that several places link to (with the trailing slash). */
export const routes = {
  about: '/over/',
  bibliography: '/bronnen/',
  changes: '/wijzigingen/',
} as const;
