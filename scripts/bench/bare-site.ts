/**
 * The benchmark's yardstick: the plainest Astro 7 site that builds the same synthetic articles
 * (MDX and sitemap, nothing else), indexed by Pagefind as ours is. Written fresh into a
 * temporary folder each run; it borrows this project's node_modules, so the versions match.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }),
  'astro.config.mjs': `
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'http://localhost:4321',
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.CACHE_DIR,
  integrations: [mdx(), sitemap()],
  markdown: { syntaxHighlight: false },
});`,
  'src/content.config.ts': `
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ base: process.env.CONTENT_DIR + '/articles', pattern: '**/*.mdx' }) }),
};`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Callout from '../components/Callout.astro';
import Cite from '../components/Cite.astro';
import HelpBox from '../components/HelpBox.astro';
import Term from '../components/Term.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ Callout, Cite, HelpBox, Term }} /></main></body></html>`,
  // Stand-ins for the components the articles use, doing as little as a component can.
  'src/components/Callout.astro': '<aside><slot /></aside>',
  'src/components/Cite.astro': '<sup>[{Astro.props.id}]</sup>',
  'src/components/HelpBox.astro': '<aside><a href="/get-help/">Get help</a></aside>',
  'src/components/Term.astro': '<a href="/glossary/"><slot /></a>',
};

/** Writes the bare site into `dir` and returns it. */
export function writeBareSite(dir: string, projectRoot: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `${text.trim()}\n`);
  }
  symlinkSync(resolve(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
