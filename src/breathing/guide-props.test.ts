import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGuideProps, writeGuideProps, type GuideProps } from './guide-props.ts';

test('the props the server writes are the props the browser reads', () => {
  const props: GuideProps[] = [
    { pattern: 'box-ademhaling', minutes: 2, articleUrl: '/artikelen/de-psoas/' },
    { pattern: 'rustig-ademen', minutes: 10 },
  ];
  for (const written of props) assert.deepEqual(readGuideProps(writeGuideProps(written)), written);
});
