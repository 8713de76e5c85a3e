/**
 * Where a reader is sent next, on a phone: the home page and /for-you/ lead with the guides
 * editors chose ("Where to start", in their order), the home page has a door for the people
 * around him, a public guide's "Read next" holds no clinical summary, and an article's dates
 * come after its text, not above its first line.
 */
import { expect, test } from '@playwright/test';
import { articleFiles } from '../helpers.ts';

const articles = articleFiles('content').filter((a) => !a.draft);
const handouts = new Set(articles.filter((a) => a.format === 'handout').map((a) => a.url));
const startHere = articles
  .filter((a) => a.audience === 'public' && a.startHere !== undefined)
  .sort((a, b) => a.startHere! - b.startHere!)
  .map((a) => a.url);
const publicGuides = articles.filter((a) => a.audience === 'public');

test.use({ viewport: { width: 375, height: 800 } });

const startList = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Where to start' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('the home page leads with "Where to start", in the editors\u2019 order', async ({ page }) => {
  expect(startHere.length, 'editors have chosen guides to start with').toBeGreaterThanOrEqual(3);
  await page.goto('/');
  expect(await startList(page)).toEqual(startHere);
  // Above the doors, and its first guide on the first screen.
  const list = page.getByRole('region', { name: 'Where to start' });
  const door = page.getByRole('region', { name: 'Worried about him?' });
  expect((await list.boundingBox())!.y).toBeLessThan((await door.boundingBox())!.y);
  await expect(list.getByRole('link').first()).toBeInViewport();
});

test('/for-you/ leads with the same guides, before the list of all guides', async ({ page }) => {
  await page.goto('/for-you/');
  expect(await startList(page)).toEqual(startHere);
  const list = page.getByRole('region', { name: 'Where to start' });
  const all = page.getByRole('heading', { name: 'All guides' });
  expect((await list.boundingBox())!.y).toBeLessThan((await all.boundingBox())!.y);
});

test('the home page\u2019s "Worried about him?" door leads to the guide for the people around him', async ({ page }) => {
  await page.goto('/');
  const door = page.getByRole('region', { name: 'Worried about him?' });
  await door.getByRole('link', { name: 'How to support him' }).click();
  await expect(page).toHaveURL(/\/for-you\/supporting-someone\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Supporting a man you are worried about');
  // The first thing the guide asks is whether it is urgent, with the way to help right there.
  await expect(page.locator('.prose h2').first()).toHaveText('Is this urgent?');
  await expect(page.locator('.prose .help-box')).toBeVisible();
});

for (const guide of publicGuides) {
  test(`${guide.url}: "Read next" offers public guides and handouts, no clinical summary; the dates follow the text`, async ({ page }) => {
    await page.goto(guide.url);
    const readNext = await page
      .getByRole('region', { name: 'Read next' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(readNext.length).toBeGreaterThan(0);
    expect(readNext.filter((href) => href.startsWith('/clinicians/') && !handouts.has(href))).toEqual([]);

    const firstLine = await page.locator('.prose > :first-child').boundingBox();
    const lastLine = await page.locator('.prose > :last-child').boundingBox();
    const dates = await page.locator('article .dates').boundingBox();
    expect(dates!.y, 'the dates come after the last line of the text').toBeGreaterThanOrEqual(lastLine!.y + lastLine!.height);
    expect(firstLine!.y, 'the text starts above the dates').toBeLessThan(dates!.y);
  });
}

test.describe('a GP between patients, at a desk', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the clinician hub leads to the ten-minute consultation page from its first screen, and that page asks about risk first', async ({ page }) => {
    await page.goto('/clinicians/');
    const link = page.getByRole('link', { name: 'Assessing numbness in ten minutes' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('h1')).toHaveText('Assessing numbness in a ten-minute consultation');
    await expect(page.locator('article h2, main h2').first()).toHaveText(/numb does not mean safe/);
  });
});
