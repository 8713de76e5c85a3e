/**
 * Would MDX's static optimization (`mdx({ optimize })`, which compiles the static parts of each
 * MDX file to HTML strings) pay here, and change nothing?
 *   npx node scripts/bench/mdx-optimize.ts [--articles 1000] [--runs 3]
 * builds this site from generated articles (with copies of all the real content) as configured
 * (`mdx()`) and with `mdx({ optimize })`, leaving alone the elements the site renders with its
 * own components (`markdownElements` in src/components/mdx.ts), interleaved, `--runs` times each;
 * prints each build's CPU and wall time of `astro build` and the medians, then compares every
 * page, feed and data file of the two builds byte for byte and exits 1 if one differs.
 * Measured and not kept: README, "Speed at any size".
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate.ts';
import { measure, median, type Measurement } from './measure.ts';
import { copySite } from './site-copy.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const project = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mdx-optimize-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const content = generateContent(join(project, 'content'), join(work, 'content'), Number(args.articles));

const plain = copySite(project, join(work, 'plain'));
const optimized = copySite(project, join(work, 'optimized'));
const components = readFileSync(join(project, 'src/components/mdx.ts'), 'utf8').match(/export const markdownElements = \{([^}]*)\}/);
if (!components) throw new Error('src/components/mdx.ts no longer declares `markdownElements = { … }`: cannot tell which elements to leave alone.');
const elements = components[1]!.split(',').map((pair) => pair.split(':')[0]!.trim()).filter(Boolean);
const config = readFileSync(join(optimized, 'astro.config.mjs'), 'utf8');
if (!config.includes('    mdx(),')) throw new Error('astro.config.mjs no longer calls a plain mdx(): nothing to compare.');
writeFileSync(join(optimized, 'astro.config.mjs'), config.replace('    mdx(),', `    mdx({ optimize: { ignoreElementNames: ${JSON.stringify(elements)} } }),`));
console.log(`Optimized build leaves alone: ${elements.join(', ')}`);

const build = (root: string) =>
  measure([
    {
      argv: [process.execPath, join(project, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: root,
      env: { ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content.dir, OUT_DIR: join(root, 'dist'), CACHE_DIR: join(root, 'cache') },
    },
  ]);
const times: Record<'optimized' | 'plain', Measurement[]> = { optimized: [], plain: [] };
for (let run = 1; run <= Number(args.runs); run++) {
  for (const [name, root] of [['plain', plain], ['optimized', optimized]] as const) {
    for (const d of ['dist', 'cache', '.astro']) rmSync(join(root, d), { recursive: true, force: true });
    times[name].push(await build(root));
    const m = times[name].at(-1)!;
    console.log(`run ${run}, ${name}: ${m.seconds.toFixed(1)} s, CPU ${m.cpuSeconds.toFixed(1)} s (load average ${loadavg()[0]!.toFixed(1)})`);
  }
}
const cpu = (name: 'optimized' | 'plain') => median(times[name].map((m) => m.cpuSeconds));
const wall = (name: 'optimized' | 'plain') => median(times[name].map((m) => m.seconds));
console.log(`${content.articles} articles, astro build, medians: mdx() CPU ${cpu('plain').toFixed(1)} s (${wall('plain').toFixed(1)} s wall); optimized CPU ${cpu('optimized').toFixed(1)} s (${wall('optimized').toFixed(1)} s wall): ${((1 - cpu('optimized') / cpu('plain')) * 100).toFixed(0)}% less CPU time.`);

const pages = (root: string) => readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|txt)$/.test(f)).sort();
const [a, b] = [pages(plain), pages(optimized)];
const missing = a.filter((f) => !b.includes(f)).concat(b.filter((f) => !a.includes(f)));
const differing = a.filter((f) => b.includes(f) && readFileSync(join(plain, 'dist', f), 'utf8') !== readFileSync(join(optimized, 'dist', f), 'utf8'));
console.log(`Compared ${a.length} files (pages, feeds, sitemaps, data): ${differing.length} differ, ${missing.length} only in one build.`);
for (const f of [...differing.slice(0, 5), ...missing.slice(0, 5)]) console.log(`  ${f}`);
if (differing.length) {
  const [x, y] = [readFileSync(join(plain, 'dist', differing[0]!), 'utf8'), readFileSync(join(optimized, 'dist', differing[0]!), 'utf8')];
  const at = [...x].findIndex((c, i) => c !== y[i]);
  console.log(`  first difference in ${differing[0]}:\n    mdx():     …${x.slice(Math.max(0, at - 120), at + 200)}\n    optimized: …${y.slice(Math.max(0, at - 120), at + 200)}`);
}
process.exitCode = differing.length || missing.length ? 1 : 0;
