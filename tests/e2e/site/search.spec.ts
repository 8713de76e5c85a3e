/**
 * The search page on the real site. Without JavaScript it says plainly that search needs it,
 * and offers a few pages to browse and the way to help: the same few however many articles the
 * site has, so the page does not grow with the site.
 */
import { expect, test } from '@playwright/test';
import { articleFiles } from '../helpers.ts';

test('before a search there are no results and nothing to show more of', async ({ page }) => {
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await expect(page.locator('#search-fallback')).toBeHidden();
  await expect(page.locator('#search-results')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

/** What the fallback offers, in order: its link text and where it leads. */
const offered = [
  ['Guides for you', '/for-you/'],
  ['For clinicians', '/clinicians/'],
  ['Conditions', '/conditions/'],
  ['Symptoms', '/symptoms/'],
  ['Treatments', '/treatments/'],
  ['Glossary', '/glossary/'],
  ['References', '/references/'],
  ['Get help now', '/get-help/'],
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and offers pages to browse, and help', async ({ page, baseURL }) => {
    await page.goto('/search/?q=numb');
    const fallback = page.locator('#search-fallback');
    await expect(fallback.getByText('Search needs JavaScript, which is off in your browser.')).toBeVisible();
    const links = await fallback.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(offered);
    for (const [name, href] of offered) {
      await page.goto('/search/');
      await fallback.getByRole('link', { name, exact: true }).click();
      await expect(page, name).toHaveURL(`${baseURL}${href}`);
      await expect(page.locator('h1'), name).toBeVisible();
    }
  });

  test('lists no article, so the page stays the same size as the site grows', async ({ request }) => {
    const html = await (await request.get('/search/')).text();
    const articles = articleFiles('content').filter((a) => !a.draft);
    expect(articles.length).toBeGreaterThan(10);
    expect(articles.filter((a) => html.includes(`"${a.url}"`)).map((a) => a.url)).toEqual([]);
  });
});
