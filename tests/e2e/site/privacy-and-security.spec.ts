/**
 * What a reader does stays in their browser: on every page of the real site, no request leaves
 * the origin, nothing is stored, and the Content Security Policy holds without a violation,
 * searching included.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFile } from '../../../scripts/lib/security-headers.ts';
import { sitemapPaths } from '../helpers.ts';

const SHARDS = 2;

/** Every request the browser makes, from pages and their workers, whatever its origin. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Collects securitypolicyviolation events from the first moment of every page. */
async function watchForViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Anything the page has written to the reader's device. */
function storedOnDevice(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    cookie: document.cookie,
  }));
}
const nothingStored = { localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: 0, cookie: '' };

/** The page's policy, directive by directive. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const metas = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''));
  expect(metas, 'one CSP meta tag').toHaveLength(1);
  return new Map(
    metas[0]!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name!, sources] as const;
    }),
  );
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page: a strict CSP, no request to another origin, no violation, nothing stored (shard ${shard + 1} of ${SHARDS})`, async ({ page, context, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests = recordRequests(context);
    const violations = await watchForViolations(page);
    const paths = (await sitemapPaths(request)).filter((_, i) => i % SHARDS === shard);
    // The 404 page has a policy too.
    if (shard === 0) paths.push('/no-such-page/');
    test.setTimeout(30_000 + paths.length * 2_000);
    for (const path of paths) {
      await page.goto(path);
      const policy = await policyOf(page);
      expect(policy.get('default-src'), path).toEqual(["'self'"]);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      expect(policy.get('base-uri'), path).toEqual(["'self'"]);
      expect(policy.get('form-action'), path).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, path).toContain("'self'");
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      // Only the search page runs Pagefind's WebAssembly.
      expect(scripts.includes("'wasm-unsafe-eval'"), `${path} allows WebAssembly`).toBe(path === '/search/');
      for (const [name, sources] of policy) expect(sources, `${path} ${name}`).not.toContain('*');
      // A site a reader goes on to is not told where they came from.
      await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
      expect(await violations(), path).toEqual([]);
      expect(await storedOnDevice(page), path).toEqual(nothingStored);
    }
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('a search runs under the CSP, stays on the site and stores nothing', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = recordRequests(context);
  const violations = await watchForViolations(page);
  await page.goto('/');
  await page.getByRole('banner').getByRole('searchbox').fill('numb');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=numb/);
  await expect(page.locator('#search-results li a').first()).toBeVisible();
  // Narrow it, type more: every path through Pagefind, its worker and its WebAssembly.
  await page.getByText('Narrow the results').click();
  await page.getByLabel('Written for').selectOption('For you');
  await page.getByLabel('Search for').fill('numb feeling');
  await expect(page.getByRole('status')).toHaveText(/found|No pages match/);
  expect(requests.some((url) => url.endsWith('.pagefind')), 'Pagefind loaded its WebAssembly').toBe(true);
  expect(await violations()).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  expect(await storedOnDevice(page)).toEqual(nothingStored);
  expect(await context.cookies()).toEqual([]);
});

test('a blocked inline script is reported, so the violation check can fail', async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto('/about/');
  // What an injected script would look like: the policy must stop it, and the test must see it.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.body.append(script);
  });
  await expect.poll(violations).toEqual(['script-src-elem blocked inline']);
  await expect(page).not.toHaveTitle('ran');
});

test('served with the headers in public/_headers, search still works and no page can be framed', async ({ page, context, baseURL }) => {
  // The preview server sends no such headers: add them to every response, as a host would.
  const headers = Object.fromEntries(headersFile());
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const violations = await watchForViolations(page);
  await page.goto('/search/?q=numb');
  await expect(page.locator('#search-results li a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  // Even the site itself may not frame its pages: frame-ancestors 'none'.
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
  }, `${baseURL}/get-help/`);
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
});
