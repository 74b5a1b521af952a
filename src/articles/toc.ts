export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: Heading[];
}

/** h2 sections with their h3 subsections nested, as a reader scans them. */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(heading);
      else toc.push({ ...heading, children: [] });
    }
  }
  return toc;
}
