/**
 * Lists that grow with the site are paged, on a real build of the real content plus 120
 * generated articles (the benchmark's generator): the hubs, a term's lists, a reference's
 * citing articles. What each list should hold is read straight from the content files, not
 * from the site's code; every built page must still keep the page budgets.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { pageBudgetProblems } from '../e2e/page-budgets.ts';
import { astroBuild } from './astro-build.ts';

/** What these tests expect of the site's paging (src/lib/paging.ts), written out. */
const PER_PAGE = 20;
const TERM_PAGE_SHOWS = 10;
/** How many articles the feed carries (src/pages/rss.xml.ts). */
const FEED_SIZE = 50;

/** A real guide and a real clinical summary that generated articles are made to link to. */
const URGENT = '/for-you/when-to-get-urgent-help/';
const SUMMARY = '/clinicians/emotional-numbing-clinical-summary/';

const dir = mkdtempSync(join(tmpdir(), 'kb-paging-'));
const content = join(dir, 'content');
const dist = join(dir, 'dist');

interface ArticleFacts {
  id: string;
  url: string;
  title: string;
  audience: 'public' | 'practitioner';
  format: string;
  published: Date;
  tags: string[];
  cites: string[];
  file: string;
}

/** Every published article, newest first (then by title), read from its file. */
function readArticles(): ArticleFacts[] {
  const root = join(content, 'articles');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      const data = load(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const id = f.split('/').pop()!.replace(/\.mdx$/, '');
      const audience = data.audience as ArticleFacts['audience'];
      const tags = ['conditions', 'symptoms', 'treatments'].flatMap((kind) => ((data[kind] as string[] | undefined) ?? []).map((t) => `${kind}/${t}`));
      return {
        id,
        url: `${audience === 'public' ? '/for-you/' : '/clinicians/'}${id}/`,
        title: String(data.title),
        audience,
        format: String(data.format),
        published: new Date(data.published as string),
        tags,
        cites: [...new Set([...text.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!))],
        file: join(root, f),
        draft: data.draft === true,
      };
    })
    .filter((a) => !a.draft)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title));
}

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(dist, path, 'index.html'));
/** The article each card links to, in order. */
const cards = (markup: string) => [...markup.matchAll(/<li class="card"[^>]*><h[23][^>]*><a href="([^"]+)"/g)].map((m) => m[1]!);
const section = (markup: string, id: string) => markup.match(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';
const pagesNav = (markup: string) => markup.match(/<nav class="pagination" aria-label="Pages"[\s\S]*?<\/nav>/)?.[0];
const linkWithRel = (markup: string, tag: 'a' | 'link', rel: string) =>
  markup.match(new RegExp(`<${tag}\\b[^>]*\\brel="${rel}"[^>]*>`))?.[0]?.match(/href="([^"]+)"/)?.[1];
const currentPage = (nav: string) => nav.match(/<a [^>]*aria-current="page"[^>]*>(\d+)<\/a>/)?.[1];
const heading = (markup: string) => markup.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
/** Every page of a list, from its first address, following each page's Next link. */
function allPages(first: string): string[] {
  const pages = [first];
  for (let next = linkWithRel(html(first), 'a', 'next'); next; next = linkWithRel(html(next), 'a', 'next')) pages.push(next);
  return pages;
}
/** The articles a paged list links to, page by page. */
const listed = (first: string) => allPages(first).flatMap((path) => cards(html(path)));

let articles: ArticleFacts[] = [];
let buildOutput = '';

