/**
 * The page budget checks (tests/e2e/page-budgets.ts), proved on pages made to break each one:
 * the site test only shows they pass, this shows they can fail.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budgets, pageBudgetProblems } from '../e2e/page-budgets.ts';

/** Text that gzip cannot shrink much, of about `bytes` gzipped. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');
const page = (head: string, body = '<p>Hello</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const assets: Record<string, string> = {
  '/_astro/site.css': 'body{color:black}',
  '/_astro/big.css': `.x{content:"${noise(budgets.css + 1024)}"}`,
  '/_astro/small.js': 'import{a}from"./shared.js";a();',
  '/_astro/shared.js': `export const a=()=>"${noise(budgets.js + 512)}";`,
  '/_astro/tiny.js': 'document.body.dataset.ready="1";',
  '/_astro/photo.webp': 'binary',
};
const check = (path: string, html: string) => pageBudgetProblems({ path, html }, (p) => assets[p]);

describe('page budgets', () => {
  it('pass a page within every budget', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/tiny.js"></script>',
      '<img src="/_astro/photo.webp" width="800" height="600" loading="lazy" decoding="async" alt="">',
    );
    expect(check('/for-you/a/', html)).toEqual([]);
  });

  it('fail HTML over 14 KB gzipped', () => {
    expect(check('/for-you/a/', page('', `<p>${noise(budgets.html + 1024)}</p>`))).toEqual([
      expect.stringMatching(/^\/for-you\/a\/: the HTML is 1\d\.\d KB gzipped, over its budget of 14\.0 KB$/),
    ]);
  });

  it('fail CSS over 10 KB gzipped, counting linked files and <style> blocks', () => {
    expect(check('/a/', page('<link rel="stylesheet" href="/_astro/big.css">'))).toEqual([expect.stringMatching(/CSS is 1\d\.\d KB gzipped, over its budget of 10\.0 KB/)]);
    expect(check('/a/', page(`<style>.x{content:"${noise(budgets.css + 1024)}"}</style>`))).toEqual([expect.stringMatching(/CSS is .* over its budget/)]);
  });

  it('fail a stylesheet or script from another origin', () => {
    expect(check('/a/', page('<link rel="stylesheet" href="https://cdn.example/x.css">'))).toEqual([
      '/a/: the stylesheet https://cdn.example/x.css comes from another site; serve it from this one',
    ]);
    expect(check('/a/', page('<link rel="stylesheet" href="//cdn.example/x.css">'))).toHaveLength(1);
    expect(check('/a/', page('<script src="https://cdn.example/x.js"></script>'))).toEqual([
      '/a/: the script https://cdn.example/x.js comes from another site; serve it from this one',
    ]);
  });

  it('fail over 2 KB of JavaScript on first load, following static imports but not import()', () => {
    expect(check('/a/', page('<script type="module" src="/_astro/small.js"></script>'))).toEqual([
      expect.stringMatching(/JavaScript on first load is 2\.\d KB gzipped, over its budget of 2\.0 KB/),
    ]);
    expect(check('/a/', page(`<script>${noise(budgets.js + 512)}</script>`))).toHaveLength(1);
    expect(check('/a/', page('<script type="module">import("/_astro/shared.js")</script>'))).toEqual([]);
    expect(check('/a/', page(`<script type="application/ld+json">{"x":"${noise(budgets.js + 512)}"}</script>`))).toEqual([]);
  });

  it('let a tool page such as search carry its own script', () => {
    expect(check('/search/', page('<script type="module" src="/_astro/small.js"></script>'))).toEqual([]);
  });

  it('fail an image without size, lazy loading, or Astro’s image pipeline', () => {
    expect(check('/a/', page('', '<img src="/photo.jpg" alt="">'))).toEqual([
      '/a/: the image /photo.jpg has no width or height, so the page shifts as it loads; use <Image> from astro:assets',
      '/a/: the image /photo.jpg is not loading="lazy"; use <Image> from astro:assets',
      '/a/: the image /photo.jpg did not go through Astro’s image pipeline; import it and use <Image> from astro:assets',
    ]);
  });

  it('fail a page that loads a file the build did not make', () => {
    expect(check('/a/', page('<link rel="stylesheet" href="/_astro/gone.css">'))).toEqual(['/a/: the stylesheet /_astro/gone.css is not in the built site']);
  });
});
