/**
 * The site with the keyboard alone: the skip link comes first, focus is always visible and on
 * screen, and a reader can search, reach the results, and get to help without a mouse.
 */
import { expect, test, type Page } from '@playwright/test';
import { articleFiles } from '../helpers.ts';

// Focus scrolls into view at once, so "on screen" is measured where it ends, not mid-scroll.
test.use({ reducedMotion: 'reduce' });

const firstGuide = articleFiles('content').find((a) => a.audience === 'public' && !a.draft)!;

/** Where focus is, and whether a sighted keyboard user can see it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const rings = (e: Element | null) => {
      if (!e) return false;
      const style = getComputedStyle(e);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const box = el.getBoundingClientRect();
    return {
      name: `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}`,
      // A card shows focus on the whole card, around its link.
      ringed: rings(el) || rings(el.closest('.card')),
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      id: el.id,
      inResults: !!el.closest('#search-results'),
    };
  });
}

/** Tabs forward until `done` says so, at most `limit` times; returns every stop on the way. */
async function tabUntil(page: Page, done: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, limit = 60) {
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    stops.push(now);
    if (done(now)) return stops;
  }
  throw new Error(`Tabbed ${limit} times without getting there. Stops: ${stops.map((s) => s.name).join(' | ')}`);
}

test('the first Tab reaches the skip link, which is visible and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await focused(page))?.ringed).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes into the content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

for (const path of ['/', firstGuide.url, '/get-help/', '/search/?q=numb', '/conditions/']) {
  test(`${path}: every Tab stop shows a visible focus ring, on screen`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-results li').first()).toBeVisible();
    const stops = await tabUntil(page, (f) => f.name.startsWith('<a> RSS feed'), 400);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.ringed || !s.onScreen).map((s) => `${s.name}: ${s.ringed ? '' : 'no focus ring '}${s.onScreen ? '' : 'off screen'}`)).toEqual([]);
  });
}

test('search with the keyboard: type in the header, press Enter, Tab to a result and open it', async ({ page }) => {
  await page.goto(firstGuide.url);
  await tabUntil(page, (f) => f.id === 'site-search');
  await page.keyboard.type('numb');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=numb/);
  await expect(page.locator('#search-results li a').first()).toBeVisible();
  // Focus starts at the top of the new page; the results are reachable in a few stops.
  const stops = await tabUntil(page, (f) => f.inResults, 40);
  const result = stops.at(-1)!;
  expect(result.ringed).toBe(true);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toBeVisible();
});

test.describe('in the UK', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });
  test('get help with the keyboard: the header link, then a number to call, then another country', async ({ page }) => {
    await page.goto(firstGuide.url);
    const help = await tabUntil(page, (f) => f.name === '<a> Get help now', 5);
    expect(help.length).toBeLessThanOrEqual(3);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/get-help\/$/);
    // After the header and its search box, the first thing to reach is the UK's emergency number.
    const call = await tabUntil(page, (f) => f.name.startsWith('<a> Call'), 15);
    expect(call.at(-1)!.name).toBe('<a> Call 999');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('combobox', { name: 'Your country' })).toBeFocused();
    await page.getByRole('combobox', { name: 'Your country' }).selectOption('Ireland');
    await expect(page.locator('#ie')).toBeVisible();
    await expect(page.locator('#uk')).toBeHidden();
    const irish = await tabUntil(page, (f) => f.name.startsWith('<a> Call'), 5);
    expect(irish.at(-1)!.name).toBe('<a> Call 112');
  });
});
