/**
 * "Where to start": the few public guides that editors choose to lead the home page and
 * /for-you/, in the order they choose (the `startHere` field of an article, 1 first). This
 * module owns the rule: which articles are on the list, in what order, and what makes the
 * setting wrong. Pure: the graph, the build and `npm run check:content` all ask it.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Problem } from './integrity.ts';

/** The guide for the people around him: the home page's "Worried about him?" door leads to it. */
export const SUPPORTER_GUIDE = 'supporting-someone';

/** The clinician hub's "In a consultation now?" line leads to it: a GP's ten-minute checklist. */
export const CONSULTATION_GUIDE = 'assessing-numbness-in-consultation';

/** The list leads two pages: kept short, so a reader sees all of it on a phone. */
export const START_HERE_MAX = 5;

type Placed = Pick<ArticleData, 'audience' | 'draft' | 'startHere'> & { id: string; filePath: string };

/** The published articles on the list, in the editors' order. */
export function startHereOrder<A extends Placed>(articles: readonly A[]): A[] {
  return articles
    .filter((a) => !a.draft && a.audience === 'public' && a.startHere !== undefined)
    .sort((a, b) => a.startHere! - b.startHere!);
}

/** What is wrong with the list as the articles set it: each problem names the file and the fix. */
export function startHereProblems(articles: readonly Placed[]): Problem[] {
  const problems: Problem[] = [];
  const field = 'startHere';
  for (const a of articles) {
    if (a.startHere !== undefined && a.audience !== 'public') {
      problems.push({
        file: a.filePath,
        field,
        message: `is set on an article for "${a.audience}" readers, but "Where to start" lists public guides only`,
        fix: 'remove startHere from this article, or set it on a public guide instead.',
        severity: 'error',
      });
    }
  }
  const listed = startHereOrder(articles);
  const byPlace = Map.groupBy(listed, (a) => a.startHere!);
  for (const [place, group] of byPlace) {
    if (group.length < 2) continue;
    for (const a of group) {
      const others = group.filter((o) => o !== a).map((o) => o.filePath).join(', ');
      problems.push({
        file: a.filePath,
        field,
        message: `${place} is also the place of ${others}`,
        fix: 'give each guide on "Where to start" its own number: 1 comes first, then 2, and so on.',
        severity: 'error',
      });
    }
  }
  if (listed.length > START_HERE_MAX) {
    for (const a of listed.slice(START_HERE_MAX)) {
      problems.push({
        file: a.filePath,
        field,
        message: `"Where to start" holds ${listed.length} guides; it leads the home page and /for-you/, so it keeps ${START_HERE_MAX} at most`,
        fix: `remove startHere from this article or another: the other guides are listed on /for-you/ below the ones to start with.`,
        severity: 'error',
      });
    }
  }
  return problems;
}
