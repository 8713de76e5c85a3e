/**
 * Lists that grow with the site are cut into pages, so no page grows without bound: how long a
 * page of a list is, how many articles a term page shows before linking to the whole list, and
 * which page numbers a list's navigation names. Pure, so it is tested on its own.
 *
 * Lists are paged with Astro's paginate() on rest-parameter routes: page 1 is the list's own
 * address (/for-you/), later pages add their number (/for-you/2/).
 */
import { TITLE_MAX, writtenLength } from './labels.ts';

/** Articles on each page of a hub or a full list: a phone's long scroll, and about 4 KB gzipped. */
export const PAGE_SIZE = 20;

/**
 * The newest articles a page shows of a list whose whole has pages of its own: each of a term
 * page's lists, the handouts on the clinician hub.
 */
export const PREVIEW_SIZE = 10;

/** The newest of a list, as a page shows it before linking to the whole list. */
export const preview = <T>(list: readonly T[]): T[] => list.slice(0, PREVIEW_SIZE);

/**
 * Whether a list is longer than its preview, and so has pages of its own: the page that shows
 * the preview links to them, and the route that builds them asks the same question.
 */
export const hasOwnPages = (list: readonly unknown[]): boolean => list.length > PREVIEW_SIZE;

/** What a list's navigation needs to know of one page (a subset of Astro's `Page`). */
export interface PagePosition {
  currentPage: number;
  lastPage: number;
  url: { current: string; first: string | undefined };
}

/** The address of page `n` of a list whose first page is at `first`. */
export const pageUrl = (first: string, n: number): string => (n === 1 ? first : `${first}${n}/`);

export type PageLink = { number: number; url: string; current: boolean } | 'gap';

/**
 * The page numbers a list's navigation links to: the first, the last, and those within `around`
 * of the current one, with a gap where numbers are left out. At 10,000 articles a hub has
 * hundreds of pages; its navigation stays a handful of links.
 */
export function pageLinks(page: PagePosition, around = 1): PageLink[] {
  const first = page.url.first ?? page.url.current;
  const shown = [...new Set([1, page.lastPage, ...Array.from({ length: 2 * around + 1 }, (_, i) => page.currentPage - around + i)])]
    .filter((n) => n >= 1 && n <= page.lastPage)
    .sort((a, b) => a - b);
  return shown.flatMap((number, i): PageLink[] => {
    const link = { number, url: pageUrl(first, number), current: number === page.currentPage };
    const previous = shown[i - 1];
    // A gap of one page is shown as that page's number: a "…" would be no shorter.
    if (previous === undefined || number === previous + 1) return [link];
    if (number === previous + 2) return [{ number: previous + 1, url: pageUrl(first, previous + 1), current: false }, link];
    return ['gap', link];
  });
}

/** "Guides, page 2 of 5" on later pages; the list's own name on the first. */
export const pageHeading = (name: string, page: Pick<PagePosition, 'currentPage' | 'lastPage'>): string =>
  page.currentPage === 1 ? name : `${name}, page ${page.currentPage} of ${page.lastPage}`;

/**
 * A hub's page: its own title and description on page 1; later pages are named by their list
 * and number ("Guides, page 2 of 5"), in the title, the h1 and the description.
 */
export function hubPage(page: Pick<PagePosition, 'currentPage' | 'lastPage'>, hub: { title: string; list: string; description: string }) {
  const first = page.currentPage === 1;
  const heading = pageHeading(hub.list, page);
  return { first, heading, title: first ? hub.title : heading, description: first ? hub.description : `${heading}. ${hub.description}` };
}

/**
 * The same as a page's <title>, within 70 characters: a long name is cut short at a word, never
 * the page number. The h1 keeps the whole name.
 */
export function pageTitle(name: string, page: Pick<PagePosition, 'currentPage' | 'lastPage'>): string {
  const number = pageHeading('', page);
  let short = name;
  while (writtenLength(`${short}${number}`) > TITLE_MAX) short = `${short.slice(0, -1).replace(/\s*\S*…?$/, '')}…`;
  return short + number;
}
