/**
 * Checks on a built site, made from its files: every internal link and fragment leads
 * somewhere, nothing loads from another origin, every page says what it is (title,
 * description, canonical address, Open Graph), and its JSON-LD parses and uses only
 * schema.org's vocabulary. Pure: pages in, problems out; scripts/check-dist.ts reads the
 * files and adds the HTML validator.
 */
import { Parser } from 'htmlparser2';

export interface Problem {
  /** The page or file, as a path on the site: "/for-you/why-numb/". */
  where: string;
  message: string;
}

export interface PageFacts {
  ids: Set<string>;
  /** Every address the page names; `loads` when the browser fetches it on its own. */
  urls: { url: string; where: string; loads: boolean }[];
  title: string;
  /** <meta> content by name or property: "description", "og:url", "robots"… */
  meta: Map<string, string>;
  canonical?: string;
  jsonLd: string[];
}

export interface BuiltSite {
  /** The origin the site was built for (its canonical addresses use it). */
  origin: string;
  /** Pages by their path: "/for-you/why-numb/" for for-you/why-numb/index.html, "/404.html". */
  pages: Map<string, PageFacts>;
  /** Every file, by path: "/rss.xml", "/for-you/why-numb/index.html". */
  files: Set<string>;
}

/** Links whose rel makes the browser fetch them with the page. */
const fetchedRels = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'mask-icon']);
/** Attributes that name an address, by element; `true` where the browser fetches it with the page. */
const urlAttributes: Record<string, Record<string, boolean>> = {
  a: { href: false },
  area: { href: false },
  form: { action: true }, // Not fetched on load, but whatever is typed goes there.
  script: { src: true },
  img: { src: true, srcset: true },
  source: { src: true, srcset: true },
  video: { src: true, poster: true },
  audio: { src: true },
  track: { src: true },
  iframe: { src: true },
  embed: { src: true },
  object: { data: true },
  input: { src: true },
};

/** The facts about one page that the checks need, from its HTML. */
export function readPage(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), urls: [], title: '', meta: new Map(), jsonLd: [] };
  let inTitle = false;
  let jsonLd: string | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (attrs.id) facts.ids.add(attrs.id);
        if (tag === 'a' && attrs.name) facts.ids.add(attrs.name);
        if (tag === 'title') inTitle = true;
        if (tag === 'script' && attrs.type === 'application/ld+json') jsonLd = '';
        if (tag === 'meta' && attrs.content !== undefined) {
          const key = attrs.name ?? attrs.property;
          if (key) facts.meta.set(key, attrs.content);
        }
        if (tag === 'link' && attrs.href) {
          const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (rels.includes('canonical')) facts.canonical = attrs.href;
          facts.urls.push({ url: attrs.href, where: `<link rel="${attrs.rel}">`, loads: rels.some((r) => fetchedRels.has(r)) });
        }
        for (const [attribute, loads] of Object.entries(urlAttributes[tag] ?? {})) {
          const value = attrs[attribute];
          if (value === undefined) continue;
          const urls = attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) facts.urls.push({ url, where: `<${tag} ${attribute}>`, loads });
        }
      },
      ontext(text) {
        if (inTitle) facts.title += text;
        if (jsonLd !== undefined) jsonLd += text;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        if (tag === 'script' && jsonLd !== undefined) {
          facts.jsonLd.push(jsonLd);
          jsonLd = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  facts.title = facts.title.trim();
  return facts;
}

/** The file a same-origin path is served from, or why there is none. */
function resolveFile(site: BuiltSite, path: string): { file: string } | { missing: string } {
  if (path.endsWith('/')) return site.files.has(`${path}index.html`) ? { file: `${path}index.html` } : { missing: 'no such page' };
  if (site.files.has(path)) return { file: path };
  if (site.files.has(`${path}/index.html`)) return { missing: `no such file: the page is ${path}/ (the site's addresses end in "/")` };
  return { missing: 'no such page or file' };
}

const pageOfFile = (file: string) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);

