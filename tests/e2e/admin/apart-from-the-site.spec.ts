/**
 * /admin/ is for editors, and no part of the public site: the real build (dist/) writes it with
 * noindex and a policy of its own, saving through pull requests on GitHub; no public page lists,
 * links to or loads it, and the public pages keep their own policy. Then axe over Decap's own
 * screens: reported, not enforced (see the test).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const dist = process.env.SITE_DIST ?? 'dist';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const policy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';

test('the built /admin/ is noindex, has its own policy and saves through pull requests; no public page names it', () => {
  const admin = read('admin/index.html');
  expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
  const config = JSON.parse(/<script type="application\/json" id="cms-data">([^<]*)<\/script>/.exec(admin)![1]!).config;
  expect(config).toMatchObject({ publish_mode: 'editorial_workflow', backend: { name: 'github' } });
  // A real build talks to GitHub only; decap-server is for a local copy.
  expect(config.local_backend).toBeUndefined();
  expect(policy(admin)).toContain("'unsafe-eval'");

  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  expect(pages.length).toBeGreaterThan(10);
  for (const page of pages) {
    const html = read(page);
    expect(/["'(]\/admin\//.test(html), `${page} links to or loads /admin/`).toBe(false);
    expect(policy(html), page).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  }
  for (const file of readdirSync(dist).filter((f) => f.startsWith('sitemap'))) expect(read(file), file).not.toContain('/admin/');
  // Nor is it in the search index (Pagefind indexes only pages marked data-pagefind-body).
  const indexed = readdirSync(join(dist, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString());
  expect(indexed.length).toBeGreaterThan(10);
  expect(indexed.filter((fragment) => fragment.includes('"url":"/admin/'))).toEqual([]);
});

test('axe on the editor: Decap CMS\u2019s own screens (reported, not enforced)', async ({ page }, testInfo) => {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: /Article for the public$/ }).click();
  await expect(page.getByLabel('Title')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s): ${v.help}`);
  // The editor's screens are Decap's markup, not this project's: what axe finds goes to Decap
  // (and into the report), and does not fail the site. Every page readers see keeps axe at zero
  // (tests/e2e/site/accessibility.spec.ts).
  await testInfo.attach('axe on /admin/ (Decap CMS)', { body: found.join('\n') || 'no violations', contentType: 'text/plain' });
  console.log(`axe on /admin/ (Decap CMS's editor screen): ${found.length ? `\n  ${found.join('\n  ')}` : 'no violations'}`);
});
