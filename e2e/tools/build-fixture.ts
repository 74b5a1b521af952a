import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const FIXTURES = join(root, 'e2e/fixtures');

export interface BuildResult {
  code: number | null;
  output: string;
  /** The built files named in `read` (paths inside dist/) that exist, with their text. */
  built: Record<string, string>;
  /** Wall-clock time of `astro build` alone. */
  seconds: number;
  /** CPU time (user + system) of `astro build` and the processes it started. */
  cpuSeconds: number;
}

/**
 * A copy of the project's code (its packages linked, not copied) that keeps Astro's own state
 * (`.astro/`: the content store, the list of article modules) apart, so builds of different
 * content can run side by side without reading each other's articles.
 */
export function projectCopy(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'])
    cpSync(join(root, entry), join(folder, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}

/** A temporary copy of `content/` with its own output and cache folders. */
export interface ContentCopy {
  /** The copy's content folder. */
  content: string;
  /**
   * Builds the site from the copy, as often as wanted, sharing one cache; each build returns its
   * exit code, everything it printed, the built files named in `read`, and how long it took.
   */
  build: (read?: string[]) => BuildResult;
  /** Removes the copy, its output and its cache. */
  remove: () => void;
}

/**
 * Copies a content folder (`content/` unless `from` says another) to a temporary folder, where
 * `edit` (given the copy's path) may change it.
 */
export function contentCopy(edit: (contentDir: string) => void, from = join(root, 'content')): ContentCopy {
  const temp = mkdtempSync(join(tmpdir(), 'ademruimte-fixture-'));
  const content = join(temp, 'content');
  const dist = (file: string) => join(temp, 'dist', file);
  const remove = () => rmSync(temp, { recursive: true, force: true });
  let project: string | undefined;
  const build = (read: string[] = []): BuildResult => {
    const start = performance.now();
    // bash's `times` adds the CPU time the build used: other work on a shared machine stretches
    // the wall-clock time, hardly the CPU time. Astro's CLI runs on this Node directly: npx would
    // add a quarter of a second to every timed build.
    const script = '"$1" node_modules/astro/bin/astro.mjs build --outDir "$0"; code=$?; times; exit $code';
    project ??= projectCopy(join(temp, 'project'));
    const result = spawnSync('bash', ['-c', script, join(temp, 'dist'), process.execPath], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        ADEMRUIMTE_CONTENT_DIR: content,
        ADEMRUIMTE_CACHE_DIR: join(temp, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const [user, sys] = [...result.stdout.matchAll(/(\d+)m([\d.]+)s/g)]
      .slice(-2)
      .map(([, minutes, secs]) => Number(minutes) * 60 + Number(secs));
    const cpuSeconds = (user ?? 0) + (sys ?? 0);
    const built = Object.fromEntries(
      read.filter((file) => existsSync(dist(file))).map((file) => [file, readFileSync(dist(file), 'utf8')]),
    );
    return { code: result.status, output: `${result.stdout}\n${result.stderr}`, built, seconds, cpuSeconds };
  };
  try {
    cpSync(from, content, { recursive: true });
    edit(content);
  } catch (error) {
    remove();
    throw error;
  }
  return { content, build, remove };
}

/**
 * Builds the fixture site (e2e/fixtures/site: small, so these builds stay quick however much real
 * content there is) with some files swapped for fixtures, the way a writer's mistake would reach
 * the build: `{ 'articles/x.mdx': 'bad-articles/x.mdx' }`. `read` names built files to return.
 */
export function buildWithContent(replace: Record<string, string>, read: string[] = []): BuildResult {
  const copy = contentCopy(
    (content) => {
      for (const [target, fixture] of Object.entries(replace))
        cpSync(join(FIXTURES, fixture), join(content, target));
    },
    join(FIXTURES, 'site'),
  );
  try {
    return copy.build(read);
  } finally {
    copy.remove();
  }
}
