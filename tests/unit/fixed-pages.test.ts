/**
 * `fixedPages` (src/lib/urls.ts) is the list of the site's own pages: links to them resolve, and
 * no content file may take one of their addresses. It must name every page src/pages builds
 * whatever the content, so a new page is protected the day it is added.
 */
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { fixedPages } from '../../src/lib/urls.ts';

/** The address of every page file whose path has no parameter, and of every list's first page ([...page]). */
function staticRoutes(): string[] {
  const files = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
  return files
    .map((file) => file.replace(/\\/g, '/').replace(/\.astro$/, '').replace(/(^|\/)(index|\[\.\.\.page\])$/, ''))
    .filter((route) => !route.includes('[') && route !== '404')
    .map((route) => (route ? `/${route}/` : '/'))
    .sort();
}

it('lists every page the site builds whatever the content', () => {
  const routes = staticRoutes();
  expect(routes.length).toBeGreaterThan(10);
  expect(routes.filter((route) => !(fixedPages as readonly string[]).includes(route))).toEqual([]);
});
