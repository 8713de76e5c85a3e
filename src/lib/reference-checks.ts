/**
 * How a reference was checked, in words a reader can follow: the records its details were
 * compared with (named by their site) and, in plain words, any detail no record showed.
 * Pure: the reference page only presents what this returns.
 */
import type { ReferenceData } from '../schemas/reference.ts';
import { listInWords } from './words.ts';

/** What each CSL field is called in a sentence. */
const fieldWords: Record<string, string> = {
  author: 'authors',
  issued: 'year',
  title: 'title',
  'container-title': 'journal',
  publisher: 'publisher',
  'publisher-place': 'place of publication',
  volume: 'volume',
  issue: 'issue',
  page: 'pages',
  number: 'report number',
  DOI: 'DOI',
  URL: 'web address',
  PMID: 'PubMed id',
  PMCID: 'PubMed Central id',
  ISBN: 'ISBN',
};

export interface RecordLink {
  href: string;
  /** The record's site, and more of its address where two records share a site. */
  text: string;
}

export interface HowChecked {
  records: RecordLink[];
  /** "authors and year": the details no record showed, or undefined when every one was confirmed. */
  unconfirmed?: string;
  /** Where the work was looked for, when no record of it was found. */
  searched?: string;
}

const host = (address: URL) => address.hostname.replace(/^www\./, '');

/** Link text for each record: its site, or its site and path when a site appears twice. */
function recordLinks(addresses: string[]): RecordLink[] {
  const urls = addresses.map((href) => new URL(href));
  const hosts = urls.map(host);
  return urls.map((url, i) => {
    const shared = hosts.filter((h) => h === hosts[i]).length > 1;
    const path = decodeURIComponent(url.pathname).replace(/\/$/, '');
    return { href: addresses[i]!, text: shared && path ? `${hosts[i]}${path}` : hosts[i]! };
  });
}

export function howChecked(reference: Pick<ReferenceData, 'checked'>): HowChecked {
  const checked = reference.checked ?? { records: [], unconfirmed: [] };
  return {
    records: recordLinks(checked.records),
    unconfirmed: checked.unconfirmed.length ? listInWords(checked.unconfirmed.map((field) => fieldWords[field] ?? field)) : undefined,
    searched: checked.searched,
  };
}
