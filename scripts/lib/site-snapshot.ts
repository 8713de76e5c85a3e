/**
 * A built site, reduced to what a reviewer compares page by page: each page's title, a digest
 * of its HTML (so two builds of the same content compare equal), whether the way to urgent help
 * is on it and which numbers it offers, and whether it keeps its page budgets. The title comes
 * from check:dist's reader (scripts/lib/site-checks.ts) and the budgets from the budget test's
 * own checks (tests/e2e/page-budgets.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipped, pageBudgetProblems } from '../../tests/e2e/page-budgets.ts';
import { readPage } from './site-checks.ts';

export interface BuiltPageFacts {
  title: string;
  digest: string;
  /** Bytes of HTML, gzipped. */
  htmlBytes: number;
  /** The page's own help box (the "Urgent help" landmark or a box in its body). */
  helpBox: boolean;
  /** Numbers the page offers to call or text (tel: and sms: links), digits only. */
  numbers: string[];
  budgetProblems: string[];
}

/**
 * HTML without what changes from build to build for reasons of code, not content: hashed asset
 * names (/_astro/ArticlePage.Bx1k.css), scoped-style ids and the CSP's script and style hashes.
 */
export function comparableHtml(html: string): string {
  return html
    .replace(/\/_astro\/([\w-]+?)\.[\w-]{6,}\.(css|js|mjs)/g, '/_astro/$1.$2')
    .replace(/\s?data-astro-cid-[\w-]+(?:="[^"]*")?/g, '')
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
}

/** The numbers a page offers to call or text, digits only: "tel:116123" gives "116123". */
export const offeredNumbers = (html: string): string[] =>
  [...new Set([...html.matchAll(/href="(?:tel|sms):\+?([\d]+)/g)].map((m) => m[1]!))].sort();

export const hasHelpBox = (html: string): boolean => /class="[^"]*\bhelp-box\b/.test(html);

export function snapshotSite(dir: string): Record<string, BuiltPageFacts> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(sep).join('/')}`);
  const readAsset = (path: string) => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const pages: Record<string, BuiltPageFacts> = {};
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const path = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
    const html = readFileSync(join(dir, file), 'utf8');
    pages[path] = {
      title: readPage(html).title,
      digest: createHash('sha256').update(comparableHtml(html)).digest('hex').slice(0, 16),
      htmlBytes: gzipped(html),
      helpBox: hasHelpBox(html),
      numbers: offeredNumbers(html),
      budgetProblems: pageBudgetProblems({ path, html }, readAsset).map((p) => p.replace(`${path}: `, '')),
    };
  }
  return pages;
}
