import { expect, test } from '@playwright/test';
import { articleFiles, linksTo, sitemapPaths } from '../helpers.ts';

const articles = articleFiles('content');

// The sitemap is split into shards so Playwright's workers share it.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page in the sitemap renders, with its title, landmarks and the way to help (shard ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
    const all = await sitemapPaths(request);
    expect(all.length).toBeGreaterThan(10);
    const paths = all.filter((_, i) => i % SHARDS === shard);
    test.setTimeout(30_000 + paths.length * 3_000);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: 'Get help now' }), path).toBeVisible();
      await expect(page.getByRole('search').first(), path).toBeVisible();
      expect(await page.title(), path).not.toBe('');
    }
  });
}

test('every page type is present in the sitemap', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const pattern of [/^\/$/, /^\/for-you\/$/, /^\/for-you\/.+/, /^\/clinicians\/$/, /^\/clinicians\/.+/, /^\/clinicians\/tools\/$/, /^\/clinicians\/tools\/.+/, /^\/conditions\/.+/, /^\/symptoms\/.+/, /^\/treatments\/.+/, /^\/references\/.+/, /^\/glossary\/$/, /^\/get-help\/$/, /^\/about\/$/, /^\/search\/$/]) {
    expect(paths.some((p) => pattern.test(p)), String(pattern)).toBe(true);
  }
  expect(paths).not.toContain('/404/');
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Get help now' })).toBeVisible();
});

test('the sitemap lists every published article and no draft; the RSS feed the newest fifty, no draft', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  const sitemap = await sitemapPaths(request);
  const published = articles.filter((a) => !a.draft);
  expect(published.length).toBeGreaterThan(0);
  for (const article of articles) expect(sitemap.includes(article.url), `${article.url} in the sitemap`).toBe(!article.draft);
  // Which fifty, on a site with more, is held by tests/build/paging.test.ts.
  const inFeed = articles.filter((a) => rss.includes(`${a.url}</link>`));
  expect(inFeed.filter((a) => a.draft)).toEqual([]);
  expect(inFeed.length).toBe(Math.min(50, published.length));
});

test('robots.txt names the sitemap', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http.+\/sitemap-index\.xml$/m);
});

for (const article of articles.filter((a) => !a.draft)) {
  test(`${article.url}: every term and citation link leads to a page that links back`, async ({ page, request }) => {
    await page.goto(article.url);
    const topics = page.locator('section[aria-labelledby="terms-heading"] a');
    const termUrls = await topics.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    // The pages linked to are read as HTML, not opened in the browser: the same links, in a
    // fraction of the time. Each is asked once.
    const checked = new Map<string, Promise<boolean>>();
    const linksBack = (url: string) => {
      if (!checked.has(url)) checked.set(url, linksTo(request, url, article.url));
      return checked.get(url)!;
    };
    // The work grows with the page's links (a clinical page cites twenty sources or more), so
    // the time allowed does too: a loaded machine takes a second or more for each page visited.
    test.setTimeout(30_000 + 3_000 * termUrls.length);
    for (const url of termUrls) expect(await linksBack(url), `${url} links back`).toBe(true);
    await page.goto(article.url);
    // Each citation must land on its entry in the list; each cited reference's page must link
    // back. A clinical page cites one source many times, so each reference page is visited once.
    const citations = [...new Set(await page.locator('.prose sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
    const refPages = new Set<string>();
    for (const [i, href] of citations.entries()) {
      const target = page.locator(href);
      await expect(target, `citation ${i + 1} ${href}`).toHaveCount(1);
      refPages.add((await target.getByRole('link', { name: 'Where else this is cited' }).getAttribute('href'))!);
    }
    test.setTimeout(30_000 + 3_000 * (termUrls.length + refPages.size));
    for (const refPage of refPages) expect(await linksBack(refPage), `${refPage} links back`).toBe(true);
  });
}
