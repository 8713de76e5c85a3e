/**
 * Patient handouts print on one page, on A4 and on US Letter, with the site's address and the
 * help numbers. Used by both projects: the real handouts and the fixture's.
 */
import { expect, test } from '@playwright/test';
import { articleFiles, pagesUnder, pdfPageCount } from './helpers.ts';

export function handoutTests(contentDir: string): void {
  const handouts = articleFiles(contentDir).filter((a) => a.format === 'handout' && !a.draft);

  test('the handout index lists every handout, across its pages', async ({ page }) => {
    const listed: (string | null)[] = [];
    for (const path of await pagesUnder(page, '/clinicians/handouts/')) {
      await page.goto(path);
      listed.push(...(await page.locator('main .card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))));
    }
    expect(listed.sort()).toEqual(handouts.map((h) => h.url).sort());
  });

  for (const handout of handouts) {
    test(`${handout.url} prints on one page of A4 and of US Letter, with the address and help numbers`, async ({ page }) => {
      await page.goto(handout.url);
      for (const format of ['A4', 'Letter'] as const) {
        expect(pdfPageCount(await page.pdf({ format })), format).toBe(1);
      }
      await page.emulateMedia({ media: 'print' });
      const foot = page.locator('.handout-footer');
      await expect(foot).toBeVisible();
      // The address the site is built for (SITE_URL), which may not be where the test serves it.
      await expect(foot).toContainText(new RegExp(`at [\\w.-]+(:\\d+)?${handout.url}\\.`));
      await expect(foot).toContainText(/Emergency \d/);
      await expect(page.locator('.site-header, .site-footer, .help-box').filter({ visible: true })).toHaveCount(0);
    });
  }

  test('a handout\'s print button opens the print dialog', async ({ page }) => {
    expect(handouts.length, 'handouts in this content').toBeGreaterThan(0);
    await page.goto(handouts[0]!.url);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Print this handout' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  });
}
