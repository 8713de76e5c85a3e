/**
 * The search page on the real site. A search about suicide, self-harm or wanting to die puts
 * crisis help for the reader's country above everything else; results come before the folded
 * filters. Without JavaScript it says plainly that search needs it, shows the crisis help for
 * every search (it cannot read the query), and offers a few pages to browse: the same few however
 * many articles the site has, so the page does not grow with the site.
 */
import { expect, test, type Locator } from '@playwright/test';
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

/** Where an element starts down the page. */
const top = async (locator: Locator) => (await locator.boundingBox())!.y;

test.describe('a search about suicide, self-harm or wanting to die, on a phone in the UK', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'en-GB', timezoneId: 'Europe/London' });

  for (const query of ['kill myself', 'suicide', 'want to die', 'end it all', 'sucide', 'kil myself', 'self-harm', 'I feel numb and want to die']) {
    test(`"${query}" puts crisis help for the UK above everything else`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const crisis = page.getByRole('region', { name: /Talk to someone now/ });
      await expect(crisis).toBeVisible();
      const uk = crisis.locator('.country[data-country="uk"]');
      await expect(uk.locator('a[href="tel:999"]')).toBeInViewport();
      await expect(uk.locator('a[href="tel:116123"]')).toBeVisible();
      await expect(crisis.locator('.country[data-country="us"]')).toBeHidden();
      const status = page.getByRole('status');
      await expect(status).toHaveText(/^Help you can call or text now is shown first\. (No pages match|\d+ pages? found)/);
      // Nothing between the search box and the help: status, results and filters all come after it.
      const after = await top(crisis.locator('xpath=following-sibling::*[1]'));
      expect(await top(crisis)).toBeLessThan(after);
      for (const below of [status, page.locator('#search-filters')]) expect(await top(below)).toBeGreaterThan(await top(crisis));
      const results = page.locator('#search-results li');
      if (await results.count()) expect(await top(results.first())).toBeGreaterThan(await top(crisis));
    });
  }

  test('the help appears as the words are typed, and goes when they are gone', async ({ page }) => {
    await page.goto('/search/');
    const crisis = page.locator('#search-crisis');
    await expect(crisis).toBeHidden();
    const box = page.getByLabel('Search for');
    await box.fill('numb');
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await expect(crisis).toBeHidden();
    await box.pressSequentially(' i want to die');
    await expect(crisis).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^Help you can call or text now is shown first\./);
    await box.fill('numb');
    await expect(crisis).toBeHidden();
  });

  test('results come before the filters, which are folded until asked for', async ({ page }) => {
    await page.goto('/search/?q=numb');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    const filters = page.locator('#search-filters');
    expect(await top(filters)).toBeGreaterThan(await top(results.last()));
    await expect(page.getByLabel('Written for')).toBeHidden();
    await filters.getByText('Narrow the results').tap();
    await page.getByLabel('Written for').selectOption('For clinicians');
    await expect(page).toHaveURL(/audience=For\+clinicians/);
    // A filter in the address opens them.
    await page.goto('/search/?q=numb&audience=For+clinicians');
    await expect(page.getByLabel('Written for')).toHaveValue('For clinicians');
  });

  test("an excerpt never quotes another country's help box: a UK reader is not told to call 911", async ({ page }) => {
    // Every article ends with the help box, which lists every country's numbers in the HTML.
    // It is left out of the index, so an excerpt is the article's own words.
    await page.goto('/search/?q=why+do+I+feel+nothing');
    const results = page.locator('#search-results li');
    await expect(results.first()).toBeVisible();
    const total = Number((await page.getByRole('status').innerText()).match(/^(\d+) pages? found/)![1]);
    const more = page.getByRole('button', { name: 'Show more results' });
    for (let shown = await results.count(); shown < total; shown = await results.count()) {
      await more.click();
      await expect(results).not.toHaveCount(shown);
    }
    const excerpts = await results.allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(3);
    expect(excerpts.filter((text) => /\b(911|988|000|111|116 123)\b|United States|Call 999/.test(text))).toEqual([]);
  });
});

test.describe('without JavaScript, on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 667 }, isMobile: true });
  test('crisis help comes first for every search, with every country', async ({ page }) => {
    await page.goto('/search/?q=kill+myself');
    const crisis = page.getByRole('region', { name: /Talk to someone now/ });
    await expect(crisis).toBeVisible();
    for (const country of ['us', 'uk', 'ie', 'ca', 'au', 'nz']) await expect(crisis.locator(`.country[data-country="${country}"]`)).toBeVisible();
    expect(await top(page.locator('#search-fallback'))).toBeGreaterThan(await top(crisis));
  });
});
