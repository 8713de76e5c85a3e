import type { Audience } from '../schemas/article.ts';

/** The three kinds of term, named as their collections and URL sections are. */
export const termKinds = ['conditions', 'symptoms', 'treatments'] as const;
export type TermKind = (typeof termKinds)[number];

/** Each audience's section of the site. */
export const sections: Record<Audience, { path: string; name: string }> = {
  public: { path: '/for-you/', name: 'For you' },
  practitioner: { path: '/clinicians/', name: 'For clinicians' },
};

export const articleUrl = (article: { id: string; audience: Audience }) => `${sections[article.audience].path}${article.id}/`;
export const termUrl = (kind: TermKind, id: string) => `/${kind}/${id}/`;
/** The first page of one of a term page's lists (src/lib/term-lists.ts): /conditions/ptsd/guides/. */
export const termListUrl = (kind: TermKind, id: string, list: string) => `${termUrl(kind, id)}${list}/`;
/** The first page of the articles that link to an article, when its own page cannot show them all. */
export const linkedFromUrl = (article: { id: string; audience: Audience }) => `${articleUrl(article)}linked-from/`;
export const referenceUrl = (id: string) => `/references/${id}/`;
export const glossaryUrl = (id?: string) => (id ? `/glossary/#${id}` : '/glossary/');
/** The assessment tools, in the clinician section: /clinicians/tools/ and /clinicians/tools/phq-9/. */
export const toolsUrl = `${sections.practitioner.path}tools/`;
export const instrumentUrl = (id: string) => `${toolsUrl}${id}/`;

/** Pages that exist whatever the content: an article may link to these. */
export const fixedPages = [
  '/',
  '/for-you/',
  '/clinicians/',
  '/conditions/',
  '/symptoms/',
  '/treatments/',
  '/references/',
  '/glossary/',
  '/search/',
  '/get-help/',
  '/about/',
  '/privacy/',
  '/sound-familiar/',
  '/self-check/',
  '/self-check/mood/',
  '/self-check/trauma/',
  '/map/',
  '/clinicians/handouts/',
  '/clinicians/tools/',
  '/data/',
] as const;

/**
 * The page an internal link points at, in the form pages are known by: path with a trailing
 * slash, no fragment or query. External links and non-page files give `undefined`.
 */
export function internalPath(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.split(/[?#]/)[0] ?? '';
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  return path.endsWith('/') ? path : `${path}/`;
}
