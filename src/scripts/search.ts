/**
 * The search page's behaviour. Pagefind's files are fetched only once the reader starts to
 * search; nothing typed leaves the browser.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options: { filters: Record<string, string> }, ms: number): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => {
  // The path is only known once the site is built, so bundlers must leave it alone.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24 });
    return p;
  });
  return pagefind;
};

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const fallback = document.querySelector<HTMLElement>('#search-fallback');
  if (!form || !input || !status || !list || !fallback) return;
  fallback.hidden = true;

  // Fill the form from the address, so a search from the header (or a shared link) just works.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of form.querySelectorAll('select')) select.value = params.get(select.name) ?? '';

  const run = async () => {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const select of form.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const search = await (await loadPagefind()).debouncedSearch(query || null as unknown as string, { filters }, 150);
    if (!search) return; // A newer keystroke replaced this search.
    const pages = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = page.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches.
        item.append(link, excerpt);
        return item;
      }),
    );
    list.hidden = pages.length === 0;
    const n = search.results.length;
    status.textContent = n === 0 ? 'No pages match. Try another word, or fewer filters.' : `${n} page${n === 1 ? '' : 's'} found${n > 20 ? ', showing the first 20' : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  if (input.value || [...form.querySelectorAll('select')].some((s) => s.value)) void run();
}
