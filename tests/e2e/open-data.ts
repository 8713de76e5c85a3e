/**
 * The open data files: each validates against the JSON Schema served beside it (checked by
 * ajv, not by the site's own code), and agrees with the pages and the content files.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { articleFiles, termFiles } from './helpers.ts';

const names = ['graph', 'articles', 'references', 'helplines', 'instruments'];
const getJson = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('application/json');
  return response.json();
};
/** The text of a page's h1, with Astro's escapes undone. */
const heading = async (request: APIRequestContext, path: string) => {
  const html = await (await request.get(path)).text();
  const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
};

export function openDataTests(contentDir: string): void {
  for (const name of names) {
    test(`/data/${name}.json validates against /data/${name}.schema.json`, async ({ request }) => {
      const schema = await getJson(request, `/data/${name}.schema.json`);
      const data = await getJson(request, `/data/${name}.json`);
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  test('articles.json lists every published article, as its page shows it', async ({ request }) => {
    const articles: { id: string; url: string; title: string }[] = await getJson(request, '/data/articles.json');
    const published = articleFiles(contentDir).filter((a) => !a.draft);
    expect(articles.map((a) => a.id).sort()).toEqual(published.map((a) => a.id).sort());
    for (const article of articles) {
      const path = new URL(article.url).pathname;
      expect(path).toBe(published.find((a) => a.id === article.id)!.url);
      expect(await heading(request, path), path).toBe(article.title);
    }
  });

  test('graph.json has every term with its page, and exactly the links the content writes', async ({ request }) => {
    const graph: { terms: { kind: string; id: string; name: string; url: string }[]; links: { source: string; target: string }[] } =
      await getJson(request, '/data/graph.json');
    const files = termFiles(contentDir);
    expect(graph.terms.map((t) => `${t.kind}/${t.id}`).sort()).toEqual([...files.keys()].sort());
    for (const term of graph.terms) {
      const path = new URL(term.url).pathname;
      expect(path).toBe(`/${term.kind}/${term.id}/`);
      expect(await heading(request, path), path).toBe(term.name);
    }
    const links = graph.links.map((l) => [l.source, l.target].sort().join(' '));
    expect(new Set(links).size, 'each link once').toBe(links.length);
    const written = [...files.values()].flatMap((t) => [...t.linked].filter((k) => t.key < k).map((k) => `${t.key} ${k}`));
    expect(links.sort()).toEqual(written.sort());
  });

  test('references.json is CSL-JSON with a page for every reference', async ({ request }) => {
    const references: { id: string; type: string; title: string }[] = await getJson(request, '/data/references.json');
    expect(references.length).toBeGreaterThan(0);
    const index = await (await request.get('/references/')).text();
    for (const reference of references) {
      expect(reference.type).toMatch(/^(article-journal|book|chapter|report|webpage)$/);
      expect(index, reference.id).toContain(`/references/${reference.id}/`);
      expect((await request.get(`/references/${reference.id}/`)).status(), reference.id).toBe(200);
    }
  });

  test('helplines.json has every number the get-help page offers, and no other', async ({ request }) => {
    const helplines: { phone?: string; text?: { number: string } }[] = await getJson(request, '/data/helplines.json');
    const page = await (await request.get('/get-help/')).text();
    const dial = (n: string) => n.replace(/[\s-]/g, '');
    const inData = new Set(helplines.flatMap((h) => [h.phone, h.text?.number].filter((n): n is string => !!n).map(dial)));
    const onPage = new Set([...page.matchAll(/href="(?:tel|sms):([0-9]+)/g)].map((m) => m[1]!));
    expect([...onPage].sort()).toEqual([...inData].sort());
  });

  test('the open data page links every file and its schema', async ({ page, request }) => {
    await page.goto('/data/');
    for (const name of names) {
      for (const path of [`/data/${name}.json`, `/data/${name}.schema.json`]) {
        await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
        expect((await request.get(path)).status()).toBe(200);
      }
    }
  });
}
