/**
 * `npm run report:changes` on a repository of its own: a base commit holding the fixture
 * content, and a change that adds an article citing a new reference and rewrites a term. The
 * report must name exactly those changes, and an unchanged tree must report none.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportChanges } from '../../scripts/report-changes.ts';

const repo = mkdtempSync(join(tmpdir(), 'report-repo-'));
const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], { encoding: 'utf8' });
const content = (path: string) => join(repo, 'content', path);

/** The lines of one "## " section of the report, without its heading and blank lines. */
const section = (report: string, heading: string) =>
  (report.split(/^## /m).find((s) => s.startsWith(heading)) ?? '').split('\n').slice(1).filter((l) => l.trim());

describe('npm run report:changes', { timeout: 180_000 }, () => {
  let report = '';

  beforeAll(() => {
    git('init', '--quiet', '--initial-branch=main');
    cpSync('tests/fixtures/content', join(repo, 'content'), { recursive: true });
    git('add', '.');
    git('commit', '--quiet', '-m', 'Base');
    // The change: a new article citing a new reference, and a term rewritten.
    const guide = readFileSync(content('articles/public/first-guide.mdx'), 'utf8')
      .replace('title: A first guide for tests', 'title: A second guide for tests')
      .replace('<Cite id="test-ref" />', '<Cite id="new-ref" />');
    writeFileSync(content('articles/public/second-guide.mdx'), guide);
    const references = JSON.parse(readFileSync(content('references.json'), 'utf8')) as object[];
    references.push({
      id: 'new-ref',
      type: 'article-journal',
      author: [{ family: 'Newcomer', given: 'B.' }],
      issued: { 'date-parts': [[2024]] },
      title: 'A reference added by the change',
      'container-title': 'Journal of Fixtures',
      checked: { records: ['https://example.org/records/new-ref'] },
    });
    writeFileSync(content('references.json'), JSON.stringify(references, null, 2));
    writeFileSync(content('symptoms/test-symptom.mdx'), readFileSync(content('symptoms/test-symptom.mdx'), 'utf8').replace('Body of the test symptom.', 'Body of the test symptom, rewritten. See [the glossary](/glossary/).'));
    git('add', '.');
    git('commit', '--quiet', '-m', 'Change');
    report = reportChanges({ base: 'HEAD~1', repo });
  }, 180_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists the pages the change adds: the article and its reference', () => {
    const added = section(report, 'Pages').join('\n').split('**Added')[1]?.split('**Removed')[0]?.split('**Changed')[0] ?? '';
    expect(added.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.split(' ')[1])).toEqual(['`/for-you/second-guide/`', '`/references/new-ref/`']);
    expect(section(report, 'Pages').join('\n')).not.toContain('**Removed');
  });

  it('names the new article, the rewritten term and the new reference in the knowledge base', () => {
    const lines = section(report, 'Links, citations and backlinks');
    expect(lines).toContainEqual(expect.stringMatching(/^- `\/for-you\/second-guide\/` \(article\) new: gains links to .*`\/get-help\/`.*; gains citations of `new-ref`/));
    expect(lines).toContainEqual(expect.stringMatching(/^- `\/symptoms\/test-symptom\/` \(symptom\) gains links to `\/glossary\/`; gains backlinks from `\/for-you\/second-guide\/`$/));
    expect(lines).toContainEqual('- reference `new-ref` gains citing pages `/for-you/second-guide/`');
    expect(section(report, 'References')).toEqual(['- new `new-ref` Newcomer, 2024: A reference added by the change. Checked against: https://example.org/records/new-ref']);
    expect(section(report, 'Helplines')).toEqual([]);
  });

  it('gives the new public article its reading level, longest sentence and review date', () => {
    expect(section(report, 'Reading level').find((l) => l.includes('/for-you/second-guide/'))).toMatch(/\| \d+\.\d \| \d+ words: “/);
    expect(section(report, 'Review dates')).toEqual(['- `/for-you/second-guide/` first review due 2099-01-10']);
    expect(section(report, 'The way to help').find((l) => l.includes('/for-you/second-guide/'))).toMatch(/help box present, \d+ numbers?, each a helpline/);
    expect(section(report, 'Page budgets').find((l) => l.includes('/for-you/second-guide/'))).toMatch(/\| yes \|$/);
  });

  it('reports nothing for an unchanged tree', () => {
    expect(reportChanges({ base: 'HEAD', repo })).toMatch(/\n\nNo change to the built site or the knowledge base\.\n$/);
  });
});
