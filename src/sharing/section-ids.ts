import type { satteri } from '@astrojs/markdown-satteri';
import { tagSlug } from '../articles/tags.ts';

type HastPlugins = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>;

/**
 * Gives the headings of one document readable ASCII ids ("Neuriën en je neus" → "neurien-en-je-neus"),
 * so a shared section link stays readable instead of turning into percent escapes. A repeated heading
 * gets "-1", "-2"… in order, so ids only change when the heading text does.
 */
export function sectionSlugger(): (heading: string) => string {
  const taken = new Set<string>();
  return (heading) => {
    const base = tagSlug(heading) || 'sectie';
    let slug = base;
    for (let n = 1; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}

/**
 * Sätteri plugin: sets the ids before Astro's own heading-ids step, which keeps an id it finds and
 * lists it in `headings` (the table of contents), so both agree. Ids a writer set stay as they are.
 */
export const sectionIds: HastPlugins = [
  () => {
    const slug = sectionSlugger();
    return {
      name: 'section-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (typeof node.properties?.id !== 'string')
            ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
        },
      },
    };
  },
];
