/**
 * How pages adapt to the reader: reduced motion, text at twice its size, and paper.
 * (Reflow at 320px and both colour schemes are checked on every page in accessibility.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { articleFiles } from '../helpers.ts';

const articles = articleFiles('content').filter((a) => !a.draft);
const pageTypes = ['/', articles[0]!.url, '/get-help/', '/search/?q=numb', '/conditions/', '/symptoms/emotional-numbness/', '/glossary/', '/references/'];

test('motion follows the reader\'s setting: smooth scrolling only when they have not asked for less', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('text at 200% still fits the window: nothing scrolls sideways', async ({ page }) => {
  const problems: string[] = [];
  for (const path of pageTypes) {
    await page.goto(path);
    // What a browser's text-size setting does: every rem and em grows with the root size.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow}px`);
  }
  expect(problems).toEqual([]);
});

test.describe('printed', () => {
  test.use({ colorScheme: 'dark' });

  test('a page prints without navigation, black on white, with link targets, references and its own address', async ({ page }) => {
    // An article that has both an internal link in its text and a reference list.
    let found = false;
    for (const article of articles) {
      await page.goto(article.url);
      if ((await page.locator('.prose a[href^="/"]:not(.term-link)').count()) && (await page.locator('#references-heading').count())) {
        found = true;
        break;
      }
    }
    expect(found, 'an article with a link and references').toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.skip-link', 'nav']) {
      for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden();
    }
    expect(await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    const link = page.locator('.prose a[href^="/"]:not(.term-link)').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    await expect(page.locator('#references-heading')).toBeVisible();
    await expect(page.locator('.references li').first()).toBeVisible();
    await expect(page.locator('.about-ref').first()).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Urgent help' })).toBeVisible();
    await expect(page.locator('.page-address')).toHaveText(new RegExp(`^Printed from https?://[^/]+${page.url().replace(/^https?:\/\/[^/]+/, '')}$`));
    // On screen the address is not shown.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.page-address')).toBeHidden();
  });
});
