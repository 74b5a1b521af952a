/**
 * How much JavaScript an article costs once the reader scrolls to its breathing exercise: every
 * script file the page loads (Preact, signals, the exercise) and the inline scripts in its HTML,
 * each gzipped. Reads the built site: run `npm run build` first, then
 * `npx node e2e/bench/exercise-size.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tools/browser.ts';

const BUDGET = 13 * 1024;
const dist = new URL('../../dist/', import.meta.url).pathname;
if (!existsSync(dist)) throw new Error('No dist/ folder: run `npm run build` first.');

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = join(dist, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const gzipped = (text: string | Buffer) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined });
let largestFiles = 0;
let largest = 0;
try {
  for (const slug of readdirSync(join(dist, 'artikelen'))) {
    const page = await browser.newPage();
    const files = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        files.set(new URL(response.url()).pathname, gzipped(await response.body()));
    });
    await page.goto(`${origin}/artikelen/${slug}/`);
    await page.locator('#oefening').scrollIntoViewIfNeeded();
    await page.locator('#oefening [data-hydrated]').waitFor();
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').map((s) => s.text),
    );
    await page.close();
    const fileBytes = [...files.values()].reduce((sum, n) => sum + n, 0);
    const inlineBytes = inline.reduce((sum, text) => sum + gzipped(text), 0);
    largestFiles = Math.max(largestFiles, fileBytes);
    largest = Math.max(largest, fileBytes + inlineBytes);
    console.log(`/artikelen/${slug}/`);
    for (const [path, bytes] of files) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
    console.log(`  ${kb(fileBytes).padStart(9)}  script files`);
    console.log(`  ${kb(inlineBytes).padStart(9)}  inline scripts (${inline.length})`);
    console.log(`  ${kb(fileBytes + inlineBytes).padStart(9)}  all JavaScript, gzip\n`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `Largest article: ${kb(largestFiles)} in script files, ${kb(largest)} (${largest} B) with the inline scripts (budget ${kb(BUDGET)}, ${BUDGET} B).`,
);
