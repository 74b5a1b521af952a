import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site } from '../site.ts';
import { articleJsonLd, serializeJsonLd } from './json-ld.ts';

const team = {
  id: 'redactie',
  data: { kind: 'team' as const, name: 'Redactie Ademruimte', role: 'Redactie' },
};
const minimal = {
  title: 'Fascia',
  description: 'Over bindweefsel.',
  url: 'https://ademruimte.nl/artikelen/fascia/',
  published: new Date('2025-08-12'),
  category: 'Lichaam en spanning',
  tags: [],
  authors: [team],
};

test('an article is a MedicalWebPage with dates, review date and publisher', () => {
  const data = articleJsonLd(site, {
    title: 'Fascia',
    description: 'Over bindweefsel.',
    url: 'https://ademruimte.nl/artikelen/fascia/',
    published: new Date('2025-08-12'),
    reviewed: new Date('2025-09-01'),
    category: 'Lichaam en spanning',
    tags: ['fascia', 'pijn'],
    authors: [team],
  });
  assert.deepEqual(data['@type'], ['MedicalWebPage', 'Article']);
  assert.equal(data.datePublished, '2025-08-12T00:00:00.000Z');
  assert.equal(data.dateModified, data.datePublished);
  assert.equal(data.lastReviewed, '2025-09-01');
  assert.equal(data.publisher.name, 'Ademruimte');
});

test('the authors and the reviewer are named, a team as an organisation and a person as a person', () => {
  const reviewer = {
    id: 'a-jansen',
    data: { kind: 'person' as const, name: 'A. Jansen', role: 'Medisch nakijker', credentials: 'huisarts' },
  };
  const data = articleJsonLd(site, { ...minimal, authors: [team], reviewer });
  assert.deepEqual(data.author, [
    {
      '@type': 'Organization',
      name: 'Redactie Ademruimte',
      url: 'https://ademruimte.nl/over/#persoon-redactie',
    },
  ]);
  assert.deepEqual(data.reviewedBy, {
    '@type': 'Person',
    name: 'A. Jansen',
    url: 'https://ademruimte.nl/over/#persoon-a-jansen',
    jobTitle: 'huisarts',
  });
  assert.equal('reviewedBy' in articleJsonLd(site, minimal), false);
});

test('serialized JSON-LD cannot close its script element', () => {
  assert.equal(serializeJsonLd({ t: '</script>' }), '{"t":"\\u003c/script>"}');
});
