/**
 * What a change does to the site, for the reviewer of a pull request: the base and the change
 * compared, as Markdown. Pure: two snapshots in (scripts/lib/content-snapshot.ts and
 * scripts/lib/site-snapshot.ts), text out, so it is tested on small tables.
 */
import { READING_LEVEL_MAX, SENTENCE_WORDS_MAX } from '../../src/lib/readability.ts';
import type { ArticleFacts, ContentSnapshot, PageFacts, SourcedFacts } from './content-snapshot.ts';
import type { BuiltPageFacts } from './site-snapshot.ts';

export interface Side {
  content: ContentSnapshot;
  site: Record<string, BuiltPageFacts>;
}


interface Diff<T> {
  added: [string, T][];
  removed: [string, T][];
  changed: [string, T, T][];
}

function diff<T extends { digest: string }>(base: Record<string, T>, change: Record<string, T>): Diff<T> {
  const keys = [...new Set([...Object.keys(base), ...Object.keys(change)])].sort();
  const result: Diff<T> = { added: [], removed: [], changed: [] };
  for (const key of keys) {
    const [before, after] = [base[key], change[key]];
    if (!before && after) result.added.push([key, after]);
    else if (before && !after) result.removed.push([key, before]);
    else if (before && after && before.digest !== after.digest) result.changed.push([key, before, after]);
  }
  return result;
}

const gained = (before: string[], after: string[]) => after.filter((x) => !before.includes(x));
const lost = (before: string[], after: string[]) => before.filter((x) => !after.includes(x));
const code = (x: string) => `\`${x}\``;
const list = (xs: string[]) => xs.map(code).join(', ');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** "gains links to /a/; loses citations x": how one page's connections moved. */
function connectionChanges(before: PageFacts | undefined, after: PageFacts | undefined): string[] {
  const out: string[] = [];
  for (const [field, noun] of [['links', 'links to'], ['citations', 'citations of'], ['backlinks', 'backlinks from']] as const) {
    const [b, a] = [before?.[field] ?? [], after?.[field] ?? []];
    if (gained(b, a).length) out.push(`gains ${noun} ${list(gained(b, a))}`);
    if (lost(b, a).length) out.push(`loses ${noun} ${list(lost(b, a))}`);
  }
  return out;
}

function pagesSection(base: Side, change: Side): string[] {
  const d = diff(base.site, change.site);
  if (!d.added.length && !d.removed.length && !d.changed.length) return [];
  const line = ([path, page]: [string, BuiltPageFacts]) => `- ${code(path)} ${page.title}`;
  return [
    '## Pages',
    '',
    ...(d.added.length ? [`**Added (${d.added.length})**`, '', ...d.added.map(line), ''] : []),
    ...(d.removed.length ? [`**Removed (${d.removed.length})**`, '', ...d.removed.map(line), ''] : []),
    ...(d.changed.length ? [`**Changed (${d.changed.length})**`, '', ...d.changed.map(([path, , after]) => line([path, after])), ''] : []),
  ];
}

function knowledgeSection(base: Side, change: Side): string[] {
  const paths = [...new Set([...Object.keys(base.content.pages), ...Object.keys(change.content.pages)])].sort();
  const lines = paths.flatMap((path) => {
    const [before, after] = [base.content.pages[path], change.content.pages[path]];
    const moves = connectionChanges(before, after);
    const status = !before ? 'new: ' : !after ? 'removed: ' : '';
    return moves.length || status ? [`- ${code(path)} (${(after ?? before)!.kind}) ${status}${moves.join('; ') || (after ? 'no links or citations' : '')}`] : [];
  });
  const refs = Object.keys({ ...base.content.references, ...change.content.references }).sort();
  const citedBy = (side: Side, id: string) => Object.values(side.content.pages).filter((p) => p.citations.includes(id)).map((p) => p.url);
  const refLines = refs.flatMap((id) => {
    const [b, a] = [citedBy(base, id), citedBy(change, id)];
    const moves = [gained(b, a).length && `gains citing pages ${list(gained(b, a))}`, lost(b, a).length && `loses citing pages ${list(lost(b, a))}`].filter(Boolean);
    return moves.length ? [`- reference ${code(id)} ${moves.join('; ')}`] : [];
  });
  if (!lines.length && !refLines.length) return [];
  return ['## Links, citations and backlinks', '', ...lines, ...refLines, ''];
}

const isArticle = (page: PageFacts | undefined): page is ArticleFacts => page?.kind === 'article';

/** Articles that are new, or whose file changed. */
function touchedArticles(base: Side, change: Side): ArticleFacts[] {
  return Object.values(change.content.pages).filter((p): p is ArticleFacts => isArticle(p) && base.content.pages[p.url]?.digest !== p.digest);
}

function readingSection(base: Side, change: Side): string[] {
  const readers = touchedArticles(base, change).filter((a) => a.reading);
  if (!readers.length) return [];
  return [
    '## Reading level of new or changed pages for readers',
    '',
    `SMOG grade at most ${READING_LEVEL_MAX}; sentences of ${SENTENCE_WORDS_MAX} words at most.`,
    '',
    '| page | reading level | longest sentence |',
    '| --- | --- | --- |',
    ...readers.map((a) => {
      const { grade, longest } = a.reading!;
      const flag = (bad: boolean) => (bad ? ' ✗' : '');
      return `| ${code(a.url)} | ${grade.toFixed(1)}${flag(grade > READING_LEVEL_MAX)} | ${longest ? `${longest.words} words${flag(longest.words > SENTENCE_WORDS_MAX)}: “${cell(longest.text)}”` : 'none'} |`;
    }),
    '',
  ];
}

