/**
 * The assessment tools, checked against their content files (read independently of the site's
 * code): every tool has its page, listed in the index, the sitemap, search and the open data;
 * each links to what it measures, and each of those pages links back. Used by both projects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { load } from 'js-yaml';
import { sitemapPaths } from './helpers.ts';

interface ToolFile {
  id: string;
  url: string;
  name: string;
  shortName: string;
  itemCount: number;
  items?: { list: string[] };
  cutOffs?: { source: string }[];
  references: string[];
  conditions?: string[];
  symptoms?: string[];
}

/** The tools in a content folder, straight from their files. */
export function toolFiles(contentDir: string): ToolFile[] {
  const dir = join(contentDir, 'instruments');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const id = file.replace(/\.mdx$/, '');
      const data = load(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '') as Omit<ToolFile, 'id' | 'url'>;
      return { ...data, id, url: `/clinicians/tools/${id}/` };
    });
}

/** Every condition and symptom page a tool names, with the tools that name it. */
function measuredTerms(tools: ToolFile[]): Map<string, string[]> {
  const byTerm = new Map<string, string[]>();
  for (const tool of tools) {
    for (const [kind, ids] of [['conditions', tool.conditions ?? []], ['symptoms', tool.symptoms ?? []]] as const) {
      for (const id of ids) byTerm.set(`/${kind}/${id}/`, [...(byTerm.get(`/${kind}/${id}/`) ?? []), tool.url]);
    }
  }
  return byTerm;
}

const html = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
};

export function instrumentTests(contentDir: string): void {
  const tools = toolFiles(contentDir);

  test('the tools index lists every tool, and the clinician hub and navigation lead to it', async ({ page }) => {
    expect(tools.length).toBeGreaterThan(0);
    await page.goto('/clinicians/tools/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment tools');
    const listed = await page.locator('main .cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(tools.map((t) => t.url).sort());
    await page.goto('/clinicians/');
    await expect(page.getByRole('main').getByRole('link', { name: 'All assessment tools' })).toHaveAttribute('href', '/clinicians/tools/');
    await page.getByRole('navigation', { name: 'For clinicians' }).getByRole('link', { name: 'Assessment tools' }).click();
    await expect(page).toHaveURL(/\/clinicians\/tools\/$/);
  });

  for (const tool of tools) {
    test(`${tool.url}: what it measures, its items, cut-off sources and references, and links both ways`, async ({ page }) => {
      await page.goto(tool.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${tool.name} (${tool.shortName})`);
      await expect(page.getByRole('heading', { name: 'Items', exact: true })).toBeVisible();
      // Word for word only where the file holds the items (the schema allows that only under a free licence).
      const items = page.locator('.item-list li');
      if (tool.items) await expect(items).toHaveText(tool.items.list);
      else await expect(items).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Licence' })).toBeVisible();
      for (const id of new Set([...(tool.cutOffs ?? []).map((c) => c.source), ...tool.references])) {
        await expect(page.locator(`#references-heading + ol > li#ref-${id}`), id).toHaveCount(1);
      }
      // Each cut-off's citation jumps to its reference.
      for (const link of await page.locator('#cut-offs-heading ~ .table-scroll sup.cite a').all()) {
        await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
      }
      const measures = page.locator('section[aria-labelledby="measures-heading"] a');
      const expected = [...(tool.conditions ?? []).map((id) => `/conditions/${id}/`), ...(tool.symptoms ?? []).map((id) => `/symptoms/${id}/`)];
      expect((await measures.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).sort()).toEqual(expected.sort());
      for (const term of expected) {
        await page.goto(term);
        await expect(page.locator('section[aria-labelledby="measured-by"]').getByRole('link', { name: tool.shortName, exact: true }), term).toHaveAttribute('href', tool.url);
      }
    });
  }

  test('a term page lists exactly the tools that name it, and a page no tool names has no "Measured by"', async ({ request }) => {
    const byTerm = measuredTerms(tools);
    for (const [path, urls] of byTerm) {
      const section = (await html(request, path)).match(/<section aria-labelledby="measured-by"[\s\S]*?<\/section>/)?.[0] ?? '';
      const linked = [...section.matchAll(/href="(\/clinicians\/tools\/[^"]+\/)"/g)].map((m) => m[1]);
      expect(linked.sort(), path).toEqual(urls.sort());
    }
    const unmeasured = (await sitemapPaths(request)).filter((p) => /^\/(conditions|symptoms)\/[^/]+\/$/.test(p) && !byTerm.has(p));
    for (const path of unmeasured) expect(await html(request, path), path).not.toContain('aria-labelledby="measured-by"');
  });

  test('every tool page is in the sitemap, marked for search and described in JSON-LD as a medical test', async ({ request }) => {
    const sitemap = await sitemapPaths(request);
    expect(sitemap).toContain('/clinicians/tools/');
    for (const tool of tools) {
      expect(sitemap, tool.url).toContain(tool.url);
      const page = await html(request, tool.url);
      expect(page, tool.url).toContain('data-pagefind-body');
      expect(page, tool.url).toContain('data-pagefind-filter="type:Assessment tool"');
      const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
      expect(jsonLd, tool.url).toMatchObject({ '@type': 'MedicalWebPage', audience: { audienceType: 'Clinician' } });
      expect(jsonLd.about[0], tool.url).toMatchObject({ '@type': 'MedicalTest', name: tool.name, alternateName: tool.shortName });
    }
  });

  test('/data/instruments.json lists every tool with its page, ids and licence', async ({ request }) => {
    const data: { id: string; url: string; shortName: string; conditions: string[]; symptoms: string[]; licence: { reproduction: string }; items?: unknown }[] = await (
      await request.get('/data/instruments.json')
    ).json();
    expect(data.map((t) => t.id).sort()).toEqual(tools.map((t) => t.id).sort());
    for (const entry of data) {
      const tool = tools.find((t) => t.id === entry.id)!;
      expect(new URL(entry.url).pathname).toBe(tool.url);
      expect(entry).toMatchObject({ shortName: tool.shortName, conditions: tool.conditions ?? [], symptoms: tool.symptoms ?? [] });
      expect(entry.items === undefined || entry.licence.reproduction === 'free', entry.id).toBe(true);
    }
  });
}
