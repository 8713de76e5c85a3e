/**
 * The scale benchmark (a script that prints numbers, never a test):
 *   npm run bench -- --articles 1000 [--runs 3] [--no-browser] [--keep] [--prose real|plain]
 * (`--no-browser` skips Lighthouse; search is measured in Chromium at every size)
 * generates that many synthetic articles into a temporary folder, builds this site and a bare
 * Astro site from them (median of --runs cold builds each, interleaved so both share the
 * machine's noise), then rebuilds ours unchanged and after one article changes, measures
 * search in Chromium and runs Lighthouse. It prints a table and whether each target is met,
 * and exits 1 if one is not.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareSite } from './bench/bare-site.ts';
import { generateContent, proseKinds, type Prose } from './bench/generate.ts';
import { copySite } from './bench/site-copy.ts';
import { folderBytes, measure, median, type Command, type Measurement } from './bench/measure.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { measureSearch } from './bench/search-speed.ts';
import { buildPhases, keptPages } from './bench/phases.ts';
import { preview } from './bench/serve.ts';
import { pageBudgetProblems } from '../tests/e2e/page-budgets.ts';
import { SEARCH_INDEX_CHUNK_SIZE } from './lib/search-index-chunks.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    prose: { type: 'string', default: 'real' },
  },
});
const articles = Number(args.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number above 0, not "${args.articles}".`);
const runs = Number(args.runs ?? (articles > 2000 ? 1 : 3));
const prose = args.prose as Prose;
if (!proseKinds.includes(prose)) throw new Error(`--prose must be one of ${proseKinds.join(', ')}, not "${args.prose}".`);

const project = resolve(import.meta.dirname, '..');
const node = process.execPath;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(project, 'node_modules/.bin/pagefind');
const work = mkdtempSync(join(tmpdir(), `bench-${articles}-`));
const log = (line: string) => console.log(line);
// Gigabytes of generated files at 10,000 articles: gone when the run ends, even by an error.
if (!args.keep) process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const load = loadavg()[0]!;
log(`Benchmark: ${articles} articles (${prose} prose), ${runs} cold run${runs === 1 ? '' : 's'} each, in ${work}`);
const content = generateContent(join(project, 'content'), join(work, 'content'), articles, prose);
log(`  ${content.articles} articles in all, with the real ones`);

// Each site builds from its own root (scripts/bench/site-copy.ts).
const site = copySite(project, join(work, 'site'));
const bare = writeBareSite(join(work, 'bare'), project);

const env = (root: string) => ({
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: content.dir,
  OUT_DIR: join(root, 'dist'),
  CACHE_DIR: join(root, 'cache'),
  // The 10,000-article target: the whole build fits Node's 4 GB heap.
  NODE_OPTIONS: '--max-old-space-size=4096',
});
// What `npm run build` runs: Astro, then the search index.
const ours: Command[] = [
  { argv: [node, astro, 'build'], cwd: site, env: env(site) },
  { argv: [node, join(project, 'scripts/search-index.ts')], cwd: site, env: env(site) },
];
const yardstick: Command[] = [
  { argv: [node, astro, 'build'], cwd: bare, env: env(bare) },
  { argv: [pagefind, '--site', join(bare, 'dist'), '--force-language', 'en'], cwd: bare },
];
const clean = (root: string) => ['dist', 'cache', '.astro'].forEach((d) => rmSync(join(root, d), { recursive: true, force: true }));

const cold = { ours: [] as Measurement[], bare: [] as Measurement[] };
for (let run = 1; run <= runs; run++) {
  clean(site);
  cold.ours.push(await measure(ours));
  clean(bare);
  cold.bare.push(await measure(yardstick));
  const [o, b] = [cold.ours.at(-1)!, cold.bare.at(-1)!];
  log(`  run ${run}: ours ${o.seconds.toFixed(1)} s (CPU ${o.cpuSeconds.toFixed(1)} s), bare Astro ${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s)`);
}
/** The figures the table shows of a build. */
type Figures = Pick<Measurement, 'seconds' | 'cpuSeconds' | 'peakBytes'>;
const typical = (list: Measurement[]): Figures => ({
  seconds: median(list.map((m) => m.seconds)),
  cpuSeconds: median(list.map((m) => m.cpuSeconds)),
  peakBytes: median(list.map((m) => m.peakBytes)),
});
const oursCold = typical(cold.ours);
const bareCold = typical(cold.bare);
const dist = { ours: folderBytes(join(site, 'dist')), bare: folderBytes(join(bare, 'dist')) };
const index = { ours: folderBytes(join(site, 'dist/pagefind')), bare: folderBytes(join(bare, 'dist/pagefind')) };

