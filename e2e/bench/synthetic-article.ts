/**
 * Synthetic articles for the benchmarks: as long and as structured as a real one (about 1,400
 * words, h2 and h3 sections, a list, a citation per paragraph, links to two other articles, a
 * breathing exercise), meeting the editorial bar's counts (not its prose), deterministic
 * for a given number. Each part is a small template function: when articles gain a feature, add
 * it here so the benchmark keeps building what real articles hold.
 */
import { PATTERN_IDS } from '../../src/breathing/patterns.ts';

/** What the content copy offers an article to refer to: ids from its JSON files. */
export interface ContentIds {
  categories: readonly string[];
  sources: readonly string[];
  /** The articles already there, to link to. */
  articles: readonly string[];
}

const WORDS = (
  'adem lichaam rust spanning spier buik borst neus longen hart zenuwstelsel stress herstel ' +
  'gevoel aandacht ritme langzaam zacht rustig diep oefening onderzoek studie bewijs deelnemers ' +
  'dag avond slaap houding rug heup schouders kaak middenrif lucht tempo minuten tellen voelen ' +
  'merken helpen werken kunnen weten laten zien blijven worden maken nemen geven vinden ' +
  'de het een en of maar want dus ook nog wel niet vaak soms meestal echt goed beter'
).split(' ');
const TAGS = ['adem', 'stress', 'slaap', 'houding', 'rug', 'spanning', 'herstel', 'focus', 'angst'];
const TAGS_PER_ARTICLE = 3;

/** A small seeded generator (mulberry32), so article n always reads the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
const words = (rnd: Random, count: number) => Array.from({ length: count }, () => pick(rnd, WORDS)).join(' ');
const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function sentence(rnd: Random): string {
  return `${capitalize(words(rnd, 8 + Math.floor(rnd() * 9)))}.`;
}

// Like a real article, each paragraph backs a claim: the sources are taken in turn from a random
// start, so an article cites as many different ones as the editorial bar asks.
function paragraph(rnd: Random, ids: ContentIds, cite: () => string): string {
  const text = Array.from({ length: 5 }, () => sentence(rnd)).join(' ');
  return text.replace(/\.$/, ` <Cite id="${cite()}" />.`);
}

function list(rnd: Random): string {
  return Array.from({ length: 4 }, () => `- ${words(rnd, 6)};`).join('\n');
}

function section(rnd: Random, n: number, index: number, ids: ContentIds, cite: () => string): string {
  const parts = [
    `## Deel ${index + 1}: ${capitalize(words(rnd, 4))}`,
    paragraph(rnd, ids, cite),
    paragraph(rnd, ids, cite),
  ];
  if (index % 2 === 0)
    for (const sub of [1, 2])
      parts.push(`### Stap ${index + 1}.${sub} van artikel ${n}`, paragraph(rnd, ids, cite));
  if (index === 1) parts.push(list(rnd));
  if (index === 3) parts.push('<Exercise />');
  return parts.join('\n\n');
}

function frontmatter(rnd: Random, n: number, ids: ContentIds): string {
  const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const tags = Array.from({ length: TAGS_PER_ARTICLE }, () => pick(rnd, TAGS));
  return [
    '---',
    `title: 'Synthetisch artikel ${n}: ${capitalize(words(rnd, 4))}'`,
    `description: '${capitalize(words(rnd, 10))}.'`,
    `published: ${day}`,
    `reviewed: ${day}`,
    `category: ${ids.categories[n % ids.categories.length]}`,
    `tags: [${tags.join(', ')}]`,
    'exercise:',
    `  pattern: ${pick(rnd, PATTERN_IDS)}`,
    '  minutes: 3',
    '---',
  ].join('\n');
}

/** The MDX source of synthetic article `n`, citing and filed under what `ids` offers. */
export function syntheticArticle(n: number, ids: ContentIds): string {
  const rnd = random(n + 1);
  let next = Math.floor(rnd() * ids.sources.length);
  const cite = () => ids.sources[next++ % ids.sources.length]!;
  const links = [0, 1].map(
    (i) => `[${words(rnd, 2)}](/artikelen/${ids.articles[(n + i) % ids.articles.length]}/)`,
  );
  const intro = `${paragraph(rnd, ids, cite)} Lees ook ${links.join(' en ')}.`;
  const sections = Array.from({ length: 6 }, (_, index) => section(rnd, n, index, ids, cite));
  return [frontmatter(rnd, n, ids), intro, ...sections, ''].join('\n\n');
}
