import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const article = (id: string, over: Partial<GraphInput['articles'][number]> = {}): GraphInput['articles'][number] => ({
  id,
  filePath: `content/articles/public/${id}.mdx`,
  body: '',
  title: id,
  description: `About ${id}`,
  audience: 'public',
  format: 'guide',
  conditions: [],
  symptoms: [],
  treatments: [],
  related: [],
  published: day('2026-01-01'),
  lastReviewed: day('2026-01-01'),
  nextReview: day('2027-01-01'),
  draft: false,
  ...over,
});
const terms: GraphInput['terms'] = {
  conditions: [
    { id: 'ptsd', filePath: 'c/ptsd.mdx', name: 'PTSD', aliases: [], summary: 's', symptoms: ['numbness'], treatments: [] },
    { id: 'depression', filePath: 'c/depression.mdx', name: 'Depression', aliases: [], summary: 's', symptoms: [], treatments: ['cbt'] },
  ],
  symptoms: [{ id: 'numbness', filePath: 's/numbness.mdx', name: 'Numbness', aliases: [], summary: 's', conditions: ['depression'], body: 'Cited <Cite id="r3" /> and <Cite id="r1" />.' }],
  treatments: [{ id: 'cbt', filePath: 't/cbt.mdx', name: 'CBT', aliases: [], summary: 's', conditions: [], evidence: [] }],
};

describe('buildGraph', () => {
  const graph = buildGraph({
    terms,
    articles: [
      article('a', { conditions: ['ptsd'], symptoms: ['numbness'], body: 'See [b](/for-you/b/) <Cite id="r2" /> then <Cite id="r1" /> <Cite id="r2" />', published: day('2026-03-01') }),
      article('b', { conditions: ['ptsd'], symptoms: ['numbness'], treatments: ['cbt'], body: '[PTSD](/conditions/ptsd/#x) <Cite id="r1" />' }),
      article('c', { conditions: ['depression'], audience: 'practitioner', related: ['b'] }),
      article('d', { conditions: ['ptsd'], published: day('2026-02-01') }),
      article('draft', { conditions: ['ptsd'], draft: true, body: '[a](/for-you/a/)' }),
    ],
  });

  it('leaves drafts out of everything', () => {
    expect(graph.articles.map((a) => a.id)).not.toContain('draft');
    expect(graph.article('draft')).toBeUndefined();
    expect(graph.articlesAbout('conditions', 'ptsd').map((a) => a.id)).not.toContain('draft');
    expect(graph.linksTo('/for-you/a/')).toEqual([]);
  });

  it('lists articles newest first and gives each its section URL', () => {
    expect(graph.articles.map((a) => a.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(graph.article('c')?.url).toBe('/clinicians/c/');
  });

  it.each([
    ['conditions', 'ptsd', ['a', 'd', 'b']],
    ['symptoms', 'numbness', ['a', 'b']],
    ['treatments', 'cbt', ['b']],
    ['conditions', 'nothing', []],
  ] as const)('finds the articles about %s/%s', (kind, id, expected) => {
    expect(graph.articlesAbout(kind, id).map((a) => a.id)).toEqual(expected);
  });

  it('reads term relations from both sides', () => {
    const numbness = graph.relatedTerms('symptoms', 'numbness');
    expect(numbness.conditions.map((t) => t.id)).toEqual(['depression', 'ptsd']);
    expect(graph.relatedTerms('treatments', 'cbt').conditions.map((t) => t.id)).toEqual(['depression']);
    expect(graph.relatedTerms('conditions', 'ptsd').symptoms.map((t) => t.id)).toEqual(['numbness']);
  });

  it('finds backlinks from links in bodies, ignoring fragments', () => {
    expect(graph.linksTo('/for-you/b/').map((a) => a.id)).toEqual(['a']);
    expect(graph.linksTo('/conditions/ptsd/').map((a) => a.id)).toEqual(['b']);
  });

  it('ranks related articles by shared terms, editors\u2019 picks first', () => {
    expect(graph.relatedArticles('a').map((a) => a.id)).toEqual(['b', 'd']);
    expect(graph.relatedArticles('c').map((a) => a.id)).toEqual(['b']);
    expect(graph.relatedArticles('missing')).toEqual([]);
  });

  it('sends a public guide\u2019s reader on to public guides and handouts, never to a clinical summary', () => {
    const shared = { conditions: ['ptsd'], symptoms: ['numbness'], treatments: ['cbt'] };
    const g = buildGraph({
      terms,
      articles: [
        article('guide', { ...shared, related: ['summary'] }),
        article('summary', { ...shared, audience: 'practitioner', format: 'clinical-summary' }),
        article('handout', { ...shared, audience: 'practitioner', format: 'handout' }),
        article('other-guide', { conditions: ['ptsd'] }),
      ],
    });
    // The summary shares every term, and an editor picked it: it would lead the list.
    expect(g.relatedArticles('guide').map((a) => a.id)).toEqual(['handout', 'other-guide']);
    // A clinician may be sent anywhere.
    expect(g.relatedArticles('handout').map((a) => a.id)).toEqual(['summary', 'guide', 'other-guide']);
  });

  it('lists "Where to start" in the editors\u2019 order, public and published only', () => {
    const g = buildGraph({
      terms,
      articles: [
        article('second', { startHere: 2, published: day('2026-05-01') }),
        article('first', { startHere: 1 }),
        article('draft-first', { startHere: 1, draft: true }),
        article('not-listed'),
      ],
    });
    expect(g.startHere.map((a) => a.id)).toEqual(['first', 'second']);
  });

  it('numbers citations by first use and maps references to citing articles', () => {
    expect(graph.citations('a')).toEqual(['r2', 'r1']);
    expect(graph.citedBy('r1').map((a) => a.id)).toEqual(['a', 'b']);
    expect(graph.citedBy('r3')).toEqual([]);
  });

  it('numbers a term page\u2019s own citations', () => {
    expect(graph.termCitations('symptoms', 'numbness')).toEqual(['r3', 'r1']);
    expect(graph.termCitations('conditions', 'ptsd')).toEqual([]);
  });
});
