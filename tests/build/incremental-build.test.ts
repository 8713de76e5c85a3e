/**
 * The incremental build never ships a stale page. Astro keeps an article page's previous HTML
 * when its cache key (src/lib/page-cache-keys.ts) and its code are unchanged; the key must
 * therefore change whenever anything the page shows changes. Here the fixture site is built,
 * then one entry of each collection, a picture and the site's code change in turn: after each
 * change the incremental rebuild must equal a build from nothing, file for file, the change must
 * be visible on the article pages that show it, and the pages that show nothing of it are kept.
 * The site is built from a copy of the project, so its code can change without touching src/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptPages } from '../../scripts/bench/phases.ts';
import { copySite } from '../../scripts/bench/site-copy.ts';
import { buildEnvironment, takingTurns } from '../../scripts/lib/builds.ts';
import { collectionSources } from '../../src/lib/content-paths.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kb-incremental-'));
const content = join(dir, 'content');
// Two copies of the site, so the two builds of each step run side by side (Astro writes .astro/ into the root).
const incremental = { site: join(dir, 'incremental/site'), out: join(dir, 'incremental/dist'), cache: join(dir, 'incremental/cache') };
const fresh = { site: join(dir, 'fresh/site'), out: join(dir, 'fresh/dist'), cache: join(dir, 'fresh/cache') };

/** `astro build` alone: the search index is not what this test is about. Returns the pages it kept. */
async function build(where: { site: string; out: string; cache: string }): Promise<string[]> {
  const env = buildEnvironment({ CONTENT_DIR: content, OUT_DIR: where.out, CACHE_DIR: where.cache });
  const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
  const { stdout } = await run(process.execPath, [astro, 'build'], { cwd: where.site, env, maxBuffer: 64 * 1024 * 1024 });
  return keptPages(stdout.split('\n'));
}

/** A build from nothing: no cache, no earlier output. */
async function buildFresh(): Promise<void> {
  for (const made of [fresh.out, fresh.cache]) rmSync(made, { recursive: true, force: true });
  await build(fresh);
}

const page = (root: string, path: string) => readFileSync(join(root, path, 'index.html'), 'utf8');

