// `npm run bench`: what a reader downloads per page type, and how the build scales with the number
// of articles. Prints numbers and budgets; exits non-zero when a budget fails. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tools/browser.ts';
import { buildContentCopy } from '../tools/build-fixture.ts';
import { DIST, sitemapPaths } from '../tools/built-site.ts';
import { BASE_URL, PREVIEW_COMMAND } from '../tools/preview.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { syntheticArticle } from './synthetic-article.ts';

const root = new URL('../..', import.meta.url).pathname;
const KB = 1024;
const BUDGET = { articleHtmlCss: 14 * KB, articleJs: 13 * KB };
const SCALE_SIZES = [100, 1000];
const SCALE_TARGET_MS = 20;
// Per-article cost may grow this much from the small to the large build and still count as linear.
const LINEAR_TOLERANCE = 1.5;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((cell, i) => String(cell).padEnd(widths[i]!)).join('  ');
let failed = false;
const check = (label: string, value: string, ok: boolean) => {
  failed ||= !ok;
  console.log(`  ${label.padEnd(44)} ${value.padEnd(10)} ${verdict(ok)}`);
};

async function startPreview(): Promise<() => void> {
  const server = spawn(PREVIEW_COMMAND, { cwd: root, shell: true, detached: true, stdio: 'ignore' });
  const stop = () => process.kill(-server.pid!);
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${BASE_URL}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return stop;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`The preview server did not answer on ${BASE_URL}`);
}

const builtSize = (path: string) => statSync(join(DIST, path, 'index.html')).size;

async function pageWeights(): Promise<void> {
  console.log('Building the site…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  const paths = sitemapPaths();
  const pageTypes = {
    home: '/',
    // The budget must hold for every article, so weigh the heaviest.
    article: paths
      .filter((path) => path.startsWith('/artikelen/'))
      .sort((a, b) => builtSize(b) - builtSize(a))[0]!,
    category: paths.find((path) => /^\/categorieen\/[^/]+\/$/.test(path))!,
    about: '/over/',
  };
  const stop = await startPreview();
  const browser = await chromium.launch(launchOptions());
  const weights: Record<string, PageWeight> = {};
  try {
    for (const [type, path] of Object.entries(pageTypes))
      weights[type] = await weighPage(browser, BASE_URL + path);
  } finally {
    await browser.close();
    stop();
  }

  const widths = [9, 34, 9, 12, 9, 9, 8, 13];
  console.log('\nPage weight, gzip, as a browser loads each page scrolled to the end');
  console.log(
    row(['page', 'path', 'HTML', '(inline CSS)', 'CSS', 'JS', 'requests', 'other origins'], widths),
  );
  for (const [type, path] of Object.entries(pageTypes)) {
    const w = weights[type]!;
    const cells = [
      type,
      path,
      kb(w.html),
      kb(w.inlineCss),
      kb(w.css),
      kb(w.js),
      w.requests,
      w.otherOrigins.length,
    ];
    console.log(row(cells, widths));
  }
  const article = weights.article!;
  const otherOrigins = Object.values(weights).flatMap((w) => w.otherOrigins);
  console.log('\nBudgets');
  check(
    'article HTML + CSS ≤ 14 KB gzip',
    kb(article.html + article.css),
    article.html + article.css <= BUDGET.articleHtmlCss,
  );
  check('all JavaScript on an article ≤ 13 KB gzip', kb(article.js), article.js <= BUDGET.articleJs);
  check('third-party requests = 0', String(otherOrigins.length), otherOrigins.length === 0);
  console.log(`  JavaScript on the article: ${article.scripts.join(', ')}`);
  for (const url of otherOrigins) console.log(`    ${url}`);
}

function buildWithSyntheticArticles(count: number): { seconds: number; cpuSeconds: number } {
  const result = buildContentCopy((content) => {
    const idsIn = (file: string) =>
      (JSON.parse(readFileSync(join(content, file), 'utf8')) as { id: string }[]).map(({ id }) => id);
    const ids = { categories: idsIn('categories.json'), sources: idsIn('sources.json') };
    for (let n = 0; n < count; n++)
      writeFileSync(join(content, 'articles', `synthetisch-${n}.mdx`), syntheticArticle(n, ids));
  });
  if (result.code !== 0)
    throw new Error(`The build with ${count} synthetic articles failed:\n${result.output.slice(-4000)}`);
  return result;
}

// Judged on CPU time: other work on a shared machine stretches wall-clock time, hardly CPU time.
// On an idle machine the two are close (the build runs mostly on one core).
function scale(): void {
  console.log(
    '\nBuild time at scale (synthetic articles: ~1,400 words, h2/h3, citations, an exercise; cold cache)',
  );
  const base = buildWithSyntheticArticles(0);
  const widths = [10, 8, 7, 16, 26];
  console.log(row(['articles', 'wall s', 'CPU s', 'CPU ms/article', 'CPU ms/article above base'], widths));
  console.log(row(['+0', base.seconds.toFixed(1), base.cpuSeconds.toFixed(1), '', ''], widths));
  const marginal: number[] = [];
  let perArticle = 0;
  for (const count of SCALE_SIZES) {
    const { seconds, cpuSeconds } = buildWithSyntheticArticles(count);
    perArticle = (cpuSeconds * 1000) / count;
    marginal.push(((cpuSeconds - base.cpuSeconds) * 1000) / count);
    const cells = [
      `+${count}`,
      seconds.toFixed(1),
      cpuSeconds.toFixed(1),
      perArticle.toFixed(1),
      marginal.at(-1)!.toFixed(1),
    ];
    console.log(row(cells, widths));
  }
  const growth = marginal.at(-1)! / marginal[0]!;
  const [small, large] = [SCALE_SIZES[0], SCALE_SIZES.at(-1)];
  console.log('\nBudgets');
  check(
    `≤ ${SCALE_TARGET_MS} ms per article at ${large} articles`,
    `${perArticle.toFixed(1)} ms`,
    perArticle <= SCALE_TARGET_MS,
  );
  check(
    `linear: cost per article ×${LINEAR_TOLERANCE} at most, ${small} → ${large}`,
    `×${growth.toFixed(2)}`,
    growth <= LINEAR_TOLERANCE,
  );
}

await pageWeights();
if (!process.argv.includes('--pages-only')) scale();
process.exit(failed ? 1 : 0);
