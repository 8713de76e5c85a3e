import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { load } from 'js-yaml';

/** Every page path the sitemap lists, for tests that visit the whole site. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}

/**
 * A page and every page under its address that it links to, in turn: a list's later pages
 * (/for-you/2/) and a term's whole lists (/conditions/ptsd/guides/ and their pages). A long list
 * shows its newest few; these are the pages that hold the rest.
 */
/** The addresses the <main> of a page links to, read from its HTML (no browser needed). */
export async function mainLinks(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** Whether a page, or one of the pages under it that hold the rest of its lists, links to `target`. */
export async function linksTo(request: APIRequestContext, start: string, target: string): Promise<boolean> {
  const found = [start];
  for (let i = 0; i < found.length; i++) {
    const hrefs = await mainLinks(request, found[i]!);
    if (hrefs.includes(target)) return true;
    for (const href of hrefs) if (href.startsWith(start) && href.endsWith('/') && !found.includes(href)) found.push(href);
  }
  return false;
}

export async function pagesUnder(page: Page, start: string): Promise<string[]> {
  const found = [start];
  for (let i = 0; i < found.length; i++) {
    await page.goto(found[i]!);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) if (href.startsWith(start) && href.endsWith('/') && !found.includes(href)) found.push(href);
  }
  return found;
}

export interface ArticleFile {
  id: string;
  audience: 'public' | 'practitioner';
  format: string;
  draft: boolean;
  title: string;
  url: string;
  /** Its place on "Where to start", if editors put it there. */
  startHere?: number;
}

/** The articles in a content folder, read straight from their files, independent of the site's code. */
export function articleFiles(contentDir: string): ArticleFile[] {
  const root = join(contentDir, 'articles');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const data = load(text.split(/^---$/m)[1] ?? '') as { title: string; audience: 'public' | 'practitioner'; format: string; draft?: boolean; startHere?: number };
      const id = file.split('/').pop()!.replace(/\.mdx$/, '');
      const section = data.audience === 'public' ? '/for-you/' : '/clinicians/';
      return { id, audience: data.audience, format: data.format, draft: data.draft === true, title: data.title, url: `${section}${id}/`, startHere: data.startHere };
    });
}

export interface TermFile {
  /** "conditions/ptsd" */
  key: string;
  name: string;
  url: string;
  /** Keys of the terms linked to it, whichever file wrote the link. */
  linked: Set<string>;
}

/** Conditions, symptoms and treatments in a content folder, with their links read both ways, straight from their files. */
export function termFiles(contentDir: string): Map<string, TermFile> {
  const terms = new Map<string, TermFile>();
  const declared: [string, string][] = [];
  for (const kind of ['conditions', 'symptoms', 'treatments']) {
    for (const file of readdirSync(join(contentDir, kind)).filter((f) => f.endsWith('.mdx'))) {
      const id = file.replace(/\.mdx$/, '');
      const data = load(readFileSync(join(contentDir, kind, file), 'utf8').split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      const key = `${kind}/${id}`;
      terms.set(key, { key, name: String(data.name), url: `/${key}/`, linked: new Set() });
      for (const other of ['conditions', 'symptoms', 'treatments']) {
        for (const otherId of (data[other] as string[] | undefined) ?? []) declared.push([key, `${other}/${otherId}`]);
      }
    }
  }
  for (const [a, b] of declared) {
    terms.get(a)!.linked.add(b);
    terms.get(b)!.linked.add(a);
  }
  return terms;
}

/** How many pages a PDF from Chromium has: one page object each (the page tree is "/Type /Pages"). */
export const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
