import type { PatternId } from './patterns.ts';

/** What the server renders the guide with, and the browser hydrates it with: the same, typed. */
export interface GuideProps {
  pattern: PatternId;
  minutes: number;
  /** Set in an article: the share link then opens the article, and the guide reads its query. */
  articleUrl?: string;
}

/** The props as the page carries them (`data-guide`). */
export const writeGuideProps = (props: GuideProps): string => JSON.stringify(props);

/** The props back from the page, as `writeGuideProps` wrote them. */
export const readGuideProps = (text: string): GuideProps => JSON.parse(text) as GuideProps;
