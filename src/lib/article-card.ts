/**
 * What a card or a link shows of another article: on an article page under "Read next" and
 * "Pages that link here", and as cards on hubs and term pages (src/components/ArticleCards.astro).
 * The article page's cache key (src/lib/page-cache-keys.ts) hashes exactly this of each article
 * the page lists, so a card that is to show more must add it here, and the key follows.
 */
import type { Article } from './graph.ts';

export type ArticleCard = Pick<Article, 'url' | 'title' | 'description' | 'format' | 'audience'>;

export const articleCard = ({ url, title, description, format, audience }: ArticleCard): ArticleCard => ({ url, title, description, format, audience });
