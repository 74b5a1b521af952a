import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectCopy } from './build-fixture.ts';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts `astro dev` on a free port, the way a writer previews the site, serving `contentDir` (the
 * fixture site's) from a temporary copy of the project that keeps Astro's state apart, and
 * resolves once it says it is ready. `stop()` ends it and everything it started, and removes the
 * copy.
 */
export async function startDevServer(contentDir: string): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const temp = mkdtempSync(join(tmpdir(), 'ademruimte-dev-'));
  const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectCopy(join(temp, 'project')),
    env: {
      ...process.env,
      ADEMRUIMTE_CONTENT_DIR: contentDir,
      ADEMRUIMTE_CACHE_DIR: join(temp, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    detached: true,
  });
  const exited = once(child, 'exit').catch(() => undefined);
  const stop = async () => {
    const running = child.exitCode === null && child.signalCode === null;
    try {
      process.kill(-child.pid!);
    } catch {
      // The whole group has ended already.
    }
    if (running) await exited;
    rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
  };
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      child.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
      const read = (chunk: Buffer) => {
        output += chunk;
        if (output.includes(`${url}/`)) resolve();
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