/** Files that differ between two builds, or exist in one only. */
function differences(a: string, b: string): string[] {
  const list = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
      .sort();
  const [left, right] = [list(a), list(b)];
  const all = [...new Set([...left, ...right])];
  return all.filter((f) => !left.includes(f) || !right.includes(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** Replaces `from` with `to` in a file of the content; fails if the file no longer has `from`. */
function edit(file: string, from: string, to: string, root = content): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains "${from}": update this test's changes to the fixtures.`);
  writeFileSync(path, text.replace(from, to));
}

/** The same change to the code of both copies of the site. */
const editCode = (file: string, from: string, to: string) => [incremental.site, fresh.site].forEach((root) => edit(file, from, to, root));

/** A PNG of one colour, so the fixture's picture can be replaced by one of other size and pixels. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const GUIDE = 'for-you/first-guide';
const SUMMARY = 'clinicians/first-summary';
const HANDOUT = 'clinicians/fixture-handout';

interface Change {
  /** The collection (or "images", or "code") the change is made in. */
  in: keyof typeof collectionSources | 'images' | 'code';
  what: string;
  make(): void;
  /** Text the change puts on article pages, and the pages that must show it. */
  shows?: { text: string; on: string[] };
  /** The article pages that show nothing of the change, so the rebuild keeps them. */
  keeps: string[];
}

/** One change in each collection, each a kind of thing an article page shows from another entry. */
const changes: Change[] = [
  {
    in: 'articles',
    what: 'the title of an article another lists under "Read next"',
    keeps: [HANDOUT],
    make: () => edit('articles/public/first-guide.mdx', 'title: A first guide for tests', 'title: A renamed guide for tests'),
    shows: { text: 'A renamed guide for tests', on: [GUIDE, SUMMARY] },
  },
  {
    in: 'articles',
    what: 'the title of an article shown under "Pages that link here"',
    keeps: [HANDOUT],
    make: () => edit('articles/clinician/first-summary.mdx', 'title: A first clinical summary for tests', 'title: A renamed clinical summary'),
    shows: { text: 'A renamed clinical summary', on: [SUMMARY, GUIDE] },
  },
  {
    in: 'conditions',
    what: "the name of a condition the articles are tagged with",
    keeps: [HANDOUT],
    make: () => edit('conditions/test-condition.mdx', 'name: Test condition', 'name: Renamed condition'),
    shows: { text: 'Renamed condition', on: [GUIDE, SUMMARY] },
  },
  {
    in: 'symptoms',
    what: 'the name of a symptom an article is tagged with',
    keeps: [SUMMARY, HANDOUT],
    make: () => edit('symptoms/test-symptom.mdx', 'name: Test symptom', 'name: Renamed symptom'),
    shows: { text: 'Renamed symptom', on: [GUIDE] },
  },
  {
    in: 'treatments',
    what: 'the name of a treatment a clinical summary is tagged with',
    keeps: [GUIDE, HANDOUT],
    make: () => edit('treatments/test-treatment.mdx', 'name: Test treatment', 'name: Renamed treatment'),
    shows: { text: 'Renamed treatment', on: [SUMMARY] },
  },
  {
    in: 'references',
    what: 'the title of a reference the articles cite',
    keeps: [HANDOUT],
    make: () => edit('references.json', '"title": "A fixture reference"', '"title": "A retitled fixture reference"'),
    shows: { text: 'A retitled fixture reference', on: [GUIDE, SUMMARY] },
  },
  {
    in: 'glossary',
    what: 'the definition of a word an article body marks with <Term>',
    keeps: [SUMMARY, HANDOUT],
    make: () => edit('glossary.yaml', 'definition: A word defined only in the fixtures.', 'definition: A word defined anew in the fixtures.'),
    shows: { text: 'A word defined anew in the fixtures.', on: [GUIDE] },
  },
  {
    in: 'helplines',
    what: "a crisis line's name",
    keeps: [],
    make: () => edit('helplines.yaml', 'service: Fixture line', 'service: Renamed fixture line'),
    shows: { text: 'Renamed fixture line', on: [GUIDE, SUMMARY, HANDOUT] },
  },
  {
    in: 'instruments',
    what: "an assessment tool's name",
    keeps: [GUIDE, SUMMARY, HANDOUT],
    make: () => edit('instruments/fixture-scale.mdx', 'name: Fixture Numbness Scale', 'name: Fixture Flatness Scale'),
  },
  {
    in: 'crisisWords',
    what: 'a crisis phrase for the search page',
    keeps: [GUIDE, SUMMARY, HANDOUT],
    make: () => edit('crisis-words.yaml', '    - want to die', '    - want to die\n    - no way out'),
  },
  {
    in: 'images',
    what: 'the picture an article shows, replaced by one of another size',
    keeps: [SUMMARY, HANDOUT],
    make: () => writeFileSync(join(content, 'images/chart.png'), png(64, 32)),
    shows: { text: 'height="32"', on: [GUIDE] },
  },
  {
    in: 'code',
    what: 'another page newly using the components of article pages, which renames their stylesheets',
    keeps: [],
    make: () => {
      const components = ['ArticleCards', 'ReferenceList', 'TermChips'];
      editCode('src/pages/about.astro', '---\n', `---\n${components.map((c) => `import ${c} from '../components/${c}.astro';\n`).join('')}`);
      editCode('src/pages/about.astro', '<h1>About this site</h1>', '<h1>About this site</h1><ArticleCards articles={[]} /><TermChips terms={{ conditions: [], symptoms: [], treatments: [] }} /><ReferenceList references={[]} />');
    },
  },
];

describe('the incremental build', () => {
  beforeAll(async () => {
    for (const copy of [incremental, fresh]) copySite(process.cwd(), copy.site);
    cpSync('tests/fixtures/content', content, { recursive: true });
    await takingTurns(() => build(incremental));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('changes something in every collection the site has', () => {
    expect(new Set(changes.map((c) => c.in))).toEqual(new Set([...Object.keys(collectionSources), 'images', 'code']));
  });

  it('keeps the article pages when nothing changed', async () => {
    const kept = await takingTurns(() => build(incremental));
    expect(kept.sort()).toEqual([`${HANDOUT}/index.html`, `${SUMMARY}/index.html`, `${GUIDE}/index.html`].sort());
  }, 60_000);

  it.each(changes)('after a change in $in ($what), equals a build from nothing', async (change) => {
    change.make();
    const [kept] = await takingTurns(() => Promise.all([build(incremental), buildFresh()]));
    expect(differences(incremental.out, fresh.out)).toEqual([]);
    expect(kept.sort()).toEqual(change.keeps.map((p) => `${p}/index.html`).sort());
    for (const path of change.shows?.on ?? []) expect(page(incremental.out, path), path).toContain(change.shows!.text);
  }, 60_000);
});
