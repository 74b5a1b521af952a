import type { satteri } from '@astrojs/markdown-satteri';
import { tagSlug } from '../articles/tags.ts';
import { ui } from '../i18n/nl.ts';

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

const text = (value: string) => ({ type: 'text' as const, value });

/**
 * The link to a section, beside its heading (never inside it, so the heading's accessible name stays
 * its own text). It copies the section's address too (src/sharing/ShareScript.astro).
 */
function sectionLink(id: string, heading: string) {
  return {
    type: 'element' as const,
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataCopyLink: '' },
    children: [
      {
        type: 'element' as const,
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [text('#')],
      },
      {
        type: 'element' as const,
        tagName: 'span',
        properties: { className: ['visually-hidden'], dataPagefindIgnore: '' },
        children: [text(ui.article.headingAnchor(heading))],
      },
    ],
  };
}

/**
 * Sätteri plugins, at compile time: readable ids on every heading, set before Astro's own
 * heading-ids step (which keeps an id it finds and lists it in `headings`, the table of contents,
 * so both agree; ids a writer set stay as they are); then each `##`/`###` section gets its link.
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
  () => ({
    name: 'section-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        if (typeof id !== 'string' || !id) return;
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['section-heading', `section-heading--${node.tagName}`] },
          children: [node, sectionLink(id, ctx.textContent(node))],
        };
      },
    },
  }),
];