/** Every internal link and fragment resolves; nothing is fetched from another origin. */
export function checkLinks(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  for (const [path, page] of site.pages) {
    for (const { url, where, loads } of page.urls) {
      if (/^(mailto|tel|sms):/i.test(url)) continue;
      const add = (message: string) => problems.push({ where: path, message: `${where} ${url}: ${message}` });
      if (/^javascript:/i.test(url)) {
        add('a javascript: address runs code, which the Content Security Policy forbids');
        continue;
      }
      let target: URL;
      try {
        target = new URL(url, `${site.origin}${path}`);
      } catch {
        add('not a valid address');
        continue;
      }
      if (target.origin !== site.origin) {
        if (loads) add('fetched from another origin: the site must load nothing from anywhere else');
        continue;
      }
      const resolved = resolveFile(site, decodeURIComponent(target.pathname));
      if ('missing' in resolved) {
        add(resolved.missing);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetPage = site.pages.get(pageOfFile(resolved.file));
      if (fragment && targetPage && !targetPage.ids.has(fragment)) add(`no element has id "${fragment}" on ${pageOfFile(resolved.file)}`);
    }
  }
  return problems;
}

/**
 * Nothing follows </html>. Browsers and html-validate take a stray <script> there in their
 * stride, but the W3C Nu checker reports it ("Stray start tag script"): Astro puts a page's
 * <script> after </html> when it stands outside the page's layout.
 */
export function checkDocumentEnd(where: string, html: string): Problem[] {
  const end = html.toLowerCase().lastIndexOf('</html>');
  if (end === -1) return [{ where, message: 'no </html>: the page is cut short' }];
  const after = html.slice(end + '</html>'.length).trim();
  if (!after) return [];
  return [{ where, message: `content after </html>: "${after.slice(0, 60)}${after.length > 60 ? '…' : ''}". Put it inside the page's layout (a <script> in an .astro page goes inside <BaseLayout>).` }];
}

/** A page says what it is: title, description, canonical address and Open Graph tags. */
export function checkHead(site: BuiltSite): Problem[] {
  const problems: Problem[] = [];
  for (const [path, page] of site.pages) {
    const add = (message: string) => problems.push({ where: path, message });
    if (!page.title) add('no <title>');
    for (const name of ['description', 'og:title', 'og:description', 'og:type', 'og:site_name']) {
      if (!page.meta.get(name)?.trim()) add(`no <meta> ${name}`);
    }
    if (page.meta.get('robots')?.includes('noindex')) continue;
    const expected = `${site.origin}${path}`;
    if (page.canonical !== expected) add(`canonical address is ${page.canonical ?? 'missing'}, expected ${expected}`);
    if (page.meta.get('og:url') !== expected) add(`og:url is ${page.meta.get('og:url') ?? 'missing'}, expected ${expected}`);
  }
  return problems;
}

export interface Vocabulary {
  types: Set<string>;
  properties: Set<string>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every key and @type in a JSON-LD value that schema.org does not define. */
function unknownTerms(value: Json, vocabulary: Vocabulary, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownTerms(v, vocabulary, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === '@type') return [v].flat().filter((t) => typeof t !== 'string' || !vocabulary.types.has(t)).map((t) => `${at}: "${String(t)}" is not a schema.org type`);
    if (key === '@context' || key === '@id') return [];
    const here = vocabulary.properties.has(key) ? [] : [`${at}: "${key}" is not a schema.org property`];
    return [...here, ...unknownTerms(v, vocabulary, `${at}.${key}`)];
  });
}

const termPage = /^\/(conditions|symptoms|treatments)\/[^/]+\/$/;
const termTypes = { conditions: 'MedicalCondition', symptoms: 'MedicalSignOrSymptom', treatments: 'MedicalTherapy' } as const;

/**
 * JSON-LD parses and uses only schema.org terms; articles (og:type "article") and term pages
 * carry a MedicalWebPage saying whom they are for and what they are about.
 */
export function checkStructuredData(site: BuiltSite, vocabulary: Vocabulary): Problem[] {
  const problems: Problem[] = [];
  for (const [path, page] of site.pages) {
    const add = (message: string) => problems.push({ where: path, message });
    const blocks: Record<string, Json>[] = [];
    for (const text of page.jsonLd) {
      try {
        blocks.push(JSON.parse(text) as Record<string, Json>);
      } catch (error) {
        add(`JSON-LD does not parse: ${(error as Error).message}`);
      }
    }
    for (const block of blocks) {
      if (block['@context'] !== 'https://schema.org') add(`JSON-LD @context is ${JSON.stringify(block['@context'])}, expected "https://schema.org"`);
      for (const term of unknownTerms(block, vocabulary, 'JSON-LD')) add(term);
    }
    const webPage = blocks.find((b) => b['@type'] === 'MedicalWebPage');
    const kind = termPage.exec(path)?.[1] as keyof typeof termTypes | undefined;
    const isArticle = page.meta.get('og:type') === 'article';
    if (!isArticle && !kind) continue;
    if (!webPage) {
      add('no MedicalWebPage JSON-LD');
      continue;
    }
    if (!webPage.audience) add('MedicalWebPage has no audience');
    if (isArticle && !webPage.lastReviewed) add('MedicalWebPage has no lastReviewed date');
    const about = webPage.about as { '@type'?: string } | undefined;
    if (kind && about?.['@type'] !== termTypes[kind]) add(`MedicalWebPage is about ${about?.['@type'] ?? 'nothing'}, expected a ${termTypes[kind]}`);
  }
  return problems;
}

/** Stylesheets fetch nothing from another origin: no web fonts, no @import from a CDN. */
export function checkStylesheet(where: string, css: string): Problem[] {
  return [...css.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi)].map((m) => ({
    where,
    message: `fetches ${m[1]} from another origin: the site must load nothing from anywhere else`,
  }));
}
