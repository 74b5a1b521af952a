import type { APIRoute, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { articlePaths } from '../../../articles/collection.ts';
import { articleRecord } from '../../../citations/article-record.ts';
import { ARTICLE_FILE_TYPES, referenceFile } from '../../../citations/reference-files.ts';
import { articleCredits } from '../../../editorial/credits.ts';
import { site } from '../../../site.ts';

/**
 * Each article as one record for reference managers, at `articleFileUrl`
 * ("/artikelen/fascia/citeer.bib"): the record made once, for both files.
 */
export async function getStaticPaths() {
  const paths = [];
  for (const { params, props } of await articlePaths()) {
    const record = articleRecord(site, props.summary, await articleCredits(props.article));
    paths.push(...ARTICLE_FILE_TYPES.map((type) => ({ params: { ...params, type }, props: { record } })));
  }
  return paths;
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Props, Params> = ({ params, props }) =>
  new Response(referenceFile([props.record], params.type));
