import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBibliography } from './bibliography.ts';

const FILE = 'content/sources.json';
const json = (records: object[]) => JSON.stringify(records, null, 2);
const russo = {
  id: 'russo2017',
  type: 'article-journal',
  title: 'Slow breathing',
  DOI: '10.1183/20734735.009817',
  custom: { design: 'narrative-review' },
};
const zaccaro = {
  id: 'zaccaro2018',
  type: 'article-journal',
  title: 'Breath-control',
  DOI: '10.3389/fnhum.2018.00353',
  custom: { design: 'systematic-review', studies: 15 },
};

test('a valid bibliography parses to its records', () => {
  assert.deepEqual(parseBibliography(json([russo, zaccaro]), FILE), [russo, zaccaro]);
});

test('a duplicate id names the file, the line of the second record and the id', () => {
  assert.throws(
    () => parseBibliography(json([russo, { ...zaccaro, id: 'russo2017' }]), FILE),
    /content\/sources\.json:12: id "russo2017" is used twice/,
  );
});

test('a duplicate DOI names both records, whatever its letter case', () => {
  const text = json([russo, { ...zaccaro, DOI: russo.DOI.toUpperCase() }]);
  assert.throws(
    () => parseBibliography(text, FILE),
    /sources\.json:12: "zaccaro2018" has DOI "10\.1183\/20734735\.009817", which "russo2017" has too/,
  );
});

test('a malformed DOI names the record and shows the form to use', () => {
  assert.throws(
    () => parseBibliography(json([{ ...russo, DOI: 'https://doi.org/10.1183/x' }]), FILE),
    /sources\.json:3: "russo2017" has a malformed DOI "https:\/\/doi\.org\/10\.1183\/x"\. Write only the DOI/,
  );
});

test('a record that does not say what kind of study it is names the record, its line and the kinds', () => {
  const { custom: _, ...bare } = russo;
  assert.throws(
    () => parseBibliography(json([bare]), FILE),
    /sources\.json:3: "russo2017" has no custom\.design, the kind of study\..*one of: guideline, /,
  );
  assert.throws(
    () => parseBibliography(json([zaccaro, { ...russo, custom: { design: 'review' } }]), FILE),
    /sources\.json:\d+: "russo2017" has custom\.design "review", which is not a known kind of study/,
  );
});

test('every problem is listed at once', () => {
  const text = json([russo, russo, { ...zaccaro, DOI: 'doi' }]);
  assert.throws(
    () => parseBibliography(text, FILE),
    (error: Error) => error.message.split('\n').length === 4,
  );
});

test('the file must be a JSON array', () => {
  assert.throws(() => parseBibliography('{', FILE), /sources\.json is not valid JSON/);
  assert.throws(() => parseBibliography('{}', FILE), /must hold a JSON array/);
});
