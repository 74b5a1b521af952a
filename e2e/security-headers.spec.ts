import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles } from './tools/built-site.ts';
import { headersFor, parseHeadersFile, parsePolicy, policyMismatches } from './tools/headers.ts';

const headers = headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/');
const headerPolicy = parsePolicy(headers['content-security-policy'] ?? '');

test('pages are served with the security headers', () => {
  const hsts = headers['strict-transport-security'] ?? '';
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), 'HSTS for at least a year').toBeGreaterThanOrEqual(
    31_536_000,
  );
  expect(hsts).toContain('includeSubDomains');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toMatch(
    /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
  );
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headerPolicy.get('object-src')).toEqual(["'none'"]);
});

test('the header CSP says what every built page says in its own CSP meta', () => {
  const problems = htmlFiles().flatMap((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    if (!meta) return [`${file}: has no CSP meta`];
    const metaPolicy = parsePolicy(meta);
    const scripts = metaPolicy.get('script-src') ?? [];
    return [
      ...(metaPolicy.get('default-src')?.join(' ') === "'self'"
        ? []
        : [`${file}: default-src is not 'self'`]),
      ...(scripts.includes("'unsafe-inline'") ? [`${file}: script-src allows 'unsafe-inline'`] : []),
      ...policyMismatches(headerPolicy, metaPolicy).map((problem) => `${file}: ${problem}`),
    ];
  });
  expect(problems).toEqual([]);
});