// The budgets hold on the real site (npm test); here, how many generated pages keep them.
const built = join(site, 'dist');
const pages = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const readAsset = (path: string) => (existsSync(join(built, path)) ? readFileSync(join(built, path), 'utf8') : undefined);
const overBudget = pages.filter((f) => pageBudgetProblems({ path: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(join(built, f), 'utf8') }, readAsset).length);

const unchanged = await measure(ours);
appendFileSync(content.sampleArticle, '\nOne more sentence, so the benchmark can time a one-article change.\n');
const oneChanged = await measure(ours);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const cell = (text: string, width: number) => text.padStart(width);
const row = (name: string, m: Figures, sizes?: [number, number]) =>
  `| ${name.padEnd(30)} | ${cell(m.seconds.toFixed(1), 7)} | ${cell(m.cpuSeconds.toFixed(1), 5)} | ${cell(((m.seconds * 1000) / content.articles).toFixed(1), 10)} | ${cell(mb(m.peakBytes), 8)} | ${cell(sizes ? mb(sizes[0]) : '', 8)} | ${cell(sizes ? mb(sizes[1]) : '', 12)} |`;
log('');
log(`| ${articles} articles`.padEnd(32) + ' | seconds | CPU s | ms/article | peak RSS | dist     | search index |');
log('| ------------------------------ | ------: | ----: | ---------: | -------: | -------: | -----------: |');
log(row('this site, cold', oursCold, [dist.ours, index.ours]));
log(row('bare Astro + Pagefind, cold', bareCold, [dist.bare, index.bare]));
log(row('this site, unchanged rebuild', unchanged));
log(row('this site, one article changed', oneChanged));
log('');

log(`Page budgets: ${pages.length - overBudget.length} of ${pages.length} pages keep them${overBudget.length ? `; over: ${overBudget.slice(0, 5).join(', ')}${overBudget.length > 5 ? ', …' : ''}` : ''}.`);
const targets: [string, boolean][] = [];
// Other work on the machine stretches wall time unevenly; CPU time is the steadier yardstick.
const ratio = oursCold.cpuSeconds / bareCold.cpuSeconds;
log(`Cold build: ${ratio.toFixed(2)} times bare Astro's CPU time, ${(oursCold.seconds / bareCold.seconds).toFixed(2)} times its wall time (load average ${loadavg()[0]!.toFixed(1)} at the end, ${load.toFixed(1)} at the start).`);
if (articles <= 2000) {
  targets.push([`cold build within 1.1 times bare Astro, in CPU time (${ratio.toFixed(2)})`, ratio <= 1.1]);
  targets.push([`peak memory under 1.5 GB (${mb(oursCold.peakBytes)})`, oursCold.peakBytes < 1.5 * 1024 ** 3]);
}
// The 10,000-article targets compare with the last 1,000-article run on this machine.
const saved = join(project, 'node_modules/.cache/feeling-nothing-bench');
const msPerArticle = (oursCold.cpuSeconds * 1000) / content.articles;
mkdirSync(saved, { recursive: true });
writeFileSync(join(saved, `${articles}.json`), JSON.stringify({ msPerArticle, date: new Date().toISOString() }));
if (articles >= 10_000) {
  targets.push(['builds within a 4 GB Node heap (--max-old-space-size=4096)', true]);
  if (existsSync(join(saved, '1000.json'))) {
    const base = (JSON.parse(readFileSync(join(saved, '1000.json'), 'utf8')) as { msPerArticle: number }).msPerArticle;
    const growth = msPerArticle / base;
    targets.push([`CPU ms per article within 1.5 times that at 1,000 (${msPerArticle.toFixed(1)} vs ${base.toFixed(1)}: ${growth.toFixed(2)})`, growth <= 1.5]);
  } else {
    log('Run `npm run bench -- --articles 1000` first to compare ms per article with 1,000 articles.');
  }
}
targets.push([`one-article rebuild under a quarter of the cold time, in CPU time (${(oneChanged.cpuSeconds / oursCold.cpuSeconds).toFixed(2)})`, oneChanged.cpuSeconds < oursCold.cpuSeconds / 4]);
// Which phases a one-article change still pays for in full. The incremental build skips the
// rendering of article pages whose cache key is unchanged (src/lib/page-cache-keys.ts); the
// rest is the floor of any rebuild.
const phases = buildPhases(oneChanged.log);
const kept = keptPages(oneChanged.log).length;
const indexSeconds = oneChanged.stepSeconds[1] ?? 0;
const floor = oneChanged.seconds - (phases.render ?? 0);
const s = (n: number | undefined) => (n === undefined ? '?' : `${n.toFixed(1)} s`);
log(`One-article rebuild, wall time: content sync ${s(phases.sync)}, bundling ${s(phases.bundle)}, rendering ${s(phases.render)} (${kept} pages kept from the last build), search index ${s(indexSeconds)}; with no page rendered at all it would still take ${s(floor)}, ${(floor / oursCold.seconds).toFixed(2)} of the cold build.`);

