/**
 * An editor's whole path, on a copy of the fixture site: `npm run new` scaffolds an article,
 * the editor fills it in and publishes it, and with no code change the built site lists it
 * everywhere it belongs: its term pages, the reference it cites, its section's hub, search,
 * the RSS feed and the sitemap.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/lib/labels.ts';
import { checkContent } from '../../scripts/check-content.ts';
import { astroBuild } from './astro-build.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const slug = 'when-you-feel-flat-after-work';
const url = `/for-you/${slug}/`;
const file = join(content, 'articles/public', `${slug}.mdx`);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
let scaffold = '';

beforeAll(async () => {
  cpSync('tests/fixtures/content', content, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content };
  const created = await run(
    'npm',
    ['run', '-s', 'new', '--', 'article', '--audience', 'public', '--format', 'guide', '--title', 'When you feel flat after work',
      '--description', 'Some men come home and feel nothing at all. This guide says why that can happen and what to try first.',
      '--conditions', 'test-condition', '--symptoms', 'test-symptom', '--treatments', 'test-treatment'],
    { env },
  );
  expect(created.stdout).toContain(`Created ${file}`);
  scaffold = readFileSync(file, 'utf8');

  // The editor writes the body and, when it is ready, deletes "draft: true".
  const body = [
    'You come home and feel flat. Nothing seems to matter, and the word plumquietword fits.',
    '',
    `A short walk can help some men <Cite id="second-ref" />. Read about [the test symptom](/symptoms/test-symptom/).`,
    '',
    '<Callout kind="tip" title="Try this">Write down one thing you felt today, even a <Term id="test-word">small one</Term>.</Callout>',
    '',
    'If this is hard to carry on your own, [find someone to talk to](/get-help/).',
    '',
  ].join('\n');
  writeFileSync(file, scaffold.replace('draft: true\n', '').replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}`));

  const build = await astroBuild({ content, out: dist, cache: join(dir, 'cache') });
  expect(build.output).toContain('Complete!');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new article added with npm run new', () => {
  it('is scaffolded as a valid draft, dated today, with an outline', () => {
    const today = isoDate(new Date());
    expect(scaffold).toContain(`published: ${today}\nlastReviewed: ${today}\n`);
    expect(scaffold).toMatch(/\nnextReview: \d{4}-\d\d-\d\d\ndraft: true\n---\n/);
    expect(scaffold).toContain('## What you can do');
    expect(scaffold).toContain('](/get-help/)');
  });

  it('passes npm run check:content once filled in', async () => {
    // The rules for a page; the fixture site is not a whole knowledge base (tests/unit/check-content.test.ts).
    const { problems } = await checkContent({ dir: content, siteRules: false });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has its own page', () => {
    expect(page(url)).toContain('When you feel flat after work</h1>');
  });

  it.each(['conditions/test-condition', 'symptoms/test-symptom', 'treatments/test-treatment'])('is listed on its term page /%s/', (term) => {
    expect(page(term)).toContain(`href="${url}"`);
  });

  it('is listed on the page of the reference it cites', () => {
    expect(page('references/second-ref')).toContain(`href="${url}"`);
  });

  it("is listed on its section's hub, where drafts are not", () => {
    expect(page('for-you')).toContain(`href="${url}"`);
    expect(page('for-you')).not.toContain('secret-draft');
  });

  it('is in the search index, with its words', () => {
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((f) =>
      JSON.parse(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString().replace(/^pagefind_dcd/, '')),
    );
    const record = fragments.find((f: { url: string }) => f.url === url);
    expect(record?.meta.title).toBe('When you feel flat after work');
    expect(record?.content).toContain('plumquietword');
  });

  it('is in the RSS feed and the sitemap', () => {
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`${url}</link>`);
    const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.some((f) => readFileSync(join(dist, f), 'utf8').includes(`${url}</loc>`))).toBe(true);
  });

  it('refuses to scaffold the same id twice', async () => {
    const again = await run('npm', ['run', '-s', 'new', '--', 'article', '--audience', 'practitioner', '--format', 'handout', '--slug', slug, '--title', 'Another', '--description', 'A description long enough to pass the schema on its own terms.'], {
      env: { ...process.env, CONTENT_DIR: content },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in again && again.code).toBe(1);
    expect(again.stderr).toContain(`already has the id "${slug}"`);
    expect(existsSync(join(content, 'articles/clinician', `${slug}.mdx`))).toBe(false);
  });
});
