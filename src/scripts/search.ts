/**
 * The search page's behaviour. Pagefind's files are fetched only once the reader starts to
 * search; nothing typed leaves the browser. A search about suicide, self-harm or wanting to die
 * (content/crisis-words.yaml, src/lib/crisis-words.ts) shows crisis help first, at once, before
 * and whatever the results.
 */
import { hearsCrisis } from '../lib/crisis-words.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * Results whose details are fetched together: each costs the reader one Pagefind fragment (2 to
 * 3 KB). Five fill a phone's screen and keep a search after the first near 20 KB (npm run bench).
 */
const BATCH = 5;
/**
 * Search once typing pauses. Pagefind's own debouncedSearch fetches the index for every prefix
 * typed on the way ("n", "nu", "num"); waiting here fetches only the word's.
 */
const DEBOUNCE_MS = 150;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () => {
  // The path is only known once the site is built, so bundlers must leave it alone.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 24 });
    // Fetch the WebAssembly and the index's table of contents now, not at the first search.
    await p.init();
    return p;
  });
  return pagefind;
};

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const crisis = document.querySelector<HTMLElement>('#search-crisis');
  const filterBox = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (!form || !input || !status || !list || !crisis || !filterBox) return;
  // The filters sit after the results, outside the form, and belong to it through form="search-form".
  const selects = [...form.elements].filter((e): e is HTMLSelectElement => e instanceof HTMLSelectElement);

  // Crisis help shows the moment a search is heard as a cry for help, before any result.
  const phrases: string[] = JSON.parse(crisis.dataset.phrases ?? '[]');
  let heard = false;
  const listen = () => {
    heard = hearsCrisis(input.value, phrases);
    crisis.classList.toggle('heard', heard);
  };

  // Fill the form from the address, so a search from the header (or a shared link) just works.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  filterBox.open = selects.some((s) => s.value);
  listen();

  // Shown only when there are more results than one batch.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button';
  more.textContent = 'Show more results';
  more.hidden = true;
  list.after(more);

  let latest = 0;
  let results: PagefindResult[] = [];
  const describe = (shown: number) => {
    const n = results.length;
    const found = n === 0 ? 'No pages match. Try another word, or fewer filters.' : `${n} page${n === 1 ? '' : 's'} found${n > shown ? `, showing the first ${shown}` : ''}.`;
    status.textContent = heard ? `Help you can call or text now is shown first. ${found}` : found;
  };

  /** Fetches and shows the next batch of results; false if a newer search replaced this one. */
  const showMore = async (search: number): Promise<boolean> => {
    const pages = await Promise.all(results.slice(list.children.length, list.children.length + BATCH).map((r) => r.data()));
    if (search !== latest) return false;
    list.append(
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
    list.hidden = list.children.length === 0;
    more.hidden = list.children.length >= results.length;
    describe(list.children.length);
    return true;
  };

  const run = async () => {
    const search = ++latest;
    const query = input.value.trim();
    listen();
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query && { q: query }), ...filters }).toString();
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const found = await (await loadPagefind()).search(query || null, { filters });
    if (search !== latest) return; // A newer search replaced this one.
    results = found.results;
    list.replaceChildren();
    await showMore(search);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const runNow = () => {
    clearTimeout(timer);
    void run();
  };

  more.addEventListener('click', async () => {
    const first = list.children.length;
    more.disabled = true;
    const shown = await showMore(latest);
    more.disabled = false;
    // Keyboard and screen reader users land on the first new result.
    if (shown) list.children[first]?.querySelector('a')?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });
  input.addEventListener('input', () => {
    listen();
    void loadPagefind(); // Pagefind itself loads while the reader types.
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  for (const select of selects) select.addEventListener('change', runNow);
  if (input.value || selects.some((s) => s.value)) runNow();
}
