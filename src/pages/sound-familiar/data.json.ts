/**
 * /sound-familiar/data.json: what the symptom explorer ranks (ids, names, addresses; no prose).
 * A file of its own rather than JSON inside the page, so the page's HTML does not grow with the
 * number of guides. Built with the site; the page's script fetches it from the same origin.
 */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../lib/knowledge-base.ts';
import { explorerData } from '../../lib/symptom-explorer.ts';

export const prerender = true;

// Compact, unlike the open data files: only the explorer reads it.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(explorerData(await getKnowledgeBase())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
