import { describe, expect, it } from 'vitest';
import { inSentence } from '../../src/lib/words.ts';
import { hasOwnPages, hubPage, pageHeading, pageLinks, pageTitle, pageUrl, preview, type PageLink } from '../../src/lib/paging.ts';

/** Page `current` of `last` of a list at /for-you/, as Astro's paginate() describes it. */
const at = (current: number, last: number) => ({ currentPage: current, lastPage: last, url: { current: pageUrl('/for-you/', current), first: current === 1 ? undefined : '/for-you/' } });
/** "1 [2] 3 … 9": the numbers shown, the current one in brackets, gaps as "…". */
const shown = (links: PageLink[]) => links.map((l) => (l === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number))).join(' ');

describe('pageLinks', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 3, '[1] 2 3'],
    [2, 3, '1 [2] 3'],
    [1, 9, '[1] 2 … 9'],
    [5, 9, '1 … 4 [5] 6 … 9'],
    // A gap of one page shows that page's number instead.
    [4, 9, '1 2 3 [4] 5 … 9'],
    [9, 9, '1 … 8 [9]'],
    [175, 350, '1 … 174 [175] 176 … 350'],
  ])('on page %i of %i shows %s', (current, last, expected) => {
    expect(shown(pageLinks(at(current, last)))).toBe(expected);
  });

  it('links page 1 to the list itself and later pages to their number', () => {
    const links = pageLinks(at(2, 3)).filter((l) => l !== 'gap');
    expect(links.map((l) => l.url)).toEqual(['/for-you/', '/for-you/2/', '/for-you/3/']);
  });

  it('keeps to a handful of links however long the list', () => {
    expect(pageLinks(at(5000, 10_000)).length).toBeLessThanOrEqual(7);
  });
});

describe('pageHeading', () => {
  it('names later pages by number and leaves the first as it is', () => {
    expect(pageHeading('Guides', { currentPage: 1, lastPage: 5 })).toBe('Guides');
    expect(pageHeading('Guides', { currentPage: 2, lastPage: 5 })).toBe('Guides, page 2 of 5');
  });
});

describe('hubPage', () => {
  const hub = { title: 'For you', list: 'Guides', description: 'Plain guides.' };
  it('keeps the hub on page 1 and names later pages by their number', () => {
    expect(hubPage({ currentPage: 1, lastPage: 5 }, hub)).toEqual({ first: true, heading: 'Guides', title: 'For you', description: 'Plain guides.' });
    expect(hubPage({ currentPage: 2, lastPage: 5 }, hub)).toEqual({ first: false, heading: 'Guides, page 2 of 5', title: 'Guides, page 2 of 5', description: 'Guides, page 2 of 5. Plain guides.' });
  });
});

describe('pageTitle', () => {
  it('keeps a title within 70 characters by shortening the name, never the page number', () => {
    const name = 'Other pages that mention taking risks or hurting yourself to feel something';
    const title = pageTitle(name, { currentPage: 2, lastPage: 3 });
    expect(title).toBe('Other pages that mention taking risks or hurting…, page 2 of 3');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(pageTitle('Guides about feeling numb', { currentPage: 2, lastPage: 3 })).toBe('Guides about feeling numb, page 2 of 3');
    expect(pageTitle(name, { currentPage: 1, lastPage: 3 }).length).toBeLessThanOrEqual(70);
    // Counted as the HTML writes it, as the validator counts it: "&" is "&amp;".
    expect(pageTitle('Articles citing Berceli & Napoli, 2006 | Feeling nothing?', { currentPage: 2, lastPage: 2 })).toBe('Articles citing Berceli & Napoli, 2006 | Feeling…, page 2 of 2');
  });
});

describe('preview and hasOwnPages', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  it('show the first ten of a list, and give it pages of its own only when it has more', () => {
    expect(preview(list(25))).toEqual(list(10));
    expect(preview(list(3))).toEqual(list(3));
    expect(hasOwnPages(list(10))).toBe(false);
    expect(hasOwnPages(list(11))).toBe(true);
  });
});

describe('inSentence', () => {
  it.each([
    ['Feeling numb', 'feeling numb'],
    ['Post-traumatic stress (PTSD)', 'post-traumatic stress (PTSD)'],
    ['PTSD', 'PTSD'],
    ['A flat face and voice', 'a flat face and voice'],
  ])('writes %s inside a sentence as %s', (name, expected) => {
    expect(inSentence(name)).toBe(expected);
  });
});
