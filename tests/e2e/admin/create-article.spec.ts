/**
 * The web editor's whole path, as a clinician takes it, in Chromium through decap-server (the
 * CMS's local backend, in git mode): sign in, write a new guide in the form, pick its condition
 * by its plain name, cite a reference inside a sentence and add a callout with the + button, save. Saving makes a branch (on GitHub, the
 * pull request); publishing merges it. The file the editor wrote must then pass check:content,
 * and be the very file tests/build/cms-article.test.ts builds and finds on its condition's page.
 *
 * It works on admin-repo/, a git copy of the fixture content (tests/e2e/admin/local-repo.ts),
 * never on content/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../../../scripts/check-content.ts';
import { formatProblem } from '../../../src/lib/integrity.ts';

const repo = process.env.ADMIN_REPO ?? 'admin-repo';
const slug = 'talking-to-a-friend-when-you-feel-numb';
const file = `content/articles/public/${slug}.mdx`;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

/**
 * Picks an option of one of the editor's lists (react-select) by the words it shows, typed as a
 * keyboard user would: a click on an option of the open menu once hung for three minutes in CI.
 */
async function pick(page: Page, field: string, option: string) {
  const input = page.locator(`input[id^="${field}-field-"]`);
  await input.focus();
  await input.pressSequentially(option);
  // Typing leaves only the options that contain the words; the one asked for comes first.
  await expect(page.getByRole('option').first()).toHaveText(option);
  await input.press('Enter');
}

test('a clinician writes a guide in /admin/: a branch to review, then a file that passes check:content and shows on its condition page', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // "Are you sure you want to publish this entry?": yes.
  page.on('dialog', (dialog) => dialog.accept());

  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: /Article for the public$/ }).click();

  await page.getByLabel('Title').fill('Talking to a friend when you feel numb');
  await page.getByLabel('Description').fill('How to tell one person you trust that you feel flat, and what to say if the words do not come.');
  await pick(page, 'format', 'guide');
  // By the plain name a clinician knows, not the file's id.
  await pick(page, 'conditions', 'Test condition');
  await page.getByLabel('Published', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Last reviewed', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Next review', { exact: true }).fill('2027-12-01');

  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type('You do not need the right words. Tell one person you trust that things feel flat.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Talking can ease the weight a little');
  // A citation inside the sentence, picked from the references by author, year and title.
  await page.getByRole('button', { name: 'Add Component' }).click();
  await page.getByRole('menuitem', { name: 'Citation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Citation' });
  await dialog.getByLabel('Find').fill('fixture reference');
  await dialog.getByLabel('Reference', { exact: true }).selectOption({ label: 'Fixture 2001: A fixture reference' });
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog).toBeHidden();
  await body.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  // The + button: the project's components, by name.
  await page.getByRole('button', { name: 'Add Component' }).click();
  await page.getByRole('menuitem', { name: 'Callout box' }).click();
  await pick(page, 'kind', 'warning');
  await page.locator('input[id^="title-field-"]').last().fill('If you feel unsafe');
  await page.locator('textarea[id^="text-field-"]').fill('Call your emergency number now. [Get help now](/get-help/). Then read [about the test condition](/conditions/test-condition/).');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Entry saved')).toBeVisible({ timeout: 20_000 });

  // Saved, not published: a branch of its own, as a pull request on GitHub would be.
  const branch = `cms/public/${slug}`;
  await expect.poll(() => git('branch', '--list', branch).trim(), { timeout: 15_000 }).toContain(branch);
  const saved = git('show', `${branch}:${file}`);
  expect(existsSync(`${repo}/${file}`)).toBe(false);
  expect(saved).toContain('conditions:\n  - test-condition');
  expect(saved).toContain('Talking can ease the weight a little <Cite id="test-ref" />.');
  expect(saved).toContain('<Callout kind="warning" title="If you feel unsafe">');

  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByText('Entry status updated')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: /^Publish/ }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect.poll(() => existsSync(`${repo}/${file}`), { timeout: 20_000 }).toBe(true);
  expect(readFileSync(`${repo}/${file}`, 'utf8')).toBe(saved);

  // What the editor wrote, check:content accepts: no problem with it, by any rule. (The fixture
  // site is a partial site, so the rules over the whole site find what it lacks elsewhere.)
  const checked = await checkContent({ dir: `${repo}/content` });
  expect(checked.problems.filter((p) => p.file.endsWith(`${slug}.mdx`)).map(formatProblem)).toEqual([]);
  expect((await checkContent({ dir: `${repo}/content`, siteRules: false })).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  // Byte for byte the file tests/build/cms-article.test.ts builds, to find it on its condition's
  // page. (No build runs here: a build rewrites .astro/, which the preview's dev server reads.)
  expect(saved).toBe(readFileSync('tests/fixtures/cms/saved-guide.mdx', 'utf8'));
  expect(problems).toEqual([]);
});
