/**
 * The knowledge map and each term page's neighbourhood, checked against the content files
 * themselves (read independently of the site's code). Used by both projects.
 */
import { expect, test } from '@playwright/test';
import { termFiles } from './helpers.ts';

/** The terms a page's map draws, by key ("conditions/ptsd"), and how many lines it draws. */
const drawn = (html: string) => {
  const svg = html.match(/<figure class="knowledge-map[\s\S]*?<\/figure>/)?.[0] ?? '';
  return {
    terms: [...svg.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]!).sort(),
    hrefs: [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!),
    lines: [...svg.matchAll(/<path /g)].length,
  };
};

export function mapTests(contentDir: string): void {
  const terms = termFiles(contentDir);
  const linkCount = [...terms.values()].reduce((n, t) => n + t.linked.size, 0) / 2;

  test('the map draws every term and every link, and every box leads to an existing page', async ({ request }) => {
    const map = drawn(await (await request.get('/map/')).text());
    expect(map.terms).toEqual([...terms.keys()].sort());
    expect(map.lines).toBe(linkCount);
    for (const href of map.hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });

  test('the map in words lists the same links', async ({ page }) => {
    await page.goto('/map/');
    const listed = await page.locator('.map-list > li').evaluateAll((items) =>
      items.flatMap((item) => {
        const condition = item.querySelector(':scope > a')!.getAttribute('href')!;
        return [...item.querySelectorAll(':scope ul a')].map((a) => [condition, a.getAttribute('href')!].sort().join(' '));
      }),
    );
    const expected = [...terms.values()].filter((t) => t.key.startsWith('conditions/')).flatMap((t) => [...t.linked].map((k) => [t.url, `/${k}/`].sort().join(' ')));
    expect(listed.sort()).toEqual(expected.sort());
  });

  test('every term page draws its own neighbourhood: itself, the terms linked to it, and those links', async ({ request }) => {
    for (const term of terms.values()) {
      const map = drawn(await (await request.get(term.url)).text());
      if (term.linked.size === 0) {
        expect(map.terms, term.url).toEqual([]);
        continue;
      }
      const near = [term.key, ...term.linked];
      const linksAmongThem = near.flatMap((a) => near.filter((b) => a < b && terms.get(a)!.linked.has(b))).length;
      expect(map.terms, term.url).toEqual(near.sort());
      expect(map.lines, term.url).toBe(linksAmongThem);
    }
  });

  test('the map is readable on a phone: its labels keep their size and it scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/map/');
    const size = await page.locator('.knowledge-map svg text tspan').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(13);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits, 'the page itself does not scroll sideways').toBe(true);
  });
}
