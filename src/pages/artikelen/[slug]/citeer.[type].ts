import type { APIRoute } from 'astro';
import { articlePaths, type ArticleProps } from '../../../articles/collection.ts';
import { articleRecord } from '../../../citations/article-record.ts';
import {
  ARTICLE_FILE_TYPES,
  referenceFile,
  type ReferenceFileType,
} from '../../../citations/reference-files.ts';
import { articleCredits } from '../../../editorial/credits.ts';
import { site } from '../../../site.ts';

/** Each article as one record for reference managers, at `articleFileUrl` ("/artikelen/fascia/citeer.bib"). */
export async function getStaticPaths() {
  return (await articlePaths()).flatMap(({ params, props }) =>
    ARTICLE_FILE_TYPES.map((type) => ({ params: { ...params, type }, props })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const { article, summary } = props as ArticleProps;
  const record = articleRecord(site, summary, await articleCredits(article));
  return new Response(referenceFile([record], params.type as ReferenceFileType));
};
