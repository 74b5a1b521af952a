import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles } from './tools/built-site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every built page is valid HTML for the Nu Html Checker', () => {
  test.setTimeout(180_000);
  const files = htmlFiles();
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    cwd: DIST,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `The Nu Html Checker needs Java 11 or newer (apt-get install default-jre-headless): ${run.error.message}`,
    );
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  // Its CSS checker lags behind modern CSS (light-dark(), nesting…); HTML errors all count.
  const errors = messages
    .filter(({ message }) => !message.startsWith('CSS:'))
    .map(({ url, lastLine, message }) => `${url.slice(url.indexOf('dist/') + 5)}:${lastLine}: ${message}`);
  expect(errors).toEqual([]);
  expect(files.length).toBeGreaterThan(1);
});
