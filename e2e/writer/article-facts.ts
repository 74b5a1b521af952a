import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type Data } from 'satteri';
import { articlePipeline, type ArticleFacts } from '../../src/articles/pipeline.ts';

/** What the site's Markdown pipeline learns about an article, compiled here without a build. */
export async function articleFacts(file: string, contentDir: string): Promise<ArticleFacts> {
  const facts: ArticleFacts = {};
  await mdxToJs(readFileSync(file, 'utf8'), {
    ...articlePipeline(contentDir),
    fileURL: pathToFileURL(file),
    data: { astro: { frontmatter: facts, headings: [] } } as unknown as Data,
  });
  return facts;
}
