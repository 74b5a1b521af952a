import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFor, parseHeadersFile, parsePolicy, policyMismatches } from './headers.ts';

const file = `# Every response
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: img-src 'self'; frame-ancestors 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

test('reads the rules of a _headers file', () => {
  assert.deepEqual(parseHeadersFile(file), [
    {
      pattern: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Security-Policy', "img-src 'self'; frame-ancestors 'none'"],
      ],
    },
    { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ]);
});

test('a header line outside a rule is a mistake it names', () => {
  assert.throws(
    () => parseHeadersFile('  X-Frame-Options: DENY'),
    /"X-Frame-Options: DENY" is not under a path/,
  );
});

test('serves every matching rule for a path', () => {
  const rules = parseHeadersFile(file);
  assert.deepEqual(Object.keys(headersFor(rules, '/over/')), [
    'x-content-type-options',
    'content-security-policy',
  ]);
  assert.equal(headersFor(rules, '/_astro/a.js')['cache-control'], 'public, max-age=31536000, immutable');
});

test('parses a policy into directives with their sources', () => {
  assert.deepEqual(
    parsePolicy("default-src 'self'; img-src data: 'self';"),
    new Map([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]),
  );
});

test('header and meta agree when they share every hash-independent directive', () => {
  const header = parsePolicy("img-src 'self'; object-src 'none'; frame-ancestors 'none'");
  const meta = parsePolicy(
    "default-src 'self'; object-src 'none'; img-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self'",
  );
  assert.deepEqual(policyMismatches(header, meta), []);
});

test('names each way the header would loosen or contradict the meta', () => {
  const header = parsePolicy("img-src 'self' https:; script-src 'self'; font-src 'self'");
  const meta = parsePolicy("img-src 'self'; object-src 'none'; frame-ancestors 'none'");
  assert.deepEqual(policyMismatches(header, meta), [
    `img-src differs: _headers has "'self' https:", the page's meta "'self'"`,
    "script-src belongs in the page's meta only (it depends on per-page hashes)",
    'font-src is in _headers but missing from cspDirectives in src/site.ts',
    `object-src is in the page's meta but missing from _headers: add "object-src 'none'"`,
    'frame-ancestors is ignored in a <meta> policy: set it in _headers only',
  ]);
});
