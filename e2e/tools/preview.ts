import { tmpdir } from 'node:os';
import { join } from 'node:path';

// E2E_PORT lets several checkouts run their tests and benchmarks side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Serves the production build in dist/, from the project root. */
export const PREVIEW_COMMAND = `npx astro preview --host 127.0.0.1 --port ${PORT}`;

/**
 * The fixture site: a few small articles written for the behaviour tests (e2e/fixtures/site), so
 * those tests never depend on what a writer changes in the real articles. Built once per run.
 */
export const FIXTURE_PORT = PORT + 1;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
const root = new URL('../..', import.meta.url).pathname;
/** Where the fixture site is built: a temporary folder of its own (one per port). */
export const FIXTURE_DIR = join(tmpdir(), `ademruimte-fixture-site-${FIXTURE_PORT}`);
export const FIXTURE_ENV = {
  ADEMRUIMTE_CONTENT_DIR: join(root, 'e2e/fixtures/site'),
  ADEMRUIMTE_OUT_DIR: join(FIXTURE_DIR, 'dist'),
  ADEMRUIMTE_CACHE_DIR: join(FIXTURE_DIR, 'cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
};
export const FIXTURE_COMMAND = 'node e2e/tools/fixture-site.ts';
