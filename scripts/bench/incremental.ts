/**
 * What a one-article change costs with and without Astro's incremental build:
 *   npx node scripts/bench/incremental.ts [--articles 1000] [--only 'concurrency 4']
 * For each setting: a cold build, then a rebuild after one generated article's body changes
 * (`astro build` and the search index, as `npm run build`). The site builds four pages at once
 * with the incremental build and each article page's cache key (src/lib/page-cache-keys.ts);
 * the other settings are that configuration with one part changed, in a copy of the site.
 * See README, "Speed at any size".
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { measure, type Measurement } from './measure.ts';
import { buildPhases, keptPages } from './phases.ts';
import { copySite } from './site-copy.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, only: { type: 'string' } } });
const project = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Replaces `from` with `to` in a file of the copy, or fails if the file no longer has it. */
function patch(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.match(from)) throw new Error(`${file} no longer contains ${String(from)}: the benchmark cannot set up the incremental build.`);
  writeFileSync(file, text.replace(from, to));
}

const all = {
  'concurrency 4, incremental build (the site)': copySite(project, join(work, 'site')),
  'concurrency 1, incremental build': copySite(project, join(work, 'one-at-a-time')),
  'concurrency 4, no incremental build': copySite(project, join(work, 'no-incremental')),
};
patch(join(all['concurrency 1, incremental build'], 'astro.config.mjs'), /concurrency: 4/, 'concurrency: 1');
patch(join(all['concurrency 4, no incremental build'], 'astro.config.mjs'), /incrementalBuild: true/, 'incrementalBuild: false');
// `--only <words>`: the settings whose name contains them.
const settings = Object.fromEntries(Object.entries(all).filter(([name]) => name.includes(args.only ?? ''))) as Partial<typeof all>;

const kinds = Object.keys(settings) as (keyof typeof all)[];
const results = new Map<string, { cold: Measurement; changed: Measurement; cached: number }>();
for (const name of kinds) {
  const root = settings[name]!;
  const content = generateContent(join(project, 'content'), join(work, `content-${kinds.indexOf(name)}`), Number(args.articles));
  const env = { ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content.dir, OUT_DIR: join(root, 'dist'), CACHE_DIR: join(root, 'cache') };
  const build = () =>
    measure([
      { argv: [process.execPath, join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd: root, env },
      { argv: [process.execPath, join(project, 'scripts/search-index.ts')], cwd: root, env },
    ]);
  const cold = await build();
  appendFileSync(content.sampleArticle, '\nOne more sentence, so the benchmark can time a one-article change.\n');
  const changed = await build();
  const cached = keptPages(changed.log).length;
  results.set(name, { cold, changed, cached });
  const p = buildPhases(changed.log);
  console.log(
    `${name}: cold CPU ${cold.cpuSeconds.toFixed(1)} s (${cold.seconds.toFixed(1)} s wall); one article changed CPU ${changed.cpuSeconds.toFixed(1)} s (${changed.seconds.toFixed(1)} s wall), ${(changed.cpuSeconds / cold.cpuSeconds).toFixed(2)} of cold; ${cached} pages not rendered again; rendering ${p.render?.toFixed(1)} s, bundling ${p.bundle?.toFixed(1)} s, sync ${p.sync?.toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})`,
  );
}
