/**
 * Runs the real build (`astro build`, then the search index) on a content folder, for the build tests.
 *
 * Builds take turns, without Vitest's variables (scripts/lib/builds.ts).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildEnvironment, takingTurns } from '../../scripts/lib/builds.ts';

const run = promisify(execFile);
export interface BuildResult {
  ok: boolean;
  output: string;
}

export async function astroBuild(dirs: { content: string; out: string; cache: string }, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  const buildEnv = buildEnvironment({ ...extraEnv, CONTENT_DIR: dirs.content, OUT_DIR: dirs.out, CACHE_DIR: dirs.cache });
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
