/**
 * `npm run check:dist`: checks a built site file by file, after `npm run build`.
 *
 * - Every page is valid HTML (html-validate, configured in .htmlvalidate.json).
 * - Every internal link and #fragment leads to a page and an element that exist.
 * - Nothing is fetched from another origin: no CDN script, font or image.
 * - Every page has a title, description, canonical address and Open Graph tags.
 * - JSON-LD parses and uses only schema.org terms; articles and term pages carry a
 *   MedicalWebPage (scripts/lib/site-checks.ts says exactly what is checked).
 *
 *   npm run check:dist                       dist/ and dist-fixture/
 *   node scripts/check-dist.ts DIR [DIR…]    other builds
 *
 * Exits 1 and names the page and the problem if anything fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { adminPath } from '../src/lib/cms-config.ts';
import { schemaVocabulary } from './lib/schema-vocabulary.ts';
import { checkDocumentEnd, checkHead, checkLinks, checkStructuredData, checkStylesheet, readPage, type BuiltSite, type Problem } from './lib/site-checks.ts';

const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const vocabulary = schemaVocabulary();

/** The origin a build was made for, from its sitemap (its canonical addresses use the same). */
function builtFor(dir: string): string {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  if (!loc) throw new Error(`${dir}/sitemap-index.xml names no sitemap, so the site's address is unknown.`);
  return new URL(loc).origin;
}

async function checkDist(dir: string): Promise<{ pages: number; problems: Problem[] }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(sep).join('/')}`);
  const site: BuiltSite = { origin: builtFor(dir), pages: new Map(), files: new Set(files) };
  const problems: Problem[] = [];
  // The web editor (/admin/) is Decap CMS's own page, not a page of the site: no head, links or JSON-LD to check.
  for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith(adminPath))) {
    const html = readFileSync(join(dir, file), 'utf8');
    site.pages.set(file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file, readPage(html));
    problems.push(...checkDocumentEnd(file, html));
    const report = await validator.validateString(html, relative(process.cwd(), join(dir, file)));
    for (const m of report.results.flatMap((r) => r.messages)) {
      problems.push({ where: file, message: `line ${m.line}:${m.column} ${m.message} (html-validate ${m.ruleId}${m.selector ? ` at ${m.selector}` : ''})` });
    }
  }
  for (const file of files.filter((f) => f.endsWith('.css'))) problems.push(...checkStylesheet(file, readFileSync(join(dir, file), 'utf8')));
  problems.push(...checkLinks(site), ...checkHead(site), ...checkStructuredData(site, vocabulary));
  return { pages: site.pages.size, problems };
}

const dirs = process.argv.slice(2);
let failed = false;
for (const dir of dirs.length ? dirs : ['dist', 'dist-fixture']) {
  const started = performance.now();
  const { pages, problems } = await checkDist(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(`${dir}: ${pages} pages valid, every link and fragment resolves, nothing from another origin, head and JSON-LD complete (${seconds}s).`);
    continue;
  }
  failed = true;
  console.error(`${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${pages} pages (${seconds}s):`);
  for (const p of problems) console.error(`  ${dir}${p.where}  ${p.message}`);
}
process.exitCode = failed ? 1 : 0;