function citationSection(base: Side, change: Side): string[] {
  const clinical = touchedArticles(base, change).filter((a) => a.uncited);
  if (!clinical.length) return [];
  return [
    '## Uncited paragraphs in new or changed clinician articles',
    '',
    ...clinical.flatMap((a) =>
      a.uncited!.length ? [`- ${code(a.url)}: ${a.uncited!.length}`, ...a.uncited!.map((p) => `  - “${cell(p).slice(0, 120)}${p.length > 120 ? '…' : ''}”`)] : [`- ${code(a.url)}: none`],
    ),
    '',
  ];
}

function reviewSection(base: Side, change: Side): string[] {
  const lines = touchedArticles(base, change).flatMap((page) => {
    const before = base.content.pages[page.url];
    const set = !isArticle(before) ? `first review due ${page.nextReview}` : before.lastReviewed !== page.lastReviewed || before.nextReview !== page.nextReview ? `reviewed ${page.lastReviewed}, next due ${page.nextReview} (was ${before.nextReview})` : '';
    const overdue = page.overdue ? `overdue since ${page.nextReview} ✗` : '';
    return set || overdue ? [`- ${code(page.url)} ${[set, overdue].filter(Boolean).join('; ')}`] : [];
  });
  return lines.length ? ['## Review dates', '', ...lines, ''] : [];
}

function helpSection(base: Side, change: Side, known: Set<string>): string[] {
  const touched = [...diff(base.site, change.site).added, ...diff(base.site, change.site).changed.map(([p, , a]) => [p, a] as [string, BuiltPageFacts])];
  // The pages of the knowledge base each end with the way to urgent help.
  const contentPages = new Set(Object.keys(change.content.pages));
  const lines = touched.flatMap(([path, page]) => {
    const unknown = page.numbers.filter((n) => !known.has(n));
    const problems = [
      contentPages.has(path) && !page.helpBox && 'no help box ✗',
      unknown.length && `offers numbers that are not helplines: ${list(unknown)} ✗`,
    ].filter(Boolean);
    if (!contentPages.has(path) && !page.numbers.length) return [];
    return [`- ${code(path)} ${problems.length ? problems.join('; ') : `help box ${page.helpBox ? 'present' : 'not needed'}, ${page.numbers.length} number${page.numbers.length === 1 ? '' : 's'}, each a helpline`}`];
  });
  return lines.length ? ['## The way to help on new or changed pages', '', ...lines, ''] : [];
}

function sourcedSection(title: string, base: Record<string, SourcedFacts>, change: Record<string, SourcedFacts>): string[] {
  const d = diff(base, change);
  const line = (what: string) => ([id, facts]: [string, SourcedFacts]) =>
    `- ${what} ${code(id)} ${facts.title}${what === 'removed' ? '' : facts.sources.length ? `. Checked against: ${facts.sources.join(', ')}` : '. Checked against: nothing named ✗'}`;
  const lines = [...d.added.map(line('new')), ...d.changed.map(([id, , after]) => line('changed')([id, after])), ...d.removed.map(line('removed'))];
  return lines.length ? [`## ${title}`, '', ...lines, ''] : [];
}

function budgetSection(base: Side, change: Side): string[] {
  const d = diff(base.site, change.site);
  const touched: [string, BuiltPageFacts, BuiltPageFacts | undefined][] = [...d.added.map(([p, a]) => [p, a, undefined] as [string, BuiltPageFacts, undefined]), ...d.changed.map(([p, b, a]) => [p, a, b] as [string, BuiltPageFacts, BuiltPageFacts])];
  if (!touched.length) return [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    '## Page budgets of new or changed pages',
    '',
    '| page | HTML gzipped | within budgets |',
    '| --- | --- | --- |',
    ...touched.map(([path, after, before]) => `| ${code(path)} | ${kb(after.htmlBytes)}${before ? ` (was ${kb(before.htmlBytes)})` : ''} | ${after.budgetProblems.length ? `✗ ${cell(after.budgetProblems.join('; '))}` : 'yes'} |`),
    '',
  ];
}

export function changeReport(base: Side, change: Side, title = 'What this change does to the site'): string {
  const known = new Set(Object.values(change.content.helplines).flatMap((h) => h.numbers));
  const sections = [
    ...pagesSection(base, change),
    ...knowledgeSection(base, change),
    ...readingSection(base, change),
    ...citationSection(base, change),
    ...reviewSection(base, change),
    ...helpSection(base, change, known),
    ...sourcedSection('Helplines', base.content.helplines, change.content.helplines),
    ...sourcedSection('References', base.content.references, change.content.references),
    ...budgetSection(base, change),
  ];
  const invalid = change.content.invalid.length ? ['## Left out because they do not pass their schema', '', ...change.content.invalid.map((f) => `- ${code(f)} (run \`npm run check:content\`)`), ''] : [];
  return [`# ${title}`, '', ...(sections.length ? sections : ['No change to the built site or the knowledge base.', '']), ...invalid].join('\n');
}
