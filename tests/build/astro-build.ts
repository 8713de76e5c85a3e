/**
 * Runs the real `astro build` on a content folder, for the build tests. Vitest puts Vite's own
 * variables (DEV=1, MODE=test, NODE_ENV=test…) in process.env; a build that inherited them
 * would run in development mode and publish drafts, so they are left out.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const vitestOnly = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST']);

export interface BuildResult {
  ok: boolean;
  output: string;
}

export async function astroBuild(dirs: { content: string; out: string; cache: string }): Promise<BuildResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOnly.has(key) && !key.startsWith('VITEST')));
  const result = await run('npx', ['astro', 'build'], {
    env: { ...env, CONTENT_DIR: dirs.content, OUT_DIR: dirs.out, CACHE_DIR: dirs.cache, ASTRO_TELEMETRY_DISABLED: '1' },
  }).then(
    (done) => ({ ok: true, ...done }),
    (error: { stdout?: string; stderr?: string }) => ({ ok: false, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  return { ok: result.ok, output: `${result.stdout}\n${result.stderr}` };
}
