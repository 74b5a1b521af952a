import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { contentDir } from '../../src/site.ts';
import { DIST, htmlFiles } from '../tools/built-site.ts';

// What every article shows a reader who wants to trust it, read from the built pages: who wrote
// and checked it, help, its changes and a way to report a mistake, the kind of every source, and
// what to know before the exercise starts.
const slugs = readdirSync(join(contentDir, 'articles'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));
const page = (slug: string) => parse(readFileSync(join(DIST, 'artikelen', slug, 'index.html'), 'utf8'));

for (const slug of slugs) {
  test(`${slug} says who wrote and checked it, gives help and its changes, and tells the kind of every source`, () => {
    const html = page(slug);
    const credits = html.querySelector('article > header .credits')?.textContent ?? '';
    assert.match(credits, /Geschreven door/);
    assert.match(credits, /Nagekeken door .+ op |Nog niet medisch nagekeken/);
    assert.match(credits, /Volgende controle vóór \d{1,2} [a-z]+ \d{4}/);
    const help = html.querySelectorAll('aside.help');
    assert.equal(help.length, 1, 'one help block');
    assert.ok(help[0]!.querySelector('a[href="tel:112"]'), 'the help block gives 112');
    assert.ok(help[0]!.querySelector('a[href="tel:113"]'), 'the help block gives 113');
    const report = html.querySelector('section.changes a[href^="mailto:"]');
    assert.match(
      report?.getAttribute('href') ?? '',
      /^mailto:[^?]+\?subject=.+/,
      'a report link with a subject',
    );
    const entries = html.querySelectorAll('.sources li');
    const kinds = html.querySelectorAll('.sources li .source__kind').map((kind) => kind.textContent.trim());
    assert.equal(kinds.length, entries.length, 'every source says its kind');
    assert.ok(kinds.every(Boolean), 'no empty kind');
    assert.match(html.querySelector('.sources__basis')?.textContent ?? '', /^Dit artikel steunt op \d+ /);
    // What to know comes before the button that starts the exercise.
    const exercise = html.querySelector('#oefening')!.toString();
    assert.ok(
      exercise.indexOf('safety-note') < exercise.indexOf('<button'),
      'the safety note precedes Start',
    );
  });
}

test('no page promises that an exercise is safe', () => {
  const promise =
    /(zacht|langzaam|altijd|volkomen|helemaal)(,)? (en )?veilig|veilig voor iedereen|oefen je veilig/i;
  for (const file of htmlFiles()) {
    const text = parse(readFileSync(join(DIST, file), 'utf8')).textContent;
    assert.equal(text.match(promise)?.[0], undefined, file);
  }
});
