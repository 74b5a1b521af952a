import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../site.ts';
import { articleRecord } from './article-record.ts';
import { formatReference } from './format.ts';

const article = {
  id: 'fascia',
  title: 'Fascia: wat bindweefsel doet',
  url: '/artikelen/fascia/',
  published: new Date('2026-11-02'),
};
const team = { authors: [{ data: { name: 'Redactie Ademruimte' } }] };

test('an article is a Dutch webpage of the site, at its canonical address, by its authors', () => {
  assert.deepEqual(articleRecord(site, article, team), {
    id: 'ademruimte-fascia',
    type: 'webpage',
    title: 'Fascia: wat bindweefsel doet',
    author: [{ literal: 'Redactie Ademruimte' }],
    issued: { 'date-parts': [[2026, 11, 2]] },
    'container-title': 'Ademruimte',
    URL: 'https://ademruimte.nl/artikelen/fascia/',
    language: 'nl',
  });
});

test('an updated article is dated by its last update, as APA 7 dates a webpage', () => {
  const record = articleRecord(site, article, { ...team, updated: new Date('2026-12-01') });
  assert.deepEqual(record.issued, { 'date-parts': [[2026, 12, 1]] });
});

test('its APA reference comes from the pipeline that formats the sources', () => {
  assert.equal(
    formatReference(articleRecord(site, article, team)),
    'Redactie Ademruimte. (2026, november 2). <i>Fascia: wat bindweefsel doet</i>. Ademruimte. <a href="https://ademruimte.nl/artikelen/fascia/">https://ademruimte.nl/artikelen/fascia/</a>',
  );
});
