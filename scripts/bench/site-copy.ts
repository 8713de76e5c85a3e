/**
 * A copy of this project's site to build elsewhere: Astro writes `.astro/` (and, for an outDir
 * outside the working directory, its prerender bundle) into the root, so builds sharing one
 * tree collide. node_modules is linked, not copied; scripts/ is copied because the web editor's
 * integration reads from it.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Copies what `astro build` reads from `project` into `dir` and returns `dir`. */
export function copySite(project: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(project, part), join(dir, part), { recursive: true });
  }
  // A junction on Windows, which needs no administrator's rights; elsewhere the type is ignored.
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}
