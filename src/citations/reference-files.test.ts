import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { site } from '../site.ts';
import { articleRecord } from './article-record.ts';
import type { CslRecord } from './bibliography.ts';
import { referenceFile } from './reference-files.ts';

// The project's own, checked bibliography: every kind of record readers can download.
const records: CslRecord[] = JSON.parse(
  readFileSync(new URL('../../content/sources.json', import.meta.url), 'utf8'),
);
const identity = ({ title, DOI }: { title?: unknown; DOI?: unknown }) => ({ title, DOI });

for (const type of ['bib', 'ris', 'json'] as const)
  test(`a ${type} file reads back, with citation-js, as the same sources in the same order`, () => {
    const read = new Cite(referenceFile(records, type)).data;
    assert.deepEqual(read.map(identity), records.map(identity));
  });

test('CSL-JSON holds the records as they are, the kind of study included', () => {
  assert.deepEqual(JSON.parse(referenceFile(records, 'json')), records);
});

test('BibTeX keys are the sources’ own ids', () => {
  const keys = [...referenceFile(records, 'bib').matchAll(/^@\w+\{([^,]+),/gm)].map(([, key]) => key);
  assert.deepEqual(
    keys,
    records.map(({ id }) => id),
  );
});

test('RIS keeps every value on one line, and a translation keeps its own title', () => {
  const ris = referenceFile(records, 'ris');
  assert.ok(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line)));
  const translated = records.find((record) => record['original-title'])!;
  assert.match(ris, new RegExp(`^TI  - ${translated.title}\r$`, 'm'));
});

test('an article of the site reads back with its title, address and its author’s whole name', () => {
  const article = articleRecord(
    site,
    {
      id: 'fascia',
      title: 'Fascia: wat bindweefsel doet',
      url: '/artikelen/fascia/',
      published: new Date('2026-11-02'),
    },
    { authors: [{ data: { name: 'Redactie Ademruimte' } }] },
  );
  for (const type of ['bib', 'ris'] as const) {
    const [read] = new Cite(referenceFile([article], type)).data;
    assert.equal(read.title, article.title, type);
    assert.equal(read.URL, 'https://ademruimte.nl/artikelen/fascia/', type);
    // BibTeX has no literal names: a name in braces, read back as a family name, is kept whole too.
    const names = read.author!.map(
      (name: { literal?: string; family?: string }) => name.literal ?? name.family,
    );
    assert.deepEqual(names, ['Redactie Ademruimte'], type);
  }
});
