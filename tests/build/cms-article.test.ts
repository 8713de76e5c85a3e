/**
 * An article exactly as the web editor saves it (tests/fixtures/cms/saved-guide.mdx, which
 * tests/e2e/admin/create-article.spec.ts holds byte for byte to what the editor wrote) builds,
 * and is listed on the page of the condition it was tagged with in the editor's picker.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';

it('builds the article the web editor saved, and lists it on its condition page', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-cms-'));
  try {
    const content = join(dir, 'content');
    cpSync('tests/fixtures/content', content, { recursive: true });
    cpSync('tests/fixtures/cms/saved-guide.mdx', join(content, 'articles/public/talking-to-a-friend-when-you-feel-numb.mdx'));
    const out = join(dir, 'dist');
    const { ok, output } = await astroBuild({ content, out, cache: join(dir, 'cache') });
    expect(ok, output).toBe(true);
    expect(readFileSync(join(out, 'conditions/test-condition/index.html'), 'utf8')).toContain('href="/for-you/talking-to-a-friend-when-you-feel-numb/"');
    const article = readFileSync(join(out, 'for-you/talking-to-a-friend-when-you-feel-numb/index.html'), 'utf8');
    expect(article).toContain('If you feel unsafe');
    expect(article).toContain('href="/references/test-ref/"');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
