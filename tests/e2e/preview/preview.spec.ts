/**
 * The preview (`npm run dev`) tells the truth: what the build refuses, the preview refuses too,
 * on the page, in check:content's words and without a stack trace; a draft says it is one.
 * The dev server runs on a copy of the fixture content (playwright.config.ts), which each test
 * breaks in one way an editor would, then mends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../../../scripts/check-content.ts';
import { formatProblem } from '../../../src/lib/integrity.ts';

const content = 'preview-content';
const guide = join(content, 'articles/public/first-guide.mdx');

// The dev server compiles each page the first time it is asked for: slower than a built site.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

/**
 * The dev server reloads an open page when a file changes; a navigation that reload interrupts
 * (net::ERR_ABORTED, when the change is seen late) is asked again.
 */
async function visit(page: Page, path: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.goto(path);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('ERR_ABORTED')) throw error;
    }
  }
}

test('a draft shows that it is a draft', async ({ page }) => {
  await page.goto('/for-you/secret-draft/');
  await expect(page.getByRole('note').filter({ hasText: 'Draft: not published.' })).toBeVisible();
});

test('a published article has no draft banner', async ({ page }) => {
  await page.goto('/for-you/first-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A first guide for tests');
  await expect(page.getByText('Draft: not published.')).toHaveCount(0);
});

const mistakes: [string, string, string][] = [
  ['a misspelt condition id', 'conditions: [test-condition]', 'conditions: [test-conditon]'],
  ['a date written 03/12/2026', 'published: 2026-01-10', 'published: 03/12/2026'],
  ['an embedded YouTube video', 'so search can find it.', 'so search can find it.\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>'],
  ['curly quotes pasted from a word processor', '<Cite id="test-ref" />', '<Cite id=\u201dtest-ref\u201d />'],
  ['a list item indented one space too far', 'symptoms: [test-symptom]', 'symptoms:\n  - test-symptom\n   - second-symptom'],
];
for (const [mistake, from, to] of mistakes) {
  test(`${mistake} is shown on the page, in check:content's words`, async ({ page }) => {
    const original = readFileSync(guide, 'utf8');
    expect(original).toContain(from);
    writeFileSync(guide, original.replace(from, to));
    let mended = false;
    try {
      // What the preview shows: the rules for pages, as the build holds them (not those over the whole site).
      const { problems } = await checkContent({ dir: content, siteRules: false });
      const expected = problems.filter((p) => p.severity === 'error').map(formatProblem);
      expect(expected.length).toBeGreaterThan(0);
      for (const path of ['/', '/for-you/first-guide/']) {
        await visit(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^The build would refuse this content: \d+ problems? to fix$/);
        await expect(page.getByRole('listitem')).toHaveText(expected);
        await expect(page.locator('body')).not.toContainText(/\n\s+at \S+ \(/);
      }
      // Mended and saved, the page reloads by itself and shows the article again. On a busy
      // machine the dev server can act on the save before its content store has the mended
      // file: it then shows Astro's "An error occurred." over the page and does not reload (seen
      // twice in CI runs). The editor reloads the page, and it must show the article.
      writeFileSync(guide, original);
      mended = true;
      const article = page.getByRole('heading', { level: 1, name: 'A first guide for tests' });
      try {
        await expect(article).toBeVisible({ timeout: 15_000 });
      } catch {
        await visit(page, '/for-you/first-guide/');
        await expect(article).toBeVisible({ timeout: 20_000 });
      }
    } finally {
      if (!mended) writeFileSync(guide, original);
    }
  });
}
