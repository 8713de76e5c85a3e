/**
 * `npm run new` for every kind of entry, and `npm run report:reviews`, on copies of the
 * fixture site. (tests/build/new-article.test.ts follows one article all the way to the pages.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { slugify } from '../../scripts/new.ts';
import { formatQueue, reviewQueue } from '../../scripts/report-reviews.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kb-scripts-'));
const content = join(dir, 'content');
cpSync('tests/fixtures/content', content, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scaffold = (...args: string[]) =>
  run('node', ['scripts/new.ts', ...args], { env: { ...process.env, CONTENT_DIR: content } }).catch((error: { code: number; stdout: string; stderr: string }) => error);

describe('npm run new', () => {
  it.each([
    ['Why you feel flat', 'why-you-feel-flat'],
    ['Numbness & grief: what “shutting down” means', 'numbness-grief-what-shutting-down-means'],
    ['Café talk, men’s groups', 'cafe-talk-mens-groups'],
  ])('makes the file name %j into %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['article', ['--audience', 'practitioner', '--format', 'clinical-summary', '--title', 'Assessing numbness: a summary', '--description', 'What to ask, what to rule out and when to refer, for clinicians who see men with emotional numbness.'], 'articles/clinician/assessing-numbness-a-summary.mdx', '## Differential diagnosis'],
    ['article', ['--audience', 'practitioner', '--format', 'handout', '--title', 'Feeling numb: a handout', '--description', 'A printable page for patients: what numbness is, what helps, and where to get help today.'], 'articles/clinician/feeling-numb-a-handout.mdx', '## Where to get help'],
    ['condition', ['--name', 'Test grief', '--summary', 'Grief that stays heavy for a long time.', '--symptoms', 'test-symptom'], 'conditions/test-grief.mdx', '## How it can feel'],
    ['symptom', ['--name', 'Feeling far away', '--summary', 'Feeling as if you watch your life from outside.', '--conditions', 'test-condition'], 'symptoms/feeling-far-away.mdx', '## What it can feel like'],
    // A treatment starts ungraded for each condition, which the checks accept until an editor grades it.
    ['treatment', ['--name', 'Walking together', '--summary', 'Walking with others, at a pace that suits you.', '--conditions', 'test-condition'], 'treatments/walking-together.mdx', 'evidence:\n  - condition: test-condition\n    grade: no-evidence-found'],
  ])('writes a %s that the checks accept, with an outline for its readers', async (kind, args, file, heading) => {
    const result = await scaffold(kind, ...args);
    expect(result.stdout).toContain(`Created ${join(content, file)}`);
    expect(result.stdout).toMatch(/Next steps:\n {2}1\. Write it/);
    expect(readFileSync(join(content, file), 'utf8')).toContain(heading);
    // The rules for a page; the fixture site is not a whole knowledge base (tests/unit/check-content.test.ts).
    const { problems } = await checkContent({ dir: content, siteRules: false });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses an existing id, and says what is wrong with every flag at once', async () => {
    const taken = await scaffold('condition', '--name', 'Test condition', '--summary', 'A summary long enough for the schema.');
    expect(taken.stderr).toContain('already has the id "test-condition"');
    const wrong = await scaffold('article', '--audience', 'public', '--format', 'guide', '--title', 'Fine title', '--description', 'Too short.', '--conditions', 'test-conditon');
    expect('code' in wrong && wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/description {2}is 10 characters long; it must be at least 40/);
    expect(wrong.stderr).toMatch(/conditions {2}"test-conditon" is not a condition id {2}did you mean "test-condition"/);
    // A name or alias finds the id too, and every id is listed with its name.
    const byName = await scaffold('article', '--audience', 'public', '--format', 'guide', '--title', 'Fine title', '--description', 'A description long enough to pass the schema on its own terms.', '--conditions', 'another');
    expect(byName.stderr).toMatch(/conditions {2}"another" is not a condition id {2}did you mean "third-condition"\?/);
    expect(byName.stderr).toMatch(/The conditions you can choose \(id, then name\):\n {2}second-condition +Second fixture condition\n(?: {2}.*\n)* {2}third-condition +Another fixture condition\n/);
    const numeric = await scaffold('article', '--audience', 'public', '--format', 'guide', '--title', '2024', '--description', 'A description long enough to pass the schema on its own terms.');
    expect(numeric.stderr).toMatch(/2024\.mdx {2}id {2}the file name "2024" is only digits/);
    const sectionPage = await scaffold('article', '--audience', 'practitioner', '--format', 'clinical-summary', '--title', 'Handouts', '--description', 'A description long enough to pass the schema on its own terms.');
    expect(sectionPage.stderr).toMatch(/handouts\.mdx {2}id {2}the file name "handouts" would give this page the address \/clinicians\/handouts\//);
    const missing = await scaffold('article', '--audience', 'public');
    expect(missing.stderr).toContain('missing --format, --title, --description');
    // The usage says what each format is.
    expect(missing.stderr).toMatch(/ {4}explainer {8}what something is and why it happens/);
  });
});

describe('npm run report:reviews', () => {
  it('lists articles by next review date, overdue first and marked', () => {
    const queue = reviewQueue('tests/fixtures/content', new Date('2026-11-22'));
    expect(queue.rows.map((r) => r.id)).toEqual(['first-summary', 'secret-draft', 'first-guide', 'fixture-handout']);
    const report = formatQueue(queue).split('\n');
    expect(report[0]).toMatch(/^4 articles by next review date; 1 overdue/);
    expect(report[3]).toMatch(/^2026-03-01 {2}OVERDUE by 266 days {2}2026-02-01 +tests\/fixtures\/content\/articles\/clinician\/first-summary\.mdx$/);
    expect(report[4]).toMatch(/due in 99 days .*secret-draft\.mdx \(draft\)$/);
  });
});
