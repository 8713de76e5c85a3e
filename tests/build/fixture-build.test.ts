/**
 * One build of the fixture site, for what only a build shows:
 * - An editor's build log says only what matters: no notice per MDX file (src/lib/build-log.ts).
 *   Editors' real mistakes still reach the log: tests/build/build-errors.test.ts reads each of
 *   them from the same log, and tests/unit/build-log.test.ts shows that every other warning passes.
 * - A picture in content/images/ reaches the page through Astro's image pipeline: copies at
 *   several widths in a modern format, its size written out, its alt text kept, and the page
 *   within its budgets.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBudgetProblems } from '../e2e/page-budgets.ts';
import { astroBuild, type BuildResult } from './astro-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
const out = join(dir, 'dist');
let build: BuildResult;

describe('the fixture site, built', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    build = await astroBuild({ content: 'tests/fixtures/content', out, cache: join(dir, 'cache') });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds without a warning per MDX file', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/\d+ page\(s\) built/);
    expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(build.output.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
  });

  it('serves a picture from content/images/ at several widths, as WebP, with its size and alt text', () => {
    const html = readFileSync(join(out, 'for-you/first-guide/index.html'), 'utf8');
    const img = /<img [^>]*alt="A bar chart: eight bars, each taller than the one before"[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/ src="\/_astro\/chart\.[\w-]+\.webp"/);
    expect(img).toMatch(/ width="1280" height="640"/);
    expect(img).toMatch(/ loading="lazy"/);
    const widths = [...(/ srcset="([^"]+)"/.exec(img)?.[1] ?? '').matchAll(/\.webp (\d+)w/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(1);
    expect(Math.max(...widths)).toBe(1280);
    expect(Math.min(...widths)).toBeLessThan(700);
    const files = readdirSync(join(out, '_astro')).filter((f) => /^chart\..*\.webp$/.test(f));
    expect(files.length).toBe(widths.length);
    expect(readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.png'))).toEqual([]);
    const read = (path: string) => {
      try {
        return readFileSync(join(out, path), 'utf8');
      } catch {
        return undefined;
      }
    };
    expect(pageBudgetProblems({ path: '/for-you/first-guide/', html }, read)).toEqual([]);
  });
});
