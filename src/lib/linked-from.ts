/**
 * The articles whose text links to an article, newest first ("Pages that link here"). An article
 * many others point to, such as the guide to urgent help, would list them all: its page shows
 * the newest few and the rest have pages of their own, /for-you/<id>/linked-from/2/…
 */
import type { PaginateFunction } from 'astro';
import type { Audience } from '../schemas/article.ts';
import type { KnowledgeGraph } from './graph.ts';
import { hasOwnPages, PAGE_SIZE } from './paging.ts';

/** Every page of every list too long for its article's page, for one section's getStaticPaths(). */
export function linkedFromPages(graph: Pick<KnowledgeGraph, 'articles' | 'linksTo'>, audience: Audience, paginate: PaginateFunction) {
  return graph.articles
    .filter((article) => article.audience === audience)
    .flatMap((article) => {
      const linking = graph.linksTo(article.url);
      return hasOwnPages(linking) ? paginate(linking, { pageSize: PAGE_SIZE, params: { id: article.id }, props: { article } }) : [];
    });
}
