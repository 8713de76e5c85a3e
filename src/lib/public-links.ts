/**
 * Public pages stay public: a guide for men and the people close to them sends its reader on to
 * other public guides and to patient handouts, in its body and in "Read next", never to a
 * clinical summary written for clinicians. `npm run check:content` and the content tests ask this.
 */
import { lineOf, linkTargets } from './body.ts';
import type { Problem } from './integrity.ts';

/** Internal link targets (addresses starting with /) written in an MDX body. */
export const internalLinks = (body: string): string[] => linkTargets(body).filter((href) => href.startsWith('/'));

/**
 * Links that send a public page's reader into the clinician section: anything under /clinicians/
 * but a patient handout (its id in `handoutIds`) or the list of handouts.
 */
export const clinicianLinks = (body: string, handoutIds: ReadonlySet<string>): string[] =>
  internalLinks(body).filter((href) => {
    const match = href.match(/^\/clinicians\/(?:([^/#?]+)\/?)?(?:[#?].*)?$/);
    if (!match) return href.startsWith('/clinicians/');
    const page = match[1];
    return !(page === 'handouts' || (page !== undefined && handoutIds.has(page)));
  });

/** Pages in a "Read next" list that a public page's reader should not be sent to: clinician pages other than handouts. */
export const clinicianReadNext = (list: readonly { url: string; format: string }[]): string[] =>
  list.filter((a) => a.url.startsWith('/clinicians/') && a.format !== 'handout').map((a) => a.url);

/**
 * What is wrong with where a public article sends its reader. `readNext` is its "Read next" list
 * as the site builds it (src/lib/graph.ts), or undefined for a draft, which has none.
 */
export function publicLinkProblems(
  article: { filePath: string; body: string; bodyStartLine?: number },
  handoutIds: ReadonlySet<string>,
  readNext: readonly { url: string; format: string }[] | undefined,
): Problem[] {
  const first = article.bodyStartLine ?? 1;
  const problems: Problem[] = clinicianLinks(article.body, handoutIds).map((href) => ({
    file: article.filePath,
    line: (lineOf(article.body, href) ?? 1) + first - 1,
    field: 'link for clinicians',
    message: `links to ${href}, a page written for clinicians, from a page for the public`,
    fix: 'link a public guide (/for-you/…), a condition, symptom or treatment page, or a patient handout instead; clinical summaries are for clinicians.',
    severity: 'error',
  }));
  if (readNext === undefined) return problems;
  if (readNext.length === 0) {
    problems.push({
      file: article.filePath,
      field: 'Read next',
      message: 'this page would have nothing under "Read next": no other published guide shares its conditions, symptoms or treatments',
      fix: 'tag it with the conditions, symptoms or treatments it is about, or name a public guide in related.',
      severity: 'error',
    });
  }
  for (const url of clinicianReadNext(readNext)) {
    problems.push({
      file: article.filePath,
      field: 'Read next',
      message: `"Read next" would send the reader to ${url}, a page written for clinicians`,
      fix: 'name public guides or patient handouts in related; see CONTRIBUTING.md, "Where readers are sent next".',
      severity: 'error',
    });
  }
  return problems;
}
