/**
 * The lists of articles on a term page, each newest first: guides for the public, articles for
 * clinicians, and other articles whose text links to the term. Each grows with the site, so a
 * term page shows the newest few and links to the whole list's own pages.
 */
import type { Article, KnowledgeGraph, Term } from './graph.ts';

/** Each list's name, which is also the last part of its pages' address: /conditions/ptsd/guides/. */
export const termLists = ['guides', 'for-clinicians', 'mentioned-in'] as const;
export type TermList = (typeof termLists)[number];

export function termArticleLists(graph: Pick<KnowledgeGraph, 'articlesAbout' | 'linksTo'>, term: Pick<Term, 'kind' | 'id' | 'url'>): Record<TermList, Article[]> {
  const tagged = graph.articlesAbout(term.kind, term.id);
  const taggedSet = new Set(tagged);
  return {
    guides: tagged.filter((a) => a.audience === 'public'),
    'for-clinicians': tagged.filter((a) => a.audience === 'practitioner'),
    // An article tagged with the term is listed above; this is everything else that links to it.
    'mentioned-in': graph.linksTo(term.url).filter((a) => !taggedSet.has(a)),
  };
}
