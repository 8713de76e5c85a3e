/**
 * Search as a reader uses it, in Chromium: type a word, wait for results. For each query,
 * the bytes fetched while it ran (the first includes Pagefind itself) and the time from the
 * last keystroke until the results are on screen.
 */
import { chromium } from '@playwright/test';

export interface QueryTiming {
  query: string;
  /** Everything fetched while the query ran, headers included. */
  bytes: number;
  /** Of which index chunks (`/pagefind/index/`) and result details (`/pagefind/fragment/`). */
  chunkBytes: number;
  fragmentBytes: number;
  ms: number;
}

const queries = ['numb', 'sleep', 'anger', 'doctor', 'grief'];
const browserArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function measureSearch(base: string): Promise<QueryTiming[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: browserArgs });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let chunkBytes = 0;
    let fragmentBytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      bytes += size;
      if (request.url().includes('/pagefind/index/')) chunkBytes += size;
      if (request.url().includes('/pagefind/fragment/')) fragmentBytes += size;
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      bytes = chunkBytes = fragmentBytes = 0;
      await page.locator('#q').fill('');
      await page.locator('#q').pressSequentially(query, { delay: 60 });
      const lastKey = await page.evaluate(() => performance.now());
      // Results are on screen when the status says how many pages were found.
      const shown = await page.waitForFunction(
        (expected) => {
          const status = document.querySelector('#search-status')?.textContent ?? '';
          return new URLSearchParams(location.search).get('q') === expected && /found|No pages/.test(status) ? performance.now() : false;
        },
        query,
        { polling: 'raf' },
      );
      const ms = (await shown.jsonValue()) as number;
      await page.waitForLoadState('networkidle');
      timings.push({ query, bytes, chunkBytes, fragmentBytes, ms: ms - lastKey });
    }
    return timings;
  } finally {
    await browser.close();
  }
}
