import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareLinks } from './share-links.ts';

const page = {
  url: 'https://ademruimte.nl/artikelen/ademwerk-en-trauma/',
  title: 'Ademwerk & trauma: wat je adem wel en niet kan?',
};
const byName = Object.fromEntries(shareLinks(page).map(({ name, href }) => [name, href]));
const params = (href: string) => new URL(href).searchParams;

test('there is a link for WhatsApp, e-mail, LinkedIn, Bluesky, Facebook and X', () => {
  assert.deepEqual(Object.keys(byName), ['WhatsApp', 'E-mail', 'LinkedIn', 'Bluesky', 'Facebook', 'X']);
});

test('every link carries the canonical URL, intact after decoding', () => {
  assert.equal(params(byName.WhatsApp).get('text'), `${page.title} ${page.url}`);
  assert.equal(params(byName.Bluesky).get('text'), `${page.title} ${page.url}`);
  assert.equal(params(byName.LinkedIn).get('url'), page.url);
  assert.equal(params(byName.Facebook).get('u'), page.url);
  assert.equal(params(byName.X).get('url'), page.url);
  assert.equal(params(byName.X).get('text'), page.title);
});

test('"&", "?", ":" and spaces in a title cannot break a link apart', () => {
  for (const href of Object.values(byName)) {
    const query = href.slice(href.indexOf('?') + 1);
    assert.doesNotMatch(query, /[ ?+:/]/, href);
  }
  for (const name of ['WhatsApp', 'E-mail', 'Bluesky', 'X'])
    assert.ok(byName[name].includes('Ademwerk%20%26%20trauma%3A'), name);
});

test('the e-mail has a Dutch subject and a body with title and URL, spaces as %20', () => {
  const mail = byName['E-mail'];
  assert.match(mail, /^mailto:\?subject=/);
  const subject = decodeURIComponent(mail.match(/subject=([^&]*)/)![1]);
  const body = decodeURIComponent(mail.match(/body=([^&]*)/)![1]);
  assert.equal(subject, `Artikel op Ademruimte: ${page.title}`);
  assert.match(body, /^Misschien vind je dit artikel op Ademruimte interessant:/);
  assert.ok(body.endsWith(`${page.title}\r\n${page.url}`));
});

test('no link adds tracking parameters', () => {
  for (const href of Object.values(byName)) assert.doesNotMatch(href, /utm_|fbclid|ref=|source=/i);
});
