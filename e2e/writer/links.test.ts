import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, htmlFiles, siteOrigin, urlPathOf } from '../tools/built-site.ts';
import { fragmentTargets, pageReferences, referenceProblem, type BuiltSite } from '../tools/links.ts';

// Reads the built files only: no server and no network, so external links are checked for form.
const targets = new Map<string, Set<string> | null>();
const site: BuiltSite = {
  origin: siteOrigin,
  lookup(path) {
    if (!targets.has(path)) {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      const served = existsSync(file) && statSync(file).isFile();
      const canHoldIds = /\.(html|svg)$/.test(file);
      targets.set(
        path,
        served ? (canHoldIds ? fragmentTargets(readFileSync(file, 'utf8')) : new Set()) : null,
      );
    }
    return targets.get(path)!;
  },
};

test('every link, resource and #fragment on every built page leads somewhere', () => {
  const files = htmlFiles();
  assert.ok(files.length > 1, 'the built site has pages: run `npm run build` first');
  const problems = files.flatMap((file) => {
    const path = urlPathOf(file);
    return pageReferences(readFileSync(join(DIST, file), 'utf8'))
      .map((url) => referenceProblem(url, path, site))
      .filter((problem) => problem !== null)
      .map((problem) => `${file}: ${problem}`);
  });
  assert.deepEqual([...new Set(problems)], []);
});
