import type { APIRoute } from 'astro';
import { articleFacts, articlePaths, type ArticleProps } from '../../../articles/collection.ts';
import { citedRecords } from '../../../citations/collection.ts';
import {
  REFERENCE_FILE_TYPES,
  referenceFile,
  type ReferenceFileType,
} from '../../../citations/reference-files.ts';

/** The sources each article cites, as files for reference managers, at `articleSourcesFileUrl`. */
export async function getStaticPaths() {
  const paths = [];
  for (const { params, props } of await articlePaths())
    if ((await articleFacts(props.article)).citations?.length)
      paths.push(...REFERENCE_FILE_TYPES.map((type) => ({ params: { ...params, type }, props })));
  return paths;
}

export const GET: APIRoute = async ({ params, props }) => {
  const { article } = props as ArticleProps;
  const records = await citedRecords(await articleFacts(article));
  return new Response(referenceFile(records, params.type as ReferenceFileType));
};
