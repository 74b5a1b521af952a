import { personUrl } from '../editorial/person-link.ts';
import type { SiteConfig } from '../site.ts';

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  published: Date;
  updated?: Date;
  reviewed?: Date;
  category: string;
  tags: readonly string[];
  /** Who wrote it, and who checked it (as in content/people.json). */
  authors: readonly Contributor[];
  reviewer?: Contributor;
}

/** A person or team, as much as schema.org's `author` and `reviewedBy` need. */
export interface Contributor {
  id: string;
  data: { kind: 'person' | 'team'; name: string; role: string; credentials?: string };
}

const contributor = (site: SiteConfig, { id, data }: Contributor) => ({
  '@type': data.kind === 'team' ? 'Organization' : 'Person',
  name: data.name,
  url: new URL(personUrl(id), site.url).href,
  ...(data.kind === 'person' && { jobTitle: data.credentials ?? data.role }),
});

const publisher = (site: SiteConfig) => ({
  '@type': 'Organization',
  name: site.name,
  url: `${site.url}/`,
  email: site.email,
});

/** A health article: a MedicalWebPage (for `lastReviewed`) that is also an Article. */
export function articleJsonLd(site: SiteConfig, article: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': ['MedicalWebPage', 'Article'],
    headline: article.title,
    name: article.title,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    inLanguage: site.lang,
    datePublished: article.published.toISOString(),
    dateModified: (article.updated ?? article.published).toISOString(),
    ...(article.reviewed && { lastReviewed: article.reviewed.toISOString().slice(0, 10) }),
    articleSection: article.category,
    keywords: article.tags.join(', '),
    author: article.authors.map((author) => contributor(site, author)),
    ...(article.reviewer && { reviewedBy: contributor(site, article.reviewer) }),
    publisher: publisher(site),
  };
}

/** Every other page: a plain WebPage of the site. The 404 page has no address of its own: no `url`. */
export function pageJsonLd(site: SiteConfig, page: { title: string; description: string; url?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: page.title,
    description: page.description,
    ...(page.url && { url: page.url }),
    inLanguage: site.lang,
    isPartOf: { '@type': 'WebSite', name: site.name, url: `${site.url}/` },
    publisher: publisher(site),
  };
}

/** JSON that is safe inside a `<script>` element: `</script>` in a title cannot end it early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
