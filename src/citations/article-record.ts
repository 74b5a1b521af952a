import type { SiteConfig } from '../site.ts';
import type { CslRecord } from './bibliography.ts';

/** As much of an article (its summary) as a reference to it needs. */
export interface ArticleToCite {
  id: string;
  title: string;
  /** Its path on the site ("/artikelen/fascia/"). */
  url: string;
  published: Date;
}

/** As much of its credits as a reference needs: who wrote it, and when it last changed. */
export interface ArticleAuthorship {
  authors: readonly { data: { name: string } }[];
  updated?: Date;
}

const dateParts = (date: Date) => [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]];

/**
 * An article as a CSL-JSON record: a webpage of the site, formatted and exported like any source.
 * APA 7 dates a webpage by its last update when it shows one. Names stay whole (`literal`):
 * people.json does not say which part is a family name, and a team has none.
 */
export function articleRecord(
  site: SiteConfig,
  article: ArticleToCite,
  credits: ArticleAuthorship,
): CslRecord {
  return {
    id: `${site.name.toLowerCase()}-${article.id}`,
    type: 'webpage',
    title: article.title,
    author: credits.authors.map(({ data }) => ({ literal: data.name })),
    issued: { 'date-parts': dateParts(credits.updated ?? article.published) },
    'container-title': site.name,
    URL: new URL(article.url, site.url).href,
    language: site.lang,
  };
}
