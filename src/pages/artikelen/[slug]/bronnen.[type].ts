import type { APIRoute, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { articleFacts, articlePaths } from '../../../articles/collection.ts';
import { citedRecords } from '../../../citations/collection.ts';
import { REFERENCE_FILE_TYPES, referenceFile } from '../../../citations/reference-files.ts';

/**
 * The sources each article cites, as files for reference managers, at `articleSourcesFileUrl`:
 * each article's records found once, for all its files.
 */
export async function getStaticPaths() {
  const paths = [];
  for (const { params, props } of await articlePaths()) {
    const records = await citedRecords(await articleFacts(props.article));
    if (records.length)
      paths.push(
        ...REFERENCE_FILE_TYPES.map((type) => ({ params: { ...params, type }, props: { records } })),
      );
  }
  return paths;
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Props, Params> = ({ params, props }) =>
  new Response(referenceFile(props.records, params.type));
