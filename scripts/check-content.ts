/**
 * `npm run check:content`: every problem in the content at once, in seconds, without a build.
 *
 * It asks the build's own rules, so the two can never disagree: the schemas
 * (src/schemas/index.ts), each entry's checks (src/lib/validate.ts: the fields, and for MDX the
 * lockdown in src/lib/mdx-guard.ts) and the cross-entry checks (src/lib/integrity.ts). It then
 * runs every content rule CI's tests hold the content to, from the modules those tests ask too,
 * so "0 errors" here means they pass: reading level and sentence length
 * (src/lib/readability.ts), a source for every statement (src/lib/cited-statements.ts), no
 * sentences copied from the seeds (src/lib/originality.ts), where a public page sends its reader
 * (src/lib/public-links.ts, src/lib/help-links.ts), and every reference cited and every term
 * tagged (src/lib/reference-coverage.ts). Review dates that have passed are a warning.
 *
 *   npm run check:content                   the content/ folder
 *   CONTENT_DIR=path npm run check:content  another folder laid out the same way
 */
import { performance } from 'node:perf_hooks';
import { contentDir } from '../src/lib/content-paths.ts';
import { contentPictures } from '../src/lib/images.ts';
import { findProblems, formatProblem, type IntegrityInput, type Problem } from '../src/lib/integrity.ts';
import { uncitedStatements } from '../src/lib/cited-statements.ts';
import { isForReaders, longSentences, median, MEDIAN_READING_LEVEL_MAX, prose, READING_LEVEL_MAX, SENTENCE_WORDS_MAX, smog } from '../src/lib/readability.ts';
import { buildGraph, type GraphInput } from '../src/lib/graph.ts';
import { helpLinkProblems } from '../src/lib/help-links.ts';
import { originalityProblems, runs, stringsIn } from '../src/lib/originality.ts';
import { publicLinkProblems } from '../src/lib/public-links.ts';
import { coverageProblems } from '../src/lib/reference-coverage.ts';
import { aYearAfter, daysUntilReview } from '../src/lib/reviews.ts';
import { isoDate } from '../src/lib/labels.ts';
import { termKinds } from '../src/lib/urls.ts';
import { entryProblems, itemText, keyLine } from '../src/lib/validate.ts';
import { guardMdx } from '../src/lib/mdx-guard.ts';
import { withoutListConsequences } from '../src/lib/list-indent.ts';
import { audiences, type ArticleData } from '../src/schemas/article.ts';
import { schemas } from '../src/schemas/index.ts';
import { readContent, type SourceEntry } from './lib/content-source.ts';
import { seedFingerprints } from './lib/seeds.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The fields the cross-entry checks read. An entry whose fields failed its schema still takes
 * part with what can be read, so its body is checked too and other entries that name it do
 * not report it as missing.
 */
function crossEntryFields(entry: SourceEntry, parsed: Record<string, unknown> | undefined) {
  const raw = entry.data ?? {};
  return {
    ...(parsed ?? {
      audience: audiences.includes(raw.audience as never) ? raw.audience : 'public',
      draft: raw.draft === true,
      ...Object.fromEntries([...termKinds, 'related'].map((k) => [k, strings(raw[k])])),
    }),
    id: entry.id,
    filePath: entry.file,
    body: entry.body,
    bodyStartLine: entry.bodyStartLine,
  };
}

/** An assessment tool's ids, from its parsed fields or, where they failed the schema, from what can be read. */
function instrumentFields(entry: SourceEntry, parsed: Record<string, unknown> | undefined) {
  const raw = parsed ?? entry.data ?? {};
  const cutOffs = Array.isArray(raw.cutOffs) ? raw.cutOffs.filter((c): c is { source: string } => typeof c?.source === 'string') : [];
  return {
    id: entry.id,
    filePath: entry.file,
    body: entry.body,
    bodyStartLine: entry.bodyStartLine,
    conditions: strings(raw.conditions),
    symptoms: strings(raw.symptoms),
    references: strings(raw.references),
    cutOffs,
  };
}

/** Two MDX files with one name are one id twice: the build refuses them, and so does this. */
function duplicateIds(entries: SourceEntry[]): Problem[] {
  const byId = Map.groupBy(
    entries.filter((e) => !e.isItem),
    (e) => `${e.collection}/${e.id}`,
  );
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => ({
        file: entry.file,
        field: 'id',
        message: `"${entry.id}" is also the id of ${group.filter((other) => other !== entry).map((other) => other.file).join(', ')}`,
        fix: 'an id is the file name, and must be unique across the whole collection: rename one of the files.',
        severity: 'error' as const,
      })),
    );
}

function readingLevel(entry: SourceEntry, grade: number): Problem[] {
  if (grade <= READING_LEVEL_MAX) return [];
  return [
    {
      file: entry.file,
      line: entry.bodyStartLine,
      field: 'reading level',
      message: `the text reads at SMOG grade ${grade.toFixed(1)}; pages for the public and patient handouts must be ${READING_LEVEL_MAX} or lower`,
      fix: 'use shorter sentences (20 words at most) and everyday words, the plain word first: "feeling nothing (emotional numbness)". `npm run readability` lists every page\'s grade.',
      severity: 'error',
    },
  ];
}

