import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { load } from 'js-yaml';

/** Every page path the sitemap lists, for tests that visit the whole site. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}

export interface ArticleFile {
  id: string;
  audience: 'public' | 'practitioner';
  draft: boolean;
  title: string;
  url: string;
}

/** The articles in a content folder, read straight from their files, independent of the site's code. */
export function articleFiles(contentDir: string): ArticleFile[] {
  const root = join(contentDir, 'articles');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const data = load(text.split(/^---$/m)[1] ?? '') as { title: string; audience: 'public' | 'practitioner'; draft?: boolean };
      const id = file.split('/').pop()!.replace(/\.mdx$/, '');
      const section = data.audience === 'public' ? '/for-you/' : '/clinicians/';
      return { id, audience: data.audience, draft: data.draft === true, title: data.title, url: `${section}${id}/` };
    });
}
