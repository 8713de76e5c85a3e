/**
 * An editor's build log says only what matters: no notice per MDX file (src/lib/build-log.ts).
 * Editors' real mistakes still reach the log: tests/build/build-errors.test.ts reads each of
 * them from the same log, and tests/unit/build-log.test.ts shows that every other warning passes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';

it('builds the fixture site without a warning per MDX file', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-log-'));
  try {
    const { ok, output } = await astroBuild({ content: 'tests/fixtures/content', out: join(dir, 'dist'), cache: join(dir, 'cache') });
    expect(ok, output).toBe(true);
    expect(output).toMatch(/\d+ page\(s\) built/);
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(output.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
