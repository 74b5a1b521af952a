import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const root = new URL('../..', import.meta.url).pathname;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts `astro dev` on a free port, the way a writer previews the site, and resolves once it
 * says it is ready. `stop()` ends it and everything it started.
 */
export async function startDevServer(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
  });
  const stop = () => process.kill(-child.pid!);
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
    stop();
    throw error;
  }
  return { url, stop };
}
