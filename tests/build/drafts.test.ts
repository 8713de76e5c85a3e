/**
 * A draft must never reach a build, even when the environment looks like development
 * (test runners set DEV, MODE and NODE_ENV). Only `npm run dev` previews drafts.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';

it('leaves drafts out of a build made with development-like variables', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-drafts-'));
  try {
    const out = join(dir, 'dist');
    const { ok, output } = await astroBuild(
      { content: 'tests/fixtures/content', out, cache: join(dir, 'cache') },
      { DEV: '1', MODE: 'development', NODE_ENV: 'development' },
    );
    expect(ok, output).toBe(true);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(join(out, file), 'utf8'), file).not.toContain('must never be published');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
