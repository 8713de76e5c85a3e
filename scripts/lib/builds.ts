/**
 * What every build that a script or test starts needs:
 * - Builds of this project take turns. Every `astro build` writes the project's one .astro/
 *   folder (among others, the list of MDX modules to compile), so two builds side by side, from
 *   test files running at once or a report started during a test run, would read each other's.
 *   A lock folder in the system's temporary folder, named after the project's path, says whose
 *   turn it is.
 * - A build gets the environment without Vitest's own variables (DEV=1, MODE=test,
 *   NODE_ENV=test…): a build that inherited them would run in development mode and publish drafts.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lock = join(tmpdir(), `astro-build-${process.cwd().replace(/[^a-z0-9]+/gi, '-')}.lock`);
/** A lock older than any build is left over from a killed run. */
const STALE_MS = 5 * 60_000;

export async function takingTurns<T>(work: () => Promise<T> | T): Promise<T> {
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

const vitestOnly = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'TEST']);

/** This process's environment without Vitest's variables, plus `extra`, for a build. */
export function buildEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestOnly.has(key) && !key.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
