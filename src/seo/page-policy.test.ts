import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { pagePolicy, withPolicy } from './page-policy.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = [
  '<!doctype html><html><head><meta charset="utf-8"><script>a()</script><style>p{}</style>',
  '<script type="module" src="/_astro/x.js"></script></head><body><script>a()</script>',
  '<script type="application/ld+json">{"@type":"Article"}</script></body></html>',
].join('');

test("a page's policy allows exactly its own inline scripts and styles, each once", () => {
  assert.equal(
    pagePolicy(page, ["default-src 'self'"]),
    `default-src 'self'; script-src 'self' ${sha('a()')}; style-src 'self' ${sha('p{}')}`,
  );
});

test('a page may allow more script sources, such as WebAssembly', () => {
  assert.match(
    pagePolicy(page, [], ["'wasm-unsafe-eval'"]),
    /^script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
  );
});

test('the policy comes right after the charset, before any script', () => {
  const html = withPolicy(page, "default-src 'self'");
  assert.ok(
    html.startsWith(
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><script>`,
    ),
  );
  assert.throws(() => withPolicy('<html></html>', ''), /has no <meta charset="utf-8">/);
});
