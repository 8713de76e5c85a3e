/**
 * Page budgets: what one page of the built site may cost a reader on a phone and a weak
 * connection. Pure: it reads a page's HTML and, through `readAsset`, the files the page loads,
 * so the site test runs it over dist/ and the unit test over pages made to break it.
 */
import { gzipSync } from 'node:zlib';
import { adminPath } from '../../src/lib/cms-config.ts';

export const budgets = {
  /** What arrives in the first round trip (TCP's initial window is about 14 KB). */
  html: 14 * 1024,
  css: 10 * 1024,
  /** JavaScript fetched on first load of a content page. */
  js: 2 * 1024,
};

/** Pages that are tools rather than content: their scripts are what they are for. */
export const toolPages = ['/search/'];

export const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** An attribute's value in an opening tag: "" for a bare attribute, undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  const m = tag.match(new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/>])`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
const elements = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'gi'))].map((m) => ({ tag: `<${name}${m[1]}>`, text: m[2] ?? '' }));

/** A URL the site serves itself: a path, not another origin. */
const sameOrigin = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');

/** What a module imports statically (`import x from "…"`, `import "…"`); not `import("…")`. */
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);

/** Adds a module and every module it imports statically, as the browser fetches them on load. */
function addModuleGraph(entry: string, readAsset: (path: string) => string | undefined, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  for (const specifier of staticImports(readAsset(entry) ?? '')) addModuleGraph(new URL(specifier, `http://site${entry}`).pathname, readAsset, seen);
}

export interface BuiltPage {
  /** The page's path, like "/for-you/why-numb/". */
  path: string;
  html: string;
}

/** Every way a page breaks its budgets, one line each; empty when it keeps them. */
export function pageBudgetProblems(page: BuiltPage, readAsset: (path: string) => string | undefined): string[] {
  const problems: string[] = [];
  const { path, html } = page;
  // The web editor is for editors, not readers, and no reader's page loads it (src/lib/cms-config.ts).
  if (path.startsWith(adminPath)) return problems;
  const over = (what: string, bytes: number, budget: number) => {
    if (bytes > budget) problems.push(`${path}: ${what} is ${kb(bytes)} gzipped, over its budget of ${kb(budget)}`);
  };
  const read = (href: string, what: string): string => {
    const text = readAsset(new URL(href, `http://site${path}`).pathname);
    if (text === undefined) problems.push(`${path}: ${what} ${href} is not in the built site`);
    return text ?? '';
  };

  over('the HTML', gzipped(html), budgets.html);

  // Stylesheets: linked files (all from this site) and <style> blocks, together.
  const stylesheets = tags(html, 'link').filter((t) => attribute(t, 'rel')?.split(/\s+/).includes('stylesheet'));
  let css = elements(html, 'style').reduce((n, s) => n + gzipped(s.text), 0);
  for (const link of stylesheets) {
    const href = attribute(link, 'href') ?? '';
    if (!sameOrigin(href)) problems.push(`${path}: the stylesheet ${href} comes from another site; serve it from this one`);
    else css += gzipped(read(href, 'the stylesheet'));
  }
  over('CSS', css, budgets.css);

  // Scripts on first load: inline ones, and module files with everything they import statically.
  // Dynamic imports (Pagefind's files) load later, when the reader asks for them.
  if (!toolPages.includes(path)) {
    let js = 0;
    const modules = new Set<string>();
    const follow = (href: string) => addModuleGraph(new URL(href, `http://site${path}`).pathname, readAsset, modules);
    for (const { tag, text } of elements(html, 'script')) {
      const type = attribute(tag, 'type');
      if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // Data, such as JSON-LD.
      const src = attribute(tag, 'src');
      if (src === undefined) {
        js += gzipped(text);
        staticImports(text).forEach(follow);
      } else if (!sameOrigin(src)) {
        problems.push(`${path}: the script ${src} comes from another site; serve it from this one`);
      } else {
        read(src, 'the script');
        follow(src);
      }
    }
    tags(html, 'link').filter((t) => attribute(t, 'rel') === 'modulepreload').forEach((t) => follow(attribute(t, 'href') ?? ''));
    for (const module of modules) js += gzipped(readAsset(module) ?? '');
    over('JavaScript on first load', js, budgets.js);
  }

  // Images: sized, so nothing moves as they arrive, and lazy, as Astro's <Image> makes them.
  for (const img of tags(html, 'img')) {
    const src = attribute(img, 'src') ?? '';
    const missing = ['width', 'height'].filter((a) => !attribute(img, a));
    if (missing.length) problems.push(`${path}: the image ${src} has no ${missing.join(' or ')}, so the page shifts as it loads; use <Image> from astro:assets`);
    if (attribute(img, 'loading') !== 'lazy') problems.push(`${path}: the image ${src} is not loading="lazy"; use <Image> from astro:assets`);
    if (!src.startsWith('/_astro/')) problems.push(`${path}: the image ${src} did not go through Astro’s image pipeline; import it and use <Image> from astro:assets`);
  }
  return problems;
}
