/** Serves a built site with `astro preview` on a free port, for the browser measurements. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

export async function preview(root: string, outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--ignore-lock'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`astro preview did not start on ${url}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    close: () =>
      new Promise((done) => {
        child.on('close', () => done());
        child.kill();
      }),
  };
}
