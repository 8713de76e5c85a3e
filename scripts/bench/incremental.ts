/**
 * What a one-article change costs with Astro's experimental incremental build, against the
 * configured build (four pages at once, no incremental build):
 *   npx node scripts/bench/incremental.ts [--articles 1000] [--only 'concurrency 4, incremental']
 * For each setting: a cold build, then a rebuild after one generated article's body changes
 * (`astro build` and the search index, as `npm run build`). The incremental copy renders one page
 * at a time (build.concurrency 1) and gives each article page the cache key of its own entry's
 * digest only: an upper bound on what the incremental build can skip (a key that also covers
 * related articles, backlinks, references and help lines skips no more for a body-only change).
 * Not a configuration this site uses; see README, "Speed at any size".
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { measure, type Measurement } from './measure.ts';
import { buildPhases } from './phases.ts';
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
  'concurrency 4, no incremental build': copySite(project, join(work, 'concurrent')),
  'concurrency 1, incremental build': copySite(project, join(work, 'incremental')),
  // Astro 7.3.5 passes its cache to the concurrent renderer too (core/build/generate.js).
  'concurrency 4, incremental build': copySite(project, join(work, 'both')),
};
for (const root of [all['concurrency 1, incremental build'], all['concurrency 4, incremental build']]) {
  patch(join(root, 'astro.config.mjs'), 'experimental: {', 'experimental: { incrementalBuild: true,');
  for (const page of ['src/pages/for-you/[id].astro', 'src/pages/clinicians/[id].astro']) {
    patch(join(root, page), 'props: { article } }', 'props: { article }, cacheKey: kb.entry(article).digest }');
  }
}
patch(join(all['concurrency 1, incremental build'], 'astro.config.mjs'), /concurrency: 4/, 'concurrency: 1');
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
  const cached = changed.log.filter((line) => /\((cached|restored)\)/.test(line)).length;
  results.set(name, { cold, changed, cached });
  const p = buildPhases(changed.log);
  console.log(
    `${name}: cold CPU ${cold.cpuSeconds.toFixed(1)} s (${cold.seconds.toFixed(1)} s wall); one article changed CPU ${changed.cpuSeconds.toFixed(1)} s (${changed.seconds.toFixed(1)} s wall), ${(changed.cpuSeconds / cold.cpuSeconds).toFixed(2)} of cold; ${cached} pages not rendered again; rendering ${p.render?.toFixed(1)} s, bundling ${p.bundle?.toFixed(1)} s, sync ${p.sync?.toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})`,
  );
}
