import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../lib/knowledge-base.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKnowledgeBase();
  return rss({
    title: 'Feeling nothing? New and updated articles',
    description: 'An open, evidence-based knowledge base about emotional numbness and men\'s help-seeking.',
    site: site!,
    items: kb.articles.map((a) => ({ title: a.title, description: a.description, link: a.url, pubDate: a.published })),
  });
};
