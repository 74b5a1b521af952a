import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { articleUrl } from '../routes.ts';
import type { ArticleFacts } from './pipeline.ts';
import { readingMinutes } from './reading-time.ts';
import { newestFirst, relatedArticles } from './related.ts';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

/** What every list and page needs to show about an article. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  description: string;
  published: Date;
  readingMinutes: number;
  category: Category;
  tags: string[];
}

/** What the Markdown pipeline learned about an article as it compiled (src/articles/pipeline.ts). */
export async function articleFacts(article: Article): Promise<ArticleFacts> {
  return (await render(article)).remarkPluginFrontmatter as ArticleFacts;
}

/** All articles a reader may see: drafts only exist in `astro dev`. */
export function getArticles(): Promise<Article[]> {
  return getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
}

async function summarize(article: Article): Promise<ArticleSummary> {
  const category = await getEntry(article.data.category);
  if (!category)
    throw new Error(`${article.filePath}: category "${article.data.category.id}" does not exist`);
  return {
    id: article.id,
    url: articleUrl(article.id),
    title: article.data.title,
    description: article.data.description,
    published: article.data.published,
    readingMinutes: readingMinutes((await articleFacts(article)).words ?? 0),
    category,
    tags: article.data.tags,
  };
}

async function loadSummaries(): Promise<ArticleSummary[]> {
  return newestFirst(await Promise.all((await getArticles()).map(summarize)));
}

/** `load`, once per build; `astro dev` loads anew each time, so edits show up. */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (loaded ??= load()));
}

/**
 * Every visible article, newest first: the order of every list on the site. Nearly every page
 * asks and each summary reads a whole article, so a build computes them once (keeping the build
 * linear in the number of articles).
 */
export const getArticleSummaries = oncePerBuild(loadSummaries);

/** The articles to suggest below `article`: see `relatedArticles`. */
export async function getRelatedArticles(article: ArticleSummary): Promise<ArticleSummary[]> {
  return relatedArticles(await getArticleSummaries(), article);
}

/** What an article's routes (its page, its link-preview image) get from `getStaticPaths`. */
export type ArticleProps = {
  article: Article;
  summary: ArticleSummary;
};

/** The routes of every visible article, each with the article and its summary. */
export async function articlePaths(): Promise<{ params: { slug: string }; props: ArticleProps }[]> {
  const summaries = new Map((await getArticleSummaries()).map((summary) => [summary.id, summary]));
  return (await getArticles()).map((article) => ({
    params: { slug: article.id },
    props: { article, summary: summaries.get(article.id)! },
  }));
}