beforeAll(async () => {
  generateContent('content', content, 120);
  articles = readArticles();
  // Twenty-five generated articles also mention a symptom they are not tagged with, link to one
  // guide and cite one reference: more than a term page shows under "Also mentioned in", more
  // than an article page shows under "Pages that link here", and more than a reference page shows
  // at once, so those lists need pages too, however many references the site holds.
  const mentioned = articles.filter((a) => a.id.startsWith('synthetic-') && !a.tags.includes('symptoms/rage')).slice(0, 25);
  for (const a of mentioned) appendFileSync(a.file, `\nSome men notice [bursts of rage](/symptoms/rage/) too. [Get help now](${URGENT}), or [read more](${SUMMARY}).\n`);
  // They also cite one reference, so its page has more citing articles than one page shows,
  // however many references there are to spread the generated citations over.
  const [first] = JSON.parse(readFileSync(join(content, 'references.json'), 'utf8')) as { id: string }[];
  for (const a of mentioned) appendFileSync(a.file, `\nThe research agrees. <Cite id="${first!.id}" />\n`);
  articles = readArticles();
  const build = await astroBuild({ content, out: dist, cache: join(dir, 'cache') });
  buildOutput = build.output;
  expect(build.ok, build.output).toBe(true);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the guides hub, /for-you/', () => {
  const guides = () => articles.filter((a) => a.audience === 'public');

  it('is in pages of twenty: page 1 keeps the intro, page 2 says which page it is', () => {
    const last = Math.ceil(guides().length / PER_PAGE);
    expect(last, 'enough generated guides for three pages').toBeGreaterThanOrEqual(3);
    const first = html('for-you/');
    expect(cards(first)).toHaveLength(PER_PAGE);
    expect(first).toContain('You are not broken');
    expect(linkWithRel(first, 'a', 'prev')).toBeUndefined();
    expect(linkWithRel(first, 'a', 'next')).toBe('/for-you/2/');
    expect(linkWithRel(first, 'link', 'next')).toBe('/for-you/2/');
    expect(currentPage(pagesNav(first)!)).toBe('1');

    const second = html('for-you/2/');
    expect(cards(second)).toHaveLength(PER_PAGE);
    expect(heading(second)).toBe(`Guides, page 2 of ${last}`);
    expect(second).toContain(`<title>Guides, page 2 of ${last} | Feeling nothing?</title>`);
    expect(second).not.toContain('You are not broken');
    expect(linkWithRel(second, 'a', 'prev')).toBe('/for-you/');
    expect(linkWithRel(second, 'link', 'prev')).toBe('/for-you/');
    expect(linkWithRel(second, 'a', 'next')).toBe('/for-you/3/');
    expect(currentPage(pagesNav(second)!)).toBe('2');
    expect(second).toContain('<link rel="canonical" href="http://localhost:4321/for-you/2/">');
  });

  it('ends on a last page with no Next, and no page after it', () => {
    const last = Math.ceil(guides().length / PER_PAGE);
    const end = html(`for-you/${last}/`);
    expect(cards(end)).toHaveLength(guides().length - (last - 1) * PER_PAGE);
    expect(linkWithRel(end, 'a', 'next')).toBeUndefined();
    expect(linkWithRel(end, 'link', 'next')).toBeUndefined();
    expect(pagesNav(end)).not.toContain('Next');
    expect(currentPage(pagesNav(end)!)).toBe(String(last));
    expect(exists(`for-you/${last + 1}/`)).toBe(false);
  });

  it('links every published guide from exactly one of its pages, newest first', () => {
    expect(listed('/for-you/')).toEqual(guides().map((a) => a.url));
  });

  it('keeps its pages out of the search index, like the hubs', () => {
    for (const path of allPages('/for-you/')) expect(html(path), path).not.toContain('data-pagefind-body');
  });
});

describe('the clinician hub and the handouts', () => {
  it('pages the clinical summaries on /clinicians/, each on exactly one page', () => {
    const summaries = articles.filter((a) => a.audience === 'practitioner' && a.format !== 'handout');
    expect(summaries.length).toBeGreaterThan(PER_PAGE);
    expect(heading(html('clinicians/2/'))).toBe(`Clinical summaries, page 2 of ${Math.ceil(summaries.length / PER_PAGE)}`);
    expect(listed('/clinicians/').filter((url) => summaries.some((s) => s.url === url))).toEqual(summaries.map((a) => a.url));
  });

  it('lists every handout on exactly one page of /clinicians/handouts/', () => {
    const handouts = articles.filter((a) => a.format === 'handout');
    expect(listed('/clinicians/handouts/')).toEqual(handouts.map((a) => a.url));
  });
});

