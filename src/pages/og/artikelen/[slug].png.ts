import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths, type ArticleProps } from '../../../articles/collection.ts';
import { previewImageResponse } from '../../../sharing/preview-image-response.ts';
import { UndrawableTextError } from '../../../sharing/render-preview-image.ts';

/** One link-preview image per article, at `articlePreviewImage(article).src`. */
export const getStaticPaths = articlePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article, summary } = props as ArticleProps;
  const { title, category } = summary;
  try {
    return await previewImageResponse(title, category.data.name);
  } catch (error) {
    if (!(error instanceof UndrawableTextError)) throw error;
    // Name the file and field, as the content schema does for its own checks.
    const field = [...error.text].some((c) => title.includes(c))
      ? 'title'
      : `category "${category.id}" (content/categories.json)`;
    throw new Error(`${article.filePath}: ${field}: ${error.message}`);
  }
};
