/**
 * WCAG 2.2 AA on every page of the real site: axe in light and dark colour schemes, and reflow
 * at 320 CSS pixels (what a 1280-pixel window shows at 400% zoom). The sitemap is split into
 * shards so Playwright's workers share it; each shard reuses one page for all its URLs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers.ts';

const SHARDS = 6;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const schemes = ['light', 'dark'] as const;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe finds nothing, in light and dark, and nothing scrolls sideways at 320px (shard ${shard + 1} of ${SHARDS})`, async ({ page, request }) => {
    const paths = (await sitemapPaths(request)).filter((_, i) => i % SHARDS === shard);
    test.setTimeout(30_000 + paths.length * 8_000);
    const problems: string[] = [];
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        // Legacy mode runs axe once in the page (the site has no iframes), about twice as fast
        // as the default, which finishes each run in a second page.
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
        for (const v of violations) {
          const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
          problems.push(`${path} (${colorScheme}) ${v.id}: ${v.help} [${v.nodes.length}x: ${where}]`);
        }
      }
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path} (320px) scrolls sideways by ${overflow}px`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
