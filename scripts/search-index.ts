/**
 * Builds the Pagefind search index from the finished site; `npm run build` runs it after
 * `astro build`. Any indexing error, or an index with no pages, fails the build: a site whose
 * search silently finds nothing is broken. It runs once Astro's process has ended, so the
 * build's peak memory is Astro's or Pagefind's, never both at once (see `npm run bench`).
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_CHUNK_SIZE } from './lib/search-index-chunks.ts';

// The folder `astro build` wrote, as astro.config.mjs names it.
const site = resolve(process.env.OUT_DIR ?? 'dist');

// Smaller index chunks than Pagefind's default (scripts/lib/search-index-chunks.ts). Pagefind
// calls the variable unstable: tests/build/search-chunks.test.ts fails if it stops honouring it.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(SEARCH_INDEX_CHUNK_SIZE);

try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}: no page has data-pagefind-body.`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  console.log(`Indexed ${added.page_count} pages for search.`);
} catch (error) {
  console.error(`The search index was not built. ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