describe("a term page's lists", () => {
  /** The term with the most articles for `audience` (guides by default): more than a page of them. */
  const busiest = (audience: ArticleFacts['audience'] = 'public') => {
    const counts = new Map<string, number>();
    for (const a of articles.filter((x) => x.audience === audience)) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]!;
  };

  it('shows the ten newest guides and links to all of them, in pages', () => {
    const [term, count] = busiest();
    expect(count, `${term} has more than a page of guides`).toBeGreaterThan(PER_PAGE);
    const tagged = articles.filter((a) => a.audience === 'public' && a.tags.includes(term)).map((a) => a.url);
    const page = section(html(`${term}/`), 'public-articles');
    expect(cards(page)).toEqual(tagged.slice(0, TERM_PAGE_SHOWS));
    expect(page).toMatch(new RegExp(`<a href="/${term}/guides/"[^>]*>All ${count} guides about `));
    expect(allPages(`/${term}/guides/`)).toHaveLength(Math.ceil(count / PER_PAGE));
    expect(listed(`/${term}/guides/`)).toEqual(tagged);
    expect(heading(html(`${term}/guides/2/`))).toMatch(/^Guides about .+, page 2 of \d+$/);
  });

  it('does the same for the articles for clinicians', () => {
    const term = busiest('practitioner')[0];
    const tagged = articles.filter((a) => a.audience === 'practitioner' && a.tags.includes(term)).map((a) => a.url);
    expect(tagged.length).toBeGreaterThan(TERM_PAGE_SHOWS);
    expect(cards(section(html(`${term}/`), 'clinical-articles'))).toEqual(tagged.slice(0, TERM_PAGE_SHOWS));
    expect(listed(`/${term}/for-clinicians/`)).toEqual(tagged);
  });

  it('shows ten of the other pages that mention it, and links to all of them', () => {
    const mentioning = articles.filter((a) => !a.tags.includes('symptoms/rage') && readFileSync(a.file, 'utf8').includes('](/symptoms/rage/)')).map((a) => a.url);
    expect(mentioning.length).toBeGreaterThan(PER_PAGE);
    const page = section(html('symptoms/rage/'), 'backlinks');
    expect([...page.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1])).toEqual(mentioning.slice(0, TERM_PAGE_SHOWS));
    expect(page).toMatch(new RegExp(`<a href="/symptoms/rage/mentioned-in/"[^>]*>All ${mentioning.length} other pages that mention bursts of rage</a>`));
    expect(listed('/symptoms/rage/mentioned-in/')).toEqual(mentioning);
  });

  it('has no list pages for a list the term page shows whole', () => {
    const quiet = readdirSync(join(content, 'treatments'))
      .map((f) => `treatments/${f.replace(/\.mdx$/, '')}`)
      .find((t) => articles.filter((a) => a.audience === 'practitioner' && a.tags.includes(t)).length <= TERM_PAGE_SHOWS);
    expect(quiet, 'a treatment with ten clinical articles or fewer').toBeDefined();
    expect(html(`${quiet}/`)).not.toContain(`/${quiet}/for-clinicians/`);
    expect(exists(`${quiet}/for-clinicians/`)).toBe(false);
  });
});

describe("an article page's links here", () => {
  it.each([URGENT, SUMMARY])('%s shows ten of the pages that link to it, and links to all of them', (url) => {
    const linking = articles.filter((a) => a.url !== url && readFileSync(a.file, 'utf8').includes(`](${url}`)).map((a) => a.url);
    expect(linking.length).toBeGreaterThan(PER_PAGE);
    const page = section(html(url), 'backlinks-heading');
    expect([...page.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1])).toEqual(linking.slice(0, TERM_PAGE_SHOWS));
    expect(page).toMatch(new RegExp(`<a href="${url}linked-from/"[^>]*>All ${linking.length} pages that link here</a>`));
    expect(listed(`${url}linked-from/`)).toEqual(linking);
    expect(heading(html(`${url}linked-from/2/`))).toMatch(/^Pages that link to .+, page 2 of \d+$/);
  });
});

describe('a reference page', () => {
  it('pages the articles citing it, each on exactly one page', () => {
    const counts = new Map<string, number>();
    for (const a of articles) for (const r of a.cites) counts.set(r, (counts.get(r) ?? 0) + 1);
    const [reference, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(PER_PAGE);
    const first = html(`references/${reference}/`);
    expect(cards(first)).toHaveLength(PER_PAGE);
    expect(linkWithRel(first, 'a', 'next')).toBe(`/references/${reference}/2/`);
    expect(heading(html(`references/${reference}/2/`))).toMatch(/^Articles citing .+, page 2 of \d+$/);
    expect(listed(`/references/${reference}/`)).toEqual(articles.filter((a) => a.cites.includes(reference)).map((a) => a.url));
  });
});

describe('the whole scaled site', () => {
  const pages = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

  it('keeps every page within the page budgets', () => {
    const readAsset = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path), 'utf8') : undefined);
    const problems = pages().flatMap((f) => pageBudgetProblems({ path: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(join(dist, f), 'utf8') }, readAsset));
    expect(problems).toEqual([]);
  });

  it('is valid HTML, every link resolves and every page has a title and a canonical address of its own (npm run check:dist)', async () => {
    const checked = await promisify(execFile)(process.execPath, ['scripts/check-dist.ts', dist]).catch((error: { stdout: string; stderr: string }) => error);
    expect(checked.stderr, checked.stdout).toBe('');
    expect(checked.stdout).toMatch(/pages valid, every link and fragment resolves/);
  }, 60_000);

  it('keeps the RSS feed to the fifty newest articles, newest first', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>http:\/\/localhost:4321([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(articles.length).toBeGreaterThan(FEED_SIZE);
    expect(links).toEqual(articles.slice(0, FEED_SIZE).map((a) => a.url));
  });

  it('lists every paged page in the sitemap', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const paged = pages()
      .map((f) => `/${f.replace(/index\.html$/, '')}`)
      .filter((path) => /\/\d+\/$|\/(guides|for-clinicians|mentioned-in|linked-from)\//.test(path));
    expect(paged.length, buildOutput.slice(-500)).toBeGreaterThan(20);
    for (const path of paged) expect(sitemap, path).toContain(`<loc>http://localhost:4321${path}</loc>`);
  });
});
