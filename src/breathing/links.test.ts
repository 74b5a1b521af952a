import { test } from 'node:test';
import assert from 'node:assert/strict';
import { patternUrl } from '../routes.ts';
import { exerciseLink, linkedPattern } from './links.ts';

test('in an article the link opens the article at the exercise, with the pattern chosen', () => {
  assert.equal(
    exerciseLink('box-ademhaling', '/artikelen/fascia/'),
    '/artikelen/fascia/?oefening=box-ademhaling#oefening',
  );
});

test('elsewhere it opens the pattern’s own page', () => {
  assert.equal(exerciseLink('rustig-ademen'), '/oefeningen/rustig-ademen/#oefening');
  assert.equal(patternUrl('rustig-ademen'), '/oefeningen/rustig-ademen/');
});

test('a link’s pattern is used only when it is a known one', () => {
  const known = ['rustig-ademen', 'box-ademhaling'];
  assert.equal(linkedPattern('?oefening=box-ademhaling', known), 'box-ademhaling');
  assert.equal(linkedPattern('?utm=x&oefening=rustig-ademen', known), 'rustig-ademen');
  assert.equal(linkedPattern('?oefening=wim-hof', known), undefined);
  assert.equal(linkedPattern('', known), undefined);
});