// Search is measured at every size (a headless Chromium, seconds); --no-browser skips Lighthouse only.
const server = await preview(site, join(site, 'dist'));
try {
  const search = await measureSearch(server.url);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  log('');
  log(`Search index with PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? SEARCH_INDEX_CHUNK_SIZE}:`);
  log('| search query      | fetched  | index chunks | result details | results after last key |');
  log('| ----------------- | -------: | -----------: | -------------: | ---------------------: |');
  for (const q of search) log(`| ${q.query.padEnd(17)} | ${kb(q.bytes).padStart(8)} | ${kb(q.chunkBytes).padStart(12)} | ${kb(q.fragmentBytes).padStart(14)} | ${`${q.ms.toFixed(0)} ms`.padStart(22)} |`);
  const [first, ...later] = search;
  targets.push([`first query fetches at most 150 KB (${(first!.bytes / 1024).toFixed(1)} KB)`, first!.bytes <= 150 * 1024]);
  targets.push([`each later query fetches at most 20 KB (${later.map((q) => (q.bytes / 1024).toFixed(1)).join(', ')} KB)`, later.every((q) => q.bytes <= 20 * 1024)]);
  targets.push([`results within 300 ms of the last keystroke (${search.map((q) => q.ms.toFixed(0)).join(', ')} ms; load average ${loadavg()[0]!.toFixed(1)})`, search.every((q) => q.ms <= 300)]);

  if (!args['no-browser']) {
    const scores = await lighthouseScores(server.url, site);
    log('');
    log('| Lighthouse (mobile)          | performance | accessibility | best practices | SEO |');
    log('| ---------------------------- | ----------: | ------------: | -------------: | --: |');
    for (const s of scores) log(`| ${s.path.padEnd(28)} | ${String(s.performance).padStart(11)} | ${String(s.accessibility).padStart(13)} | ${String(s.bestPractices).padStart(14)} | ${String(s.seo).padStart(3)} |`);
    for (const s of scores) {
      const low = Math.min(s.performance, s.accessibility, s.bestPractices, s.seo);
      targets.push([`Lighthouse ${s.path}: every category at least 98 (lowest ${low})`, low >= 98]);
    }
  }
} finally {
  await server.close();
}

log('');
for (const [name, met] of targets) log(`${met ? 'met   ' : 'MISSED'}  ${name}`);
process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
