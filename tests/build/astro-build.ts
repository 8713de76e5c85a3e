/**
 * Runs the real build (`astro build`, then the search index) on a content folder, for the build tests.
 *
 * - Vitest puts Vite's own variables (DEV=1, MODE=test, NODE_ENV=test…) in process.env; a build
 *   that inherited them would run in development mode and publish drafts, so they are left out.
 * - Every build writes the project's one .astro/ folder (among others, the list of MDX modules
 *   to compile), so builds from test files running side by side would read each other's. They
 *   take turns, through a lock folder.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const vitestOnly = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST']);
const lock = join(tmpdir(), `astro-build-${process.cwd().replace(/[^a-z0-9]+/gi, '-')}.lock`);
/** A lock older than any build is left over from a killed run. */
const STALE_MS = 5 * 60_000;

async function takingTurns<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BuildResult {
  ok: boolean;
  output: string;
}

export async function astroBuild(dirs: { content: string; out: string; cache: string }, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOnly.has(key) && !key.startsWith('VITEST')));
  const buildEnv = { ...env, ...extraEnv, CONTENT_DIR: dirs.content, OUT_DIR: dirs.out, CACHE_DIR: dirs.cache, ASTRO_TELEMETRY_DISABLED: '1' };
  // What `npm run build` runs: Astro, then the search index.
  const result = await takingTurns(() =>
    run('npx', ['astro', 'build'], { env: buildEnv })
      .then(async (astro) => {
        const search = await run(process.execPath, ['scripts/search-index.ts'], { env: buildEnv });
        return { stdout: astro.stdout + search.stdout, stderr: astro.stderr + search.stderr };
      })
      .then(
        (done) => ({ ok: true, ...done }),
        (error: { stdout?: string; stderr?: string }) => ({ ok: false, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
      ),
  );
  return { ok: result.ok, output: `${result.stdout}\n${result.stderr}` };
}
