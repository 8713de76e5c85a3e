/**
 * The content rules, as pure functions over text, so each test can show both that the real
 * content passes and that a known-bad input fails.
 */
import { createHash } from 'node:crypto';
import { ngrams, words } from './content.ts';

/** How many words in a row may match a seed before it counts as copying. */
export const COPY_RUN = 8;

/** Every run of COPY_RUN words in a text, normalised (case, punctuation, apostrophes). */
export const runs = (text: string): Set<string> => new Set(ngrams(words(text), COPY_RUN));

/**
 * A run's fingerprint. The seeds' runs are kept as fingerprints
 * (tests/content/seed-fingerprints.json), so the test runs where the seeds are not, without the
 * repository holding a copy of other people's articles.
 */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

/**
 * Runs of COPY_RUN or more words that `text` shares with the seeds (given as fingerprints),
 * leaving out runs that lie wholly inside the title of a referenced work (titles may be quoted).
 */
export function copiedRuns(text: string, seedFingerprints: Set<string>, titleRuns: Set<string> = new Set()): string[] {
  return [...runs(text)].filter((run) => seedFingerprints.has(fingerprint(run)) && !titleRuns.has(run));
}

/** SMOG grade and sentences of an MDX body's prose: the same functions `npm run check:content` uses. */
export { sentences, smog } from '../../src/lib/readability.ts';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Internal link targets written in Markdown links. */
export const links = (body: string): string[] => [...body.matchAll(/\]\(\s*(\/[^)\s]*)\s*\)/g)].map((m) => m[1]!);

/**
 * Links that send a public page's reader into the clinician section: anything under /clinicians/
 * but a patient handout (its id in `handoutIds`) or the list of handouts.
 */
export const clinicianLinks = (body: string, handoutIds: ReadonlySet<string>): string[] =>
  links(body).filter((href) => {
    const match = href.match(/^\/clinicians\/(?:([^/#?]+)\/?)?(?:[#?].*)?$/);
    if (!match) return href.startsWith('/clinicians/');
    const page = match[1];
    return !(page === 'handouts' || (page !== undefined && handoutIds.has(page)));
  });

/** Pages in a "Read next" list that a public page's reader should not be sent to: clinician pages other than handouts. */
export const clinicianReadNext = (list: readonly { url: string; format: string }[]): string[] =>
  list.filter((a) => a.url.startsWith('/clinicians/') && a.format !== 'handout').map((a) => a.url);

export const linksToTermPage = (body: string): boolean => links(body).some((l) => /^\/(conditions|symptoms|treatments)\/[a-z0-9-]+\/$/.test(l));
export const linksToGetHelp = (body: string): boolean => links(body).includes('/get-help/');

/** Reference ids cited with <Cite id="..." />, including comma-separated lists. */
export const citedIds = (body: string): string[] =>
  [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
