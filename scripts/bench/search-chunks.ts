/**
 * How the size of Pagefind's index chunks trades the first search against later ones:
 *   npx node scripts/bench/search-chunks.ts --articles 1000 [--prose plain] [--sizes 20000,10000,5000]
 * builds this site once from generated articles (scripts/bench/generate.ts), then indexes it
 * again for each chunk size (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; see
 * scripts/search-index.ts) and measures search in Chromium as `npm run bench` does. Prints one
 * table row per size. `--keep` keeps the temporary folder.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, proseKinds, type Prose } from './generate.ts';
import { measure } from './measure.ts';
import { measureSearch } from './search-speed.ts';
import { preview } from './serve.ts';
import { copySite } from './site-copy.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    prose: { type: 'string', default: 'real' },
    sizes: { type: 'string', default: '20000,10000,5000,2500' },
    keep: { type: 'boolean', default: false },
    // How many results' details the search page fetches at once (BATCH in src/scripts/search.ts),
    // changed in the copy that is built, to see what fewer would fetch.
    batch: { type: 'string' },
  },
});
const articles = Number(args.articles);
const prose = args.prose as Prose;
if (!proseKinds.includes(prose)) throw new Error(`--prose must be one of ${proseKinds.join(', ')}, not "${args.prose}".`);
const sizes = args.sizes.split(',').map(Number);
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`--sizes must be whole numbers above 0, comma-separated, not "${args.sizes}".`);

const project = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), `chunks-${articles}-`));
if (!args.keep) process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const content = generateContent(join(project, 'content'), join(work, 'content'), articles, prose);
const site = copySite(project, join(work, 'site'));
if (args.batch) {
  const script = join(site, 'src/scripts/search.ts');
  const text = readFileSync(script, 'utf8');
  if (!/^const BATCH = \d+;$/m.test(text)) throw new Error('src/scripts/search.ts no longer says `const BATCH = <number>;`: --batch cannot change it.');
  writeFileSync(script, text.replace(/^const BATCH = \d+;$/m, `const BATCH = ${Number(args.batch)};`));
}
const dist = join(site, 'dist');
const env = { ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content.dir, OUT_DIR: dist, CACHE_DIR: join(site, 'cache'), NODE_OPTIONS: '--max-old-space-size=4096' };
console.log(`${content.articles} articles (${prose} prose${args.batch ? `, details fetched ${args.batch} at a time` : ''}) in ${work}; building once…`);
await measure([{ argv: [process.execPath, join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], cwd: site, env }]);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('| chunk size | index | chunks | largest chunk | index CPU s | first query | later queries (of which chunks + details) | slowest result | load |');
console.log('| ---------: | ----: | -----: | ------------: | ----------: | ----------: | ------------: | -------------: | ---: |');
for (const size of sizes) {
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const indexed = await measure([{ argv: [process.execPath, join(project, 'scripts/search-index.ts')], cwd: site, env: { ...env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(size) } }]);
  const chunks = readdirSync(join(dist, 'pagefind/index')).map((f) => statSync(join(dist, 'pagefind/index', f)).size);
  const indexBytes = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).reduce((sum, f) => sum + (statSync(join(dist, 'pagefind', f)).isFile() ? statSync(join(dist, 'pagefind', f)).size : 0), 0);
  const server = await preview(site, dist);
  try {
    const [first, ...later] = await measureSearch(server.url);
    const all = [first!, ...later];
    console.log(
      `| ${size} | ${(indexBytes / 1024 / 1024).toFixed(1)} MB | ${chunks.length} | ${kb(Math.max(...chunks))} | ${indexed.cpuSeconds.toFixed(1)} | ${kb(first!.bytes)} | ${later.map((q) => `${(q.bytes / 1024).toFixed(1)} (${(q.chunkBytes / 1024).toFixed(1)} + ${(q.fragmentBytes / 1024).toFixed(1)})`).join(', ')} KB | ${Math.max(...all.map((q) => q.ms)).toFixed(0)} ms | ${loadavg()[0]!.toFixed(1)} |`,
    );
  } finally {
    await server.close();
  }
}
