/**
 * `npm run report:reviews`: every article by its next-review date, overdue ones first and
 * marked, so editors can plan the review cycle. Reads the content as check:content does.
 *
 *   npm run report:reviews                  the content/ folder
 *   CONTENT_DIR=path npm run report:reviews another folder laid out the same way
 */
import { contentDir } from '../src/lib/content-paths.ts';
import { isoDate } from '../src/lib/labels.ts';
import { daysUntilReview } from '../src/lib/reviews.ts';
import { articleSchema, type ArticleData } from '../src/schemas/article.ts';
import { readContent } from './lib/content-source.ts';

export interface ReviewRow {
  id: string;
  file: string;
  title: string;
  nextReview: Date;
  lastReviewed: Date;
  /** Days until the review is due; negative when overdue. */
  days: number;
  draft: boolean;
}

/** Articles whose frontmatter is valid, soonest (most overdue) review first. */
export function reviewQueue(dir: string = contentDir(), today: Date = new Date()): { rows: ReviewRow[]; unreadable: string[] } {
  const rows: ReviewRow[] = [];
  const unreadable: string[] = [];
  for (const entry of readContent(dir).entries.filter((e) => e.collection === 'articles')) {
    const result = articleSchema.safeParse(entry.data);
    if (!result.success) {
      unreadable.push(entry.file);
      continue;
    }
    const data: ArticleData = result.data;
    rows.push({ id: entry.id, file: entry.file, title: data.title, nextReview: data.nextReview, lastReviewed: data.lastReviewed, days: daysUntilReview(data.nextReview, today), draft: data.draft });
  }
  rows.sort((a, b) => a.days - b.days || a.id.localeCompare(b.id));
  return { rows, unreadable };
}

const when = (days: number) =>
  days < 0 ? `OVERDUE by ${-days} day${days === -1 ? '' : 's'}` : days === 0 ? 'due today' : `due in ${days} day${days === 1 ? '' : 's'}`;

export function formatQueue({ rows, unreadable }: ReturnType<typeof reviewQueue>): string {
  const overdue = rows.filter((r) => r.days < 0).length;
  const width = Math.max(0, ...rows.map((r) => when(r.days).length));
  const lines = [
    `${rows.length} article${rows.length === 1 ? '' : 's'} by next review date; ${overdue} overdue${overdue ? ' (readers see a "due for review" notice on these)' : ''}.`,
    '',
    `${'next review'.padEnd(12)}${'status'.padEnd(width + 2)}${'last reviewed'.padEnd(15)}file`,
    ...rows.map((r) => `${isoDate(r.nextReview).padEnd(12)}${when(r.days).padEnd(width + 2)}${isoDate(r.lastReviewed).padEnd(15)}${r.file}${r.draft ? ' (draft)' : ''}`),
  ];
  if (unreadable.length) lines.push('', `Not listed, because their frontmatter has errors (run npm run check:content): ${unreadable.join(', ')}`);
  if (overdue) lines.push('', 'To review one: check it against its sources, update what has changed, then set lastReviewed to today and nextReview to a year from today.');
  return lines.join('\n');
}

if (import.meta.main) console.log(formatQueue(reviewQueue()));
