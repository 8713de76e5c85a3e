/**
 * Originality: facts and references from the seed documents carry over, their sentences do not.
 * A run of COPY_RUN words in a row that a page shares with a seed counts as copied, whatever its
 * case and punctuation, unless it lies wholly inside the title of a referenced work (a title may
 * be quoted). `npm run check:content` and the content tests both ask this module.
 *
 * Scripts and tests only (it uses node:crypto); the seeds themselves are read by
 * scripts/lib/seeds.ts.
 */
import { createHash } from 'node:crypto';
import type { Problem } from './integrity.ts';

/** How many words in a row may match a seed before it counts as copying. */
export const COPY_RUN = 8;

/** Words for comparing texts: lower case, letters and digits only, curly quotes folded. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of n consecutive words, joined by spaces. */
export function ngrams(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

/** Every run of COPY_RUN words in a text, normalised (case, punctuation, apostrophes). */
export const runs = (text: string): Set<string> => new Set(ngrams(words(text), COPY_RUN));

/**
 * A run's fingerprint. The seeds' runs are kept as fingerprints
 * (tests/content/seed-fingerprints.json), so the check runs where the seeds are not, without the
 * repository holding a copy of other people's articles.
 */
export const fingerprint = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 16);

/**
 * Runs of COPY_RUN or more words that `text` shares with the seeds (given as fingerprints),
 * leaving out runs that lie wholly inside the title of a referenced work.
 */
export function copiedRuns(text: string, seedFingerprints: ReadonlySet<string>, titleRuns: ReadonlySet<string> = new Set()): string[] {
  return [...runs(text)].filter((run) => !titleRuns.has(run) && seedFingerprints.has(fingerprint(run)));
}

/** Every string in a value, nested ones too (a treatment's graded evidence). */
export const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/**
 * Where copied runs sit in a file: each passage of overlapping runs once, on the line it starts,
 * with its words. A run the file's own words do not hold in a row (a link's address between
 * them) is placed by its first words.
 */
export function copiedPassages(fileText: string, copied: string[], firstLine = 1): { line: number; words: string[] }[] {
  const lines = fileText.split('\n');
  const sequence = lines.flatMap((line, i) => words(line).map((word) => ({ word, line: i + firstLine })));
  const at = new Map<string, number>();
  ngrams(
    sequence.map((w) => w.word),
    COPY_RUN,
  ).forEach((run, i) => at.has(run) || at.set(run, i));
  const covered = new Set<number>();
  const placed: { line: number; words: string[] }[] = [];
  for (const run of copied) {
    const start = at.get(run);
    if (start !== undefined) {
      for (let i = start; i < start + COPY_RUN; i++) covered.add(i);
      continue;
    }
    const head = run.split(' ').slice(0, 3).join(' ');
    const index = lines.findIndex((line) => words(line).join(' ').includes(head));
    placed.push({ line: (index < 0 ? 0 : index) + firstLine, words: run.split(' ') });
  }
  const passages: { line: number; words: string[] }[] = [];
  for (const i of [...covered].sort((a, b) => a - b)) {
    const last = passages.at(-1);
    if (last && covered.has(i - 1)) last.words.push(sequence[i]!.word);
    else passages.push({ line: sequence[i]!.line, words: [sequence[i]!.word] });
  }
  const known = new Set(passages.map((p) => p.line));
  return [...passages, ...placed.filter((p) => !known.has(p.line) && known.add(p.line))].sort((a, b) => a.line - b.line);
}

/**
 * The copied passages of one file (an MDX page, or one item of a list file) as problems.
 * `seen` is the text a reader sees of it: the page's prose and every string of its fields.
 */
export function originalityProblems(
  entry: { file: string; text: string; seen: string; firstLine?: number },
  seedFingerprints: ReadonlySet<string>,
  titleRuns: ReadonlySet<string>,
): Problem[] {
  const copied = copiedRuns(entry.seen, seedFingerprints, titleRuns);
  if (copied.length === 0) return [];
  return copiedPassages(entry.text, copied, entry.firstLine).map(({ line, words: passage }) => {
    const quoted = passage.length > 14 ? `${passage.slice(0, 12).join(' ')} …` : passage.join(' ');
    return {
      file: entry.file,
      line,
      field: 'originality',
      message: `${passage.length} words in a row are the same as in a source document (a seed): "${quoted}"`,
      fix: `write it anew in your own words: the facts and references carry over, the sentences do not (${COPY_RUN} or more words in a row the same count as copied; quoting a referenced work's title is allowed).`,
      severity: 'error' as const,
    };
  });
}
