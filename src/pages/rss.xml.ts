import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../lib/knowledge-base.ts';

/**
 * The newest articles only: a feed reader fetches the feed again and again, and a feed of
 * every article would grow with the site (about 4 MB at 10,000 articles). The sitemap, the
 * hubs and /data/articles.json list them all.
 */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKnowledgeBase();
  return rss({
    title: 'Feeling nothing? New and updated articles',
    description: 'An open, evidence-based knowledge base about emotional numbness and men\'s help-seeking.',
    site: site!,
    items: kb.articles.slice(0, FEED_SIZE).map((a) => ({ title: a.title, description: a.description, link: a.url, pubDate: a.published })),
  });
};
