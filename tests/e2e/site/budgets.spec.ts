/**
 * The page budgets (tests/e2e/page-budgets.ts) over every page of the built site, and what only
 * a browser shows: no search files before a search, and nothing shifting as a page loads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleFiles } from '../helpers.ts';
import { pageBudgetProblems } from '../page-budgets.ts';

const dist = process.env.SITE_DIST ?? 'dist';

function readAsset(path: string): string | undefined {
  try {
    return readFileSync(join(dist, decodeURIComponent(path)), 'utf8');
  } catch {
    return undefined;
  }
}

test('every page keeps its budgets: HTML, CSS, JavaScript and images', () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => ({ path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(join(dist, file), 'utf8') }));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.flatMap((page) => pageBudgetProblems(page, readAsset))).toEqual([]);
});

const article = articleFiles('content').find((a) => !a.draft)!;
for (const path of ['/', article.url, '/symptoms/emotional-numbness/', '/glossary/', '/search/', '/get-help/', '/sound-familiar/', '/self-check/']) {
  test(`${path}: no search files are fetched, and nothing shifts as the page loads, even with its scripts late`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // The site's scripts arrive late, as on a slow phone, so whatever they change is drawn first without them.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((wait) => setTimeout(wait, 400));
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 300);
        }),
    );
    expect(shift, 'cumulative layout shift').toBe(0);
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });
}

test('the search page fetches Pagefind only once the reader starts to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/', { waitUntil: 'networkidle' });
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByLabel('Search for').fill('numb');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

test('search fetches result details five at a time, the next five only when asked', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
  await page.goto('/search/?q=numb');
  const results = page.locator('#search-results li');
  await expect(results).toHaveCount(5);
  await expect(page.getByRole('status')).toHaveText(/pages found, showing the first 5\./);
  expect(fragments).toHaveLength(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results.nth(5).getByRole('link')).toBeFocused();
  expect(fragments).toHaveLength(await results.count());
});
