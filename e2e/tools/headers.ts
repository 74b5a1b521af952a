/**
 * Reads `_headers` (the format Netlify and Cloudflare Pages serve) and compares its
 * Content-Security-Policy with the one Astro writes into each page's <meta http-equiv>.
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** `/path` lines start a rule; indented `Name: value` lines belong to it; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no colon`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const patternRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+')}$`,
  );

/** The headers served for `path`: every matching rule applies, repeated names are joined by ", ". */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => patternRegExp(pattern).test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = result[key] ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

export type Policy = Map<string, string[]>;

/** "default-src 'self'; img-src 'self' data:" → directive name → sorted sources. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources.sort());
  }
  return policy;
}

// Their sources are per-page hashes, so only each page's meta can carry them. default-src is the
// fallback for scripts and styles: in the header it would block the inline ones the meta allows.
const META_ONLY = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'style-src-attr',
];
// Browsers ignore these in a <meta>, so only the header can carry them.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/**
 * Every way the header policy and a page's meta policy disagree. A browser enforces both, so the
 * other directives must say the same in each: the header then neither loosens nor contradicts
 * the meta, and still protects what has no meta (feeds, images, a page served without it).
 */
export function policyMismatches(header: Policy, meta: Policy): string[] {
  const problems: string[] = [];
  for (const name of new Set([...header.keys(), ...meta.keys()])) {
    const inHeader = header.get(name);
    const inMeta = meta.get(name);
    if (META_ONLY.includes(name)) {
      if (inHeader) problems.push(`${name} belongs in the page's meta only (it depends on per-page hashes)`);
    } else if (HEADER_ONLY.includes(name)) {
      if (inMeta) problems.push(`${name} is ignored in a <meta> policy: set it in _headers only`);
    } else if (!inHeader) {
      problems.push(
        `${name} is in the page's meta but missing from _headers: add "${name} ${inMeta!.join(' ')}"`,
      );
    } else if (!inMeta) {
      problems.push(`${name} is in _headers but missing from cspDirectives in src/site.ts`);
    } else if (inHeader.join(' ') !== inMeta.join(' ')) {
      problems.push(
        `${name} differs: _headers has "${inHeader.join(' ')}", the page's meta "${inMeta.join(' ')}"`,
      );
    }
  }
  return problems;
}
