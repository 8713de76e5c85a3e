/**
 * The part of an article page's cache key that no content file holds: whether its review is
 * overdue today. The page shows a notice from that day on, so the key must change on it, even
 * though no file changed. (What the key takes from other entries is tested on real builds, in
 * tests/build/incremental-build.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';
import type { KnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { articleCacheKey } from '../../src/lib/page-cache-keys.ts';

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const graph = buildGraph({
  terms: { conditions: [], symptoms: [], treatments: [] },
  articles: [
    {
      id: 'why-numb', filePath: 'a/why-numb.mdx', body: '', title: 'Why you might feel numb', description: 'Reasons.',
      audience: 'public', format: 'explainer', conditions: [], symptoms: [], treatments: [], related: [],
      published: day('2026-01-02'), lastReviewed: day('2026-03-04'), nextReview: new Date('2027-03-04T00:00:00Z'), draft: false,
    },
  ] satisfies GraphInput['articles'],
});
// Only what the key reads: the knowledge base's graph, one entry's digest, and no other entries.
const kb = { ...graph, entry: () => ({ digest: 'abc' }), isDraft: () => false, reference: () => undefined, glossary: [], helplines: [] } as unknown as KnowledgeBase;
const article = graph.article('why-numb')!;
const key = (today: string) => articleCacheKey(kb, article, day(today));

describe('articleCacheKey', () => {
  it('stays the same from one day to the next while the review is not yet due', () => {
    expect(key('2026-12-03')).toBe(key('2027-03-04'));
  });

  it('changes on the first day the review is overdue, when the page starts to say so', () => {
    expect(key('2027-03-05')).not.toBe(key('2027-03-04'));
    expect(key('2027-03-05')).toBe(key('2028-01-01'));
  });
});
