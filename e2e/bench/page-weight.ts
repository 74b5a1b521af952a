import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { readToTheEnd } from '../tools/read-page.ts';

export interface PageWeight {
  /**
   * gzip bytes of the HTML document with its inline CSS, but without the code of its inline scripts:
   * that is JavaScript, counted once, in `js`.
   */
  html: number;
  /** gzip bytes of the CSS inlined in <style>, shown apart because the budget counts it. */
  inlineCss: number;
  /** gzip bytes of stylesheet files. */
  css: number;
  /** gzip bytes of script files plus inline scripts. */
  js: number;
  /** What runs: script file paths, and how many inline scripts. */
  scripts: string[];
  requests: number;
  otherOrigins: string[];
}

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
// Inline scripts that run: JSON-LD is data, and scripts with src= are counted as files.
const INLINE_SCRIPT = /<script(?![^>]*(?:application\/ld\+json|\ssrc=))[^>]*>([\s\S]*?)<\/script>/g;

const gzipBytes = (data: string | Buffer) => (data.length ? gzipSync(data).length : 0);
const contents = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);

/** Loads `url` like a reader (scrolling to the end so lazy islands load) and weighs what came. */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(url).origin;
  const weight: PageWeight = {
    html: 0,
    inlineCss: 0,
    css: 0,
    js: 0,
    scripts: [],
    requests: 0,
    otherOrigins: [],
  };
  const bodies: Promise<void>[] = [];
  page.on('request', (request) => {
    weight.requests++;
    if (new URL(request.url()).origin !== origin) weight.otherOrigins.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 300 && response.status() < 400) return; // a redirect has no body
    const type = response.request().resourceType();
    bodies.push(
      response.body().then((body) => {
        if (type === 'document') {
          const html = body.toString('utf8');
          const scripts = contents(html, INLINE_SCRIPT);
          weight.html += gzipBytes(html.replace(INLINE_SCRIPT, (tag, code: string) => tag.replace(code, '')));
          weight.inlineCss += gzipBytes(contents(html, STYLE).join('\n'));
          weight.js += gzipBytes(scripts.join('\n'));
          weight.scripts.push(`${scripts.length} inline`);
        } else if (type === 'stylesheet') {
          weight.css += gzipBytes(body);
        } else if (type === 'script') {
          weight.js += gzipBytes(body);
          weight.scripts.push(new URL(response.url()).pathname);
        }
      }),
    );
  });
  await page.goto(url);
  await readToTheEnd(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await page.close();
  return weight;
}
