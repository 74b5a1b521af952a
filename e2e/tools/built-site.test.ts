import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onePerTemplate, templateOf } from './built-site.ts';

test('pages of one collection share a template; other pages are their own', () => {
  assert.equal(templateOf('/artikelen/de-psoas/'), '/artikelen/:slug/');
  assert.equal(templateOf('/tags/nervus-vagus/'), '/tags/:slug/');
  assert.equal(templateOf('/tags/'), '/tags/');
  assert.equal(templateOf('/over/'), '/over/');
});

test('one page per template keeps the first of each, in order', () => {
  const pages = ['/', '/artikelen/a/', '/artikelen/b/', '/tags/', '/tags/x/', '/tags/y/', '/over/'].map(
    (path) => ({ path }),
  );
  assert.deepEqual(
    onePerTemplate(pages).map(({ path }) => path),
    ['/', '/artikelen/a/', '/tags/', '/tags/x/', '/over/'],
  );
});
