import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const FIXTURES = join(root, 'e2e/fixtures');

/**
 * Builds the site from a copy of `content/` with some files swapped for broken fixtures, the way
 * a writer's mistake would reach the build. Returns the exit code, everything it printed and the
 * built `pages` asked for (paths inside dist/).
 */
export function buildWithContent(
  replace: Record<string, string>,
  pages: string[] = [],
): { code: number | null; output: string; pages: Record<string, string> } {
  const temp = mkdtempSync(join(tmpdir(), 'ademruimte-fixture-'));
  const content = join(temp, 'content');
  try {
    cpSync(join(root, 'content'), content, { recursive: true });
    for (const [target, fixture] of Object.entries(replace))
      cpSync(join(FIXTURES, fixture), join(content, target));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(temp, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ADEMRUIMTE_CONTENT_DIR: content,
        ADEMRUIMTE_CACHE_DIR: join(temp, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    const dist = (page: string) => join(temp, 'dist', page);
    const built = Object.fromEntries(
      pages.filter((page) => existsSync(dist(page))).map((page) => [page, readFileSync(dist(page), 'utf8')]),
    );
    return { code: result.status, output: `${result.stdout}\n${result.stderr}`, pages: built };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
