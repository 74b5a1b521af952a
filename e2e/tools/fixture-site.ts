// Builds the fixture site (e2e/fixtures/site) in a copy of the project and serves it: Playwright's
// web server for the behaviour tests. A copy, so its content never mixes with the real build's.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectCopy } from './build-fixture.ts';
import { FIXTURE_DIR, FIXTURE_ENV, FIXTURE_PORT } from './preview.ts';

rmSync(FIXTURE_DIR, { recursive: true, force: true });
const project = projectCopy(join(FIXTURE_DIR, 'project'));
const astro = (...args: string[]) => [join(project, 'node_modules/astro/bin/astro.mjs'), ...args];
const env = { ...process.env, ...FIXTURE_ENV };
const build = spawnSync(process.execPath, astro('build'), { cwd: project, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
spawn(process.execPath, astro('preview', '--host', '127.0.0.1', '--port', String(FIXTURE_PORT)), {
  cwd: project,
  env,
  stdio: 'inherit',
});
