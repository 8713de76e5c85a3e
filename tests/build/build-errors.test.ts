/**
 * Each bad fixture is the good fixture site with one file broken. The real `astro build` must
 * refuse it with a message naming the file, the field, the bad value and the fix.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function buildWith(overlay: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bad-'));
  try {
    cpSync('tests/fixtures/content', join(dir, 'content'), { recursive: true });
    cpSync(join('tests/fixtures/bad', overlay), join(dir, 'content'), { recursive: true });
    await run('npx', ['astro', 'build'], {
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return 'the build passed';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}\n${stderr}`.replaceAll(dir, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the build refuses bad content', { timeout: 60_000 }, () => {
  it.each([
    ['malformed-yaml', [/content\/articles\/public\/first-guide\.mdx:3/, /missed comma between flow collection entries/]],
    ['missing-field', [/content\/articles\/public\/first-guide\.mdx {2}title {2}is required but missing {2}The page title/]],
    ['wrong-type', [/content\/articles\/public\/first-guide\.mdx:6 {2}draft {2}must be true or false, not a string: "yes" {2}true keeps the article out/]],
    ['unknown-id', [/content\/articles\/public\/first-guide\.mdx {2}conditions {2}"test-conditon" is not a condition id {2}did you mean "test-condition"/]],
    ['duplicate-id', [/multiple entries with the same slug: `first-guide`/, /articles\/public\/first-guide\.mdx/, /articles\/clinician\/first-guide\.mdx/]],
  ])('%s', async (overlay, expected) => {
    const output = await buildWith(overlay);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