/** The file line a sentence of the prose starts on: found by its first words, or the body's first line. */
function sentenceLine(entry: SourceEntry, sentence: string): number {
  const start = sentence.split(/\s+/).slice(0, 3).join(' ');
  const at = entry.body.split('\n').findIndex((line) => line.replace(/[*_`[\]]/g, '').includes(start));
  return entry.bodyStartLine + Math.max(at, 0);
}

function sentenceLength(entry: SourceEntry, page: { audience?: unknown; format?: unknown }): Problem[] {
  if (!isForReaders(page)) return [];
  return longSentences(entry.body).map(({ words, text }) => ({
    file: entry.file,
    line: sentenceLine(entry, text),
    field: 'sentence length',
    message: `this sentence has ${words} words: "${text.length > 80 ? `${text.slice(0, 77)}…` : text}"; pages for the public and patient handouts keep to ${SENTENCE_WORDS_MAX}`,
    fix: 'split it into two or more sentences, each saying one thing.',
    severity: 'error' as const,
  }));
}

/**
 * Clinician articles (not patient handouts) and term pages cite a source for every statement
 * (src/lib/cited-statements.ts says what counts); a handout may not hold an "unreferenced" box either.
 */
function citations(entry: SourceEntry, format: string | undefined): Problem[] {
  const all = uncitedStatements(entry.body);
  const found = format === 'handout' ? all.filter((p) => p.text.startsWith('<Callout')) : all;
  return found.map((p) => ({
    file: entry.file,
    line: entry.bodyStartLine + p.line - 1,
    field: 'citation',
    message: `"${p.text.length > 80 ? `${p.text.slice(0, 77)}…` : p.text}" states something without a source`,
    fix: p.reason,
    severity: 'error' as const,
  }));
}

/** The public articles' median reading level: one problem for them all, on their folder. */
function medianReadingLevel(dir: string, grades: number[]): Problem[] {
  if (grades.length === 0) return [];
  const grade = median(grades);
  if (grade <= MEDIAN_READING_LEVEL_MAX) return [];
  return [
    {
      file: `${dir}/articles/public`,
      field: 'reading level',
      message: `the public articles' median SMOG grade is ${grade.toFixed(1)}; together they must be ${MEDIAN_READING_LEVEL_MAX} or lower`,
      fix: 'make the hardest guides plainer: `npm run readability` lists every page\'s grade, hardest first.',
      severity: 'error',
    },
  ];
}

/**
 * No page copies a seed's sentences (src/lib/originality.ts): an article's or term page's prose
 * and every string of its fields, and each glossary definition.
 */
function originality(entries: SourceEntry[]): Problem[] {
  const seeds = seedFingerprints();
  const titleRuns = new Set(entries.filter((e) => e.collection === 'references').flatMap((r) => [...runs(String(r.data?.title ?? ''))]));
  return entries.flatMap((entry) => {
    if (entry.data === undefined) return [];
    if (entry.collection === 'articles' || (termKinds as readonly string[]).includes(entry.collection)) {
      return originalityProblems({ file: entry.file, text: entry.text, seen: [prose(entry.body), ...stringsIn(entry.data)].join('\n') }, seeds, titleRuns);
    }
    if (entry.collection === 'glossary') {
      const item = itemText(entry.text, entry.id);
      return originalityProblems({ file: entry.file, text: item.text, firstLine: item.firstLine, seen: String(entry.data.definition ?? '') }, seeds, titleRuns);
    }
    return [];
  });
}

/**
 * Where a public article sends its reader (src/lib/public-links.ts, src/lib/help-links.ts).
 * "Read next" comes from the site's own graph, so it is asked only when every article and term
 * could be read (otherwise their problems are reported already).
 */
function readerLinks(input: IntegrityInput, wholeSite: boolean, unreadable: ReadonlySet<string>): Problem[] {
  const graph = wholeSite ? buildGraph(input as unknown as GraphInput) : undefined;
  const handouts = new Set(input.articles.filter((a) => a.format === 'handout').map((a) => a.id));
  return input.articles
    .filter((a) => a.audience === 'public' && !unreadable.has(a.filePath))
    .flatMap((a) => [...helpLinkProblems(a), ...publicLinkProblems(a, handouts, graph && !a.draft ? graph.relatedArticles(a.id) : undefined)]);
}

function reviewDate(entry: SourceEntry, data: ArticleData, today: Date): Problem[] {
  const days = daysUntilReview(data.nextReview, today);
  if (days >= 0) return [];
  return [
    {
      file: entry.file,
      line: keyLine(entry.text, 'nextReview'),
      field: 'nextReview',
      message: `the review was due on ${isoDate(data.nextReview)}, ${-days} day${days === -1 ? '' : 's'} ago; readers see a notice that the page is due for review`,
      fix: `check the article against its sources, then set lastReviewed: ${isoDate(today)} and nextReview: ${isoDate(aYearAfter(today))}.`,
      severity: 'warning',
    },
  ];
}

export interface CheckOptions {
  dir?: string;
  today?: Date;
  /**
   * Also the rules over the knowledge base as a whole, which CI's content tests hold content/ to:
   * every reference cited, every term tagged by a published article, something under each public
   * guide's "Read next", the public articles' median reading level. On by default; the preview
   * (src/integrations/editor-preview.ts) leaves them out, as the build does, so a page being
   * written is not refused for what the rest of the site lacks.
   */
  siteRules?: boolean;
}

export async function checkContent({ dir = contentDir(), today = new Date(), siteRules = true }: CheckOptions = {}): Promise<{ problems: Problem[]; files: number }> {
  const source = readContent(dir);
  const pictures = contentPictures(dir);
  const problems = [...source.problems];
  const parsed = new Map<SourceEntry, Record<string, unknown>>();

  for (const entry of source.entries) {
    const schema = schemas[entry.collection];
    if (entry.data === undefined) {
      // The frontmatter could not be read, but the body can still be checked.
      if (!entry.isItem) problems.push(...guardMdx(entry.text, entry.file, pictures));
      continue;
    }
    problems.push(...(await entryProblems({ data: entry.data, schema, file: entry.file, text: entry.text, itemId: entry.isItem ? entry.id : undefined, pictures })));
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.set(entry, result.data as Record<string, unknown>);
  }
  problems.push(...duplicateIds(source.entries));

  const of = (collection: SourceEntry['collection']) => source.entries.filter((e) => e.collection === collection);
  const input = {
    articles: of('articles').map((e) => crossEntryFields(e, parsed.get(e))),
    terms: Object.fromEntries(termKinds.map((k) => [k, of(k).map((e) => crossEntryFields(e, parsed.get(e)))])),
    referenceIds: of('references').map((e) => e.id),
    glossary: of('glossary').map((e) => ({ id: e.id, filePath: e.file, seeAlso: strings(e.data?.seeAlso) })),
    instruments: of('instruments').map((e) => instrumentFields(e, parsed.get(e))),
  } as unknown as IntegrityInput;
  // The build names the file; here the frontmatter line is added where a field is named.
  const textOf = new Map(source.entries.map((e) => [e.file, e.text]));
  problems.push(...findProblems(input).map((p) => ({ ...p, line: p.line ?? keyLine(textOf.get(p.file) ?? '', p.field) })));

  const grades = new Map<SourceEntry, number>();
  for (const entry of of('articles')) {
    const data = parsed.get(entry) as ArticleData | undefined;
    // The prose is checked even where a field failed its schema, with the audience and format
    // as written, so an editor sees every problem in one run, not the next batch after a fix.
    const page = data ?? { audience: entry.data?.audience, format: entry.data?.format };
    if (isForReaders(page) && entry.body.trim()) grades.set(entry, smog(entry.body));
    problems.push(...readingLevel(entry, grades.get(entry) ?? 0), ...sentenceLength(entry, page));
    if (data) problems.push(...reviewDate(entry, data, today));
    if (page.audience === 'practitioner') problems.push(...citations(entry, typeof page.format === 'string' ? page.format : undefined));
  }
  for (const kind of termKinds) for (const entry of of(kind)) problems.push(...citations(entry, undefined));

  // Rules over the whole site, which only mean something once every article and term was read.
  const wholeSite = siteRules && [...of('articles'), ...termKinds.flatMap(of), ...of('instruments')].every((e) => parsed.has(e));
  problems.push(...originality(source.entries), ...readerLinks(input, wholeSite, new Set(source.entries.filter((e) => e.data === undefined).map((e) => e.file))));
  if (wholeSite) {
    const referencesFile = of('references')[0]?.file ?? `${dir}/references.json`;
    const referenceLine = (id: string) => itemText(textOf.get(referencesFile) ?? '', id).firstLine;
    const publicGrades = [...grades].filter(([entry]) => entry.data?.audience === 'public').map(([, grade]) => grade);
    problems.push(...coverageProblems(input, referencesFile, referenceLine), ...medianReadingLevel(dir, publicGrades));
  }

  const misaligned = problems.filter((p) => p.message.startsWith('this line is indented differently'));
  const sorted = withoutListConsequences(problems, misaligned).sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: sorted, files: source.files };
}

if (import.meta.main) {
  const started = performance.now();
  const { problems, files } = await checkContent();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  for (const problem of problems) console.log(formatProblem(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(
    `${problems.length ? '\n' : ''}Checked ${plural(files, 'file')} in ${contentDir()}/ in ${seconds} s: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.` +
      (errors ? ' Each line says: file:line  field  what is wrong  how to fix it. See CONTRIBUTING.md, "Reading the errors".' : ''),
  );
  process.exitCode = errors ? 1 : 0;
}
