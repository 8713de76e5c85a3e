/**
 * Every page leads to help: each article for the public links to at least one condition, symptom
 * or treatment page (where the reader learns what helps) and to /get-help/ (urgent help).
 * `npm run check:content` and the content tests ask this.
 */
import type { Problem } from './integrity.ts';
import { internalLinks } from './public-links.ts';

export const linksToTermPage = (body: string): boolean => internalLinks(body).some((l) => /^\/(conditions|symptoms|treatments)\/[a-z0-9-]+\/$/.test(l));
export const linksToGetHelp = (body: string): boolean => internalLinks(body).includes('/get-help/');

export function helpLinkProblems(article: { filePath: string; body: string; bodyStartLine?: number }): Problem[] {
  const at = { file: article.filePath, line: article.bodyStartLine, field: 'help link', severity: 'error' as const };
  return [
    ...(linksToTermPage(article.body)
      ? []
      : [{ ...at, message: 'this page for the public links to no condition, symptom or treatment page', fix: 'link the page about what it discusses, for example [feeling nothing](/symptoms/emotional-numbness/): the reader goes on from there to what helps.' }]),
    ...(linksToGetHelp(article.body)
      ? []
      : [{ ...at, message: 'this page for the public does not link to /get-help/', fix: 'add a link such as [where to get help now](/get-help/): every page leads to help.' }]),
  ];
}
