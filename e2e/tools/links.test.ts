import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fragmentTargets, pageReferences, referenceProblem, type BuiltSite } from './links.ts';

const site: BuiltSite = {
  origin: 'https://ademruimte.nl',
  lookup: (path) =>
    ({
      '/': new Set(['inhoud']),
      '/over/': new Set(['contact']),
      '/favicon.svg': new Set(['mark']),
      '/rss.xml': new Set<string>(),
    })[path] ?? null,
};

test('finds links, resources, srcset candidates and absolute URLs in meta tags', () => {
  const html = `<link rel="canonical" href="https://ademruimte.nl/over/">
    <meta property="og:image" content="https://ademruimte.nl/og.png"><meta name="description" content="Tekst">
    <a href="/over/#contact">Over</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">
    <svg><use href="/favicon.svg#mark"></use></svg><form action="/zoeken/"></form>`;
  assert.deepEqual(pageReferences(html).sort(), [
    '/a.png',
    '/a.png',
    '/b.png',
    '/favicon.svg#mark',
    '/over/#contact',
    '/zoeken/',
    'https://ademruimte.nl/og.png',
    'https://ademruimte.nl/over/',
  ]);
});

test('collects element ids and <a name> targets', () => {
  assert.deepEqual([...fragmentTargets('<h2 id="doel">Doel</h2><a name="oud">x</a>')], ['doel', 'oud']);
});

test('accepts links that lead somewhere', () => {
  for (const url of [
    '/over/',
    '/over/#contact',
    '#inhoud',
    'https://ademruimte.nl/over/',
    '/favicon.svg#mark',
    '/rss.xml',
    'https://pubmed.ncbi.nlm.nih.gov/12345/',
    'mailto:redactie@ademruimte.nl',
    'mailto:?subject=Ademruimte&body=https%3A%2F%2Fademruimte.nl%2F',
  ])
    assert.equal(referenceProblem(url, '/', site), null, url);
});

test('relative links resolve against the page they are on', () => {
  assert.equal(referenceProblem('#contact', '/over/', site), null);
  assert.match(referenceProblem('#contact', '/', site)!, /\/ has no element with id "contact"/);
});

test('names what is wrong with a broken link', () => {
  assert.match(referenceProblem('/onbekend/', '/', site)!, /nothing is built at \/onbekend\//);
  assert.match(referenceProblem('/over', '/', site)!, /pages end with a slash: \/over\//);
  assert.match(referenceProblem('/over/#doel', '/', site)!, /no element with id "doel"/);
  assert.match(referenceProblem('http://example.org/', '/', site)!, /must be an https: URL/);
  assert.match(referenceProblem('https://localhost/', '/', site)!, /no real host name/);
  assert.match(referenceProblem('javascript:void(0)', '/', site)!, /must be an https: URL/);
  assert.match(referenceProblem('#', '/', site)!, /leads nowhere/);
  assert.match(referenceProblem('mailto:', '/', site)!, /no e-mail address and no message/);
  assert.match(referenceProblem('mailto:?', '/', site)!, /no e-mail address and no message/);
});
