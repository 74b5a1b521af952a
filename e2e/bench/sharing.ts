/**
 * Sharing's numbers: build time per link-preview image, PNG sizes, and what the share bar costs an
 * article page (HTML + inline CSS, and its script), all gzipped. Builds the site first.
 * Run: `node e2e/bench/sharing.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const build = spawnSync('npx', ['astro', 'build'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
});
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);

console.log('Link-preview images (build time as Astro reports it; the first one loads the fonts):');
for (const [, path, ms] of build.stdout.matchAll(/(\/og\/\S+\.png) \(\+(\d+)ms\)/g)) {
  const size = statSync(new URL(`dist${path}`, root)).size;
  console.log(`  ${path.padEnd(40)} ${ms.padStart(4)} ms  ${kb(size)}`);
}

console.log('\nArticle pages (gzip -9; budget HTML + CSS ≤ 14 KB):');
for (const slug of readdirSync(new URL('dist/artikelen/', root))) {
  const html = readFileSync(new URL(`dist/artikelen/${slug}/index.html`, root), 'utf8');
  const shareScript = [...html.matchAll(/<script type="module">([^<]*)<\/script>/g)]
    .map(([, code]) => code)
    .find((code) => code.includes('data-copy-link'));
  const shareBar = html.match(/<section class="share[\s\S]*?<\/section>/)?.[0] ?? '';
  console.log(
    `  ${slug.padEnd(22)} HTML + CSS ${kb(gzip(html))}  share bar markup ${kb(gzip(shareBar))}  share script ${
      shareScript ? `${shareScript.length} B, ${gzip(shareScript)} B gzip` : 'missing'
    }`,
  );
}
