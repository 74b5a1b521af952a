import { searchText } from '../i18n/nl.ts';
import { excerptParts } from './excerpt.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { excerptLength: number }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<SearchHit> }[] } | null>;
}

interface SearchHit {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string };
}

const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's script sits next to the index the build writes, so it loads at the first search. */
async function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  const api: Pagefind = await import(/* @vite-ignore */ url);
  await api.options({ excerptLength: 24 });
  return api;
}

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** One result, shaped like the article cards on the rest of the site. */
function resultItem(hit: SearchHit): HTMLElement {
  const link = element('a', '', hit.meta.title ?? hit.url) as HTMLAnchorElement;
  link.href = hit.url;
  const excerpt = excerptParts(hit.excerpt).map(({ text, marked }) =>
    marked ? element('mark', '', text) : text,
  );
  return element(
    'li',
    'card',
    element('h2', '', link),
    element('p', 'search-result__excerpt', ...excerpt),
    element('p', 'meta', hit.meta.category ?? ''),
  );
}

function show(hits: SearchHit[], message: string, noResults = false) {
  list.replaceChildren(...hits.map(resultItem));
  empty.hidden = !noResults;
  status.textContent = message;
}

async function search(rawQuery: string) {
  const query = rawQuery.trim();
  // The address keeps the query, so reloading or coming back from a result shows the same list.
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  if (!query) return show([], '');
  try {
    pagefind ??= loadPagefind();
    const found = await (await pagefind).debouncedSearch(query);
    if (!found) return; // The reader typed on; a newer search replaces this one.
    const hits = await Promise.all(found.results.map((result) => result.data()));
    if (input.value.trim() !== query) return; // Typed on while the results loaded.
    if (hits.length === 0) show([], searchText.noResults(query), true);
    else show(hits, searchText.results(hits.length, query));
  } catch {
    pagefind = undefined;
    show([], searchText.failed);
  }
}

// `astro dev` has no index (the page says so), so only the built site searches.
if (!import.meta.env.DEV) {
  input.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    search(input.value);
  });
  input.addEventListener('input', () => search(input.value));
  const query = new URLSearchParams(location.search).get('q');
  if (query?.trim()) {
    input.value = query;
    search(query);
  } else if (query !== null) {
    // An empty header search (the phone's magnifier button) came here to type.
    input.focus();
  }
}
