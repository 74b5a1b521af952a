import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CslRecord } from './bibliography.ts';
import { formatReference, formatSources } from './format.ts';

// The project's own, checked bibliography: formatting is tested on the records readers see.
const records: CslRecord[] = JSON.parse(
  readFileSync(new URL('../../content/sources.json', import.meta.url), 'utf8'),
);
const record = (id: string) => records.find((r) => r.id === id)!;
const formatted = formatSources(records);
const source = (id: string) => formatted.find((s) => s.id === id)!;

test('a journal article is an APA 7 reference with its DOI as a link', () => {
  assert.equal(
    source('russo2017').reference,
    'Russo, M. A., Santarelli, D. M., &#38; O’Rourke, D. (2017). <span lang="en">The physiological effects of slow breathing in the healthy human</span>. <i><span lang="en">Breathe</span></i>, <i>13</i>(4), 298-309. <a href="https://doi.org/10.1183/20734735.009817">https://doi.org/10.1183/20734735.009817</a>',
  );
});

test('a reference on its own is the same as within a list', () => {
  assert.equal(formatReference(record('russo2017')), source('russo2017').reference);
});

test('Dutch terms come from the Dutch CSL locale', () => {
  // "(Red.)" is Dutch for "(Eds.)".
  assert.match(
    source('schleip2012').reference,
    /Huijing, P\. A\. \(Red\.\)\. \(2012\)\. <i><span lang="en">Fascia:/,
  );
});

test('a book title is italic and marked English; a title in another language says so', () => {
  assert.match(source('vanderkolk2014').reference, /<i><span lang="en">The Body Keeps the Score/);
  const [dutch] = formatSources([{ ...record('russo2017'), language: 'nl' }]);
  assert.doesNotMatch(dutch.reference, /lang=/);
  const [german] = formatSources([{ ...record('russo2017'), language: 'de' }]);
  assert.match(german.reference, /<span lang="de">The physiological/);
});

test('the short label is the APA in-text citation without brackets', () => {
  assert.equal(source('russo2017').label, 'Russo et al., 2017');
  assert.equal(source('sajko2009').label, 'Sajko & Stuber, 2009');
  assert.equal(source('vanderkolk2014').label, 'van der Kolk, 2014/2015');
});

test('sources come in APA order, by first author', () => {
  const ids = formatted.map(({ id }) => id);
  assert.ok(ids.indexOf('bae2021') < ids.indexOf('zhao2021'));
  assert.equal(ids.length, records.length);
});

test('PubMed and identifying links come from the PMID and DOI', () => {
  assert.equal(source('russo2017').pubmed, 'https://pubmed.ncbi.nlm.nih.gov/29209423/');
  assert.equal(source('russo2017').url, 'https://doi.org/10.1183/20734735.009817');
  assert.equal(source('sajko2009').pubmed, undefined);
  assert.equal(source('sajko2009').url, undefined);
});
