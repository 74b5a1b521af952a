import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticleSummaries } from '../articles/collection.ts';
import { ui } from '../i18n/nl.ts';
import { site } from '../site.ts';

export async function GET(context: APIContext) {
  const articles = await getArticleSummaries();
  return rss({
    title: ui.rss.title,
    description: ui.rss.description,
    site: context.site ?? site.url,
    customData: `<language>${site.lang}</language>`,
    items: articles.map((article) => ({
      title: article.title,
      description: article.description,
      pubDate: article.published,
      link: article.url,
      categories: [article.category.data.name, ...article.tags],
    })),
  });
}
