import { getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { getArticles, oncePerBuild, type Article } from '../articles/collection.ts';
import { contentDir } from '../site.ts';
import type { Change } from './changes.ts';
import { reviewDue } from './review.ts';

export type Person = CollectionEntry<'people'>;

/** Who wrote and checked an article, and when it is checked again: what its header shows. */
export interface Credits {
  authors: Person[];
  reviewer?: Person;
  reviewed?: Date;
  /** Checked by someone with medical or therapy credentials. */
  medicallyReviewed: boolean;
  /** The next check is due before this day. */
  due: Date;
  overdue: boolean;
  /** The article's own date of change: its `updated`, or a later listed change. */
  updated?: Date;
  changes: Change[];
}

// The build's clock: a page built after an article's review date says it is due.
const buildDay = new Date();

export async function articleCredits(article: Article): Promise<Credits> {
  const { data } = article;
  const reviewer = data.reviewedBy && (await getEntry(data.reviewedBy));
  const { changes } = data;
  const updated = [data.updated, ...changes.map(({ date }) => date)]
    .filter((date): date is Date => date !== undefined && date > data.published)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    authors: await getEntries(data.authors),
    ...(reviewer && { reviewer }),
    ...(data.reviewed && { reviewed: data.reviewed }),
    medicallyReviewed: Boolean(reviewer?.data.credentials),
    ...reviewDue(data, buildDay),
    ...(updated && { updated }),
    changes,
  };
}

/** Every listed change on the site, with its article. */
export async function siteChanges(): Promise<(Change & { article: Article })[]> {
  return (await getArticles()).flatMap((article) =>
    article.data.changes.map((change) => ({ ...change, article })),
  );
}

/**
 * Once per build, the build output names the articles that need an editor: not yet checked by
 * someone with medical or therapy credentials, or past their next check. Neither stops the build.
 */
export const warnAboutReviews = oncePerBuild(async () => {
  const articles = await getArticles();
  const credits = await Promise.all(articles.map(articleCredits));
  const file = (article: Article) => article.filePath ?? article.id;
  const unchecked = articles.filter((_, i) => !credits[i]!.medicallyReviewed).map(file);
  if (unchecked.length)
    console.warn(
      `\n[editorial] warning: not yet checked by someone with medical or therapy credentials (the page says so):\n  ${unchecked.join('\n  ')}\nOnce someone has, add them to ${contentDir}/people.json with their credentials and set reviewedBy and reviewed.`,
    );
  articles.forEach((article, i) => {
    const { overdue, due } = credits[i]!;
    if (overdue)
      console.warn(
        `\n[editorial] warning: ${file(article)} was due for its next check before ${due.toISOString().slice(0, 10)} (the page tells readers). Check it against its sources, then update reviewed (and nextReview, if set).`,
      );
  });
});
