/**
 * A copy of this project's site to build elsewhere: Astro writes `.astro/` (and, for an outDir
 * outside the working directory, its prerender bundle) into the root, so builds sharing one
 * tree collide. node_modules is linked, not copied.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Copies what `astro build` reads from `project` into `dir` and returns `dir`. */
export function copySite(project: string, dir: string): string {
  mkdirSync(dir);
  for (const part of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(project, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
