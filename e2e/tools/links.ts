import { parse } from 'node-html-parser';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'xlink:href'];

/**
 * Every URL a page points to: links, resources, form targets, srcset candidates, and absolute URLs
 * in meta tags (og:url, og:image…), which crawlers and link previews follow too.
 */
export function pageReferences(html: string): string[] {
  const root = parse(html);
  const urls: string[] = [];
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute.replace(':', '\\:')}]`)) {
      // `data` is only a URL on <object>; elsewhere it is not an attribute we know.
      if (attribute === 'data' && element.tagName !== 'OBJECT') continue;
      urls.push(element.getAttribute(attribute)!.trim());
    }
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  for (const meta of root.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')!.trim();
    if (/^https?:\/\//.test(content)) urls.push(content);
  }
  return urls;
}

/** The fragment targets a document offers: element ids, and the old-style `<a name>`. */
export function fragmentTargets(html: string): Set<string> {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((element) => element.id);
  const names = root.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!);
  return new Set([...ids, ...names]);
}

export interface BuiltSite {
  /** The production origin: absolute URLs on it are internal links too. */
  origin: string;
  /**
   * The fragment targets of whatever is served at `path`, or null when nothing is. Files that
   * cannot hold targets (scripts, images, feeds) give an empty set.
   */
  lookup(path: string): Set<string> | null;
}

/** What a reader would run into following `url` from the page at `pagePath`; null when it works. */
export function referenceProblem(url: string, pagePath: string, site: BuiltSite): string | null {
  if (url === '' || url === '#') return `"${url}" leads nowhere: link to a page or an element id`;
  // A share-by-mail link may leave the address to the reader, but then it carries a message.
  if (url.startsWith('mailto:'))
    return /^mailto:[^?]+@|^mailto:\?./.test(url) ? null : `${url} has no e-mail address and no message`;
  if (url.startsWith('tel:')) return null;
  let target: URL;
  try {
    target = new URL(url, new URL(pagePath, site.origin));
  } catch {
    return `${url} is not a valid URL`;
  }
  if (target.origin !== site.origin) {
    if (target.protocol !== 'https:') return `${url} must be an https: URL`;
    if (!target.hostname.includes('.')) return `${url} has no real host name`;
    return null;
  }
  const path = decodeURIComponent(target.pathname);
  const targets = site.lookup(path);
  if (!targets) {
    const hint = path.endsWith('/') || /\.\w+$/.test(path) ? '' : ` (pages end with a slash: ${path}/)`;
    return `${url}: nothing is built at ${path}${hint}`;
  }
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment && !targets.has(fragment)) return `${url}: ${path} has no element with id "${fragment}"`;
  return null;
}
