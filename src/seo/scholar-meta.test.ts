import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scholarMeta } from './scholar-meta.ts';

const article = {
  title: 'Fascia: wat bindweefsel doet',
  authors: ['Redactie Ademruimte'],
  published: new Date('2026-11-02'),
  lang: 'nl',
  url: 'https://ademruimte.nl/artikelen/fascia/',
  cites: [],
};

test('the article’s title, authors, date, language and address, as Scholar and Zotero read them', () => {
  assert.deepEqual(scholarMeta({ ...article, authors: ['Redactie Ademruimte', 'A. Jansen'] }), [
    ['citation_title', 'Fascia: wat bindweefsel doet'],
    ['citation_author', 'Redactie Ademruimte'],
    ['citation_author', 'A. Jansen'],
    ['citation_publication_date', '2026/11/02'],
    ['citation_language', 'nl'],
    ['citation_public_url', 'https://ademruimte.nl/artikelen/fascia/'],
  ]);
});

test('each source is one reference: its DOI, else its title, first author and year', () => {
  const issued = { 'date-parts': [[2017]] };
  const references = scholarMeta({
    ...article,
    cites: [
      {
        id: 'russo2017',
        type: 'article-journal',
        title: 'Slow breathing',
        issued,
        DOI: '10.1183/20734735.009817',
      },
      {
        id: 'sajko2009',
        type: 'article-journal',
        title: 'Psoas Major',
        issued,
        author: [{ family: 'Sajko', given: 'Sandy' }, { family: 'Stuber' }],
      },
      { id: 'nice2018', type: 'report', title: 'PTSD', issued, author: [{ literal: 'NICE' }] },
      { id: 'nhg', type: 'webpage', title: 'Lage rugpijn', issued },
    ],
  }).filter(([name]) => name === 'citation_reference');
  assert.deepEqual(
    references.map(([, content]) => content),
    [
      'citation_doi=10.1183/20734735.009817',
      'citation_title=Psoas Major; citation_author=Sajko, Sandy; citation_publication_date=2017',
      'citation_title=PTSD; citation_author=NICE; citation_publication_date=2017',
      'citation_title=Lage rugpijn; citation_publication_date=2017',
    ],
  );
});
