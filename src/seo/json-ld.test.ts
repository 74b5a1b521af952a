import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../site.ts';
import { articleJsonLd, serializeJsonLd } from './json-ld.ts';

test('an article is a MedicalWebPage with dates, review date and publisher', () => {
  const data = articleJsonLd(site, {
    title: 'Fascia',
    description: 'Over bindweefsel.',
    url: 'https://ademruimte.nl/artikelen/fascia/',
    published: new Date('2025-08-12'),
    reviewed: new Date('2025-09-01'),
    category: 'Lichaam en spanning',
    tags: ['fascia', 'pijn'],
  });
  assert.deepEqual(data['@type'], ['MedicalWebPage', 'Article']);
  assert.equal(data.datePublished, '2025-08-12T00:00:00.000Z');
  assert.equal(data.dateModified, data.datePublished);
  assert.equal(data.lastReviewed, '2025-09-01');
  assert.equal(data.publisher.name, 'Ademruimte');
});

test('serialized JSON-LD cannot close its script element', () => {
  assert.equal(serializeJsonLd({ t: '</script>' }), '{"t":"\\u003c/script>"}');
});

test('an article lists its sources in citation', () => {
  const facts = {
    title: 'Fascia',
    description: 'Over bindweefsel.',
    url: 'https://ademruimte.nl/artikelen/fascia/',
    published: new Date('2025-08-12'),
    category: 'Lichaam en spanning',
    tags: [],
  };
  const data = articleJsonLd(site, {
    ...facts,
    citations: [
      { book: false, title: 'Slow breathing', year: 2017, url: 'https://doi.org/10.1183/20734735.009817' },
      { book: true, title: 'Fascia' },
    ],
  });
  assert.deepEqual(data.citation, [
    {
      '@type': 'ScholarlyArticle',
      name: 'Slow breathing',
      datePublished: '2017',
      url: 'https://doi.org/10.1183/20734735.009817',
    },
    { '@type': 'Book', name: 'Fascia' },
  ]);
  assert.equal(articleJsonLd(site, facts).citation, undefined);
});
