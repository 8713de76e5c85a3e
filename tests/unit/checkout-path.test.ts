/**
 * The browser tests are chosen the same way wherever the project is cloned. Each Playwright
 * project must select its tests by its own folder: a pattern such as /site\// is matched against
 * the absolute path, and once picked every test of a clone under "my-site/" for the real site.
 * This copies the working tree under such a folder and asks Playwright which tests each project runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Suite { file: string; specs?: { tests: { projectName: string }[] }[]; suites?: Suite[] }

/** Each project's tests as "project file", for the checkout at `dir`. */
function listedTests(dir: string): string[] {
  const json = execFileSync('npx', ['playwright', 'test', '--list', '--reporter=json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
  const found: string[] = [];
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) for (const test of spec.tests) found.push(`${test.projectName} ${suite.file}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of (JSON.parse(json) as { suites: Suite[] }).suites) walk(suite);
  return found.sort();
}

/** A copy of the working tree (the files git tracks or would) under `parent`, with this node_modules. */
function checkoutUnder(parent: string): string {
  const dir = join(parent, 'checkout');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  for (const file of files.split('\0').filter((f) => f && existsSync(join(root, f)))) cpSync(join(root, file), join(dir, file));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('the browser tests from any checkout path', () => {
  const temp = mkdtempSync(join(tmpdir(), 'checkout-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.each(['my-site', 'fixture'])('a clone under a folder named "%s" runs the same tests in each project', (folder) => {
    const here = listedTests(root);
    expect(here.length).toBeGreaterThan(0);
    // The real site's project runs only tests/e2e/site and shared helpers, never the fixture's.
    expect(here.filter((t) => t.startsWith('site fixture/'))).toEqual([]);
    expect(here.filter((t) => t.startsWith('fixture site/'))).toEqual([]);
    expect(listedTests(checkoutUnder(join(temp, folder)))).toEqual(here);
  }, 60_000);
});
