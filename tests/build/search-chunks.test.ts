/**
 * scripts/search-index.ts cuts Pagefind's word index into smaller chunks than Pagefind's default,
 * through PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, a variable Pagefind marks unstable. If an upgrade
 * stops honouring it, later searches silently fetch more again (README, "Speed at any size"):
 * this indexes a tiny site both ways and fails if the chunks come out no smaller.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { buildEnvironment } from '../../scripts/lib/builds.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kb-search-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A site of 10 pages of 500 made-up words each: one chunk of about 21 KB by Pagefind's default. */
function writeSite(root: string) {
  for (let page = 0; page < 10; page++) {
    const words = Array.from({ length: 500 }, (_, i) => `w${((page * 7919 + i * 104_729) % 3000).toString(36)}`);
    mkdirSync(join(root, `page-${page}`), { recursive: true });
    writeFileSync(join(root, `page-${page}`, 'index.html'), `<!doctype html><html lang="en"><head><title>Page ${page}</title></head><body><main data-pagefind-body><h1>Page ${page}</h1><p>${words.join(' ')}</p></main></body></html>`);
  }
  return root;
}

const chunkSizes = (site: string) => readdirSync(join(site, 'pagefind/index')).map((file) => statSync(join(site, 'pagefind/index', file)).size);

it('indexes in smaller chunks than Pagefind does by default', { timeout: 60_000 }, async () => {
  const ours = writeSite(join(dir, 'ours'));
  const theirs = writeSite(join(dir, 'default'));
  const env = buildEnvironment({ OUT_DIR: ours });
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  await run(process.execPath, ['scripts/search-index.ts'], { env });
  // Pagefind itself, with no chunk size given.
  await run(resolve('node_modules/.bin/pagefind'), ['--site', theirs, '--force-language', 'en'], { env });

  const [small, large] = [chunkSizes(ours), chunkSizes(theirs)];
  expect(large.length, 'the fixture should fill one default chunk').toBe(1);
  expect(small.length, `chunk files with scripts/search-index.ts: ${small.join(', ')} bytes; by default: ${large.join(', ')} bytes`).toBeGreaterThan(2);
  expect(Math.max(...small)).toBeLessThan(Math.max(...large) / 2);
});
