/**
 * Public pages stay public: a guide for men and the people close to them sends its reader on to
 * other public guides and to patient handouts, in its body and in "Read next", never to a
 * clinical summary written for clinicians.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { schemas } from '../../src/schemas/index.ts';
import { clinicianLinks, clinicianReadNext } from './checks.ts';
import { articles, publicArticles, readEntry, repoRoot, termKinds, terms, type Entry } from './content.ts';

const handoutIds = (entries: Entry[]) => new Set(entries.filter((a) => a.data.format === 'handout').map((a) => a.id));

/** The site's own graph, built from the content files as the site builds it. */
function graphOf(entries: Entry[]) {
  const input: GraphInput = {
    articles: entries.map((e) => ({ ...articleSchema.parse(e.data), id: e.id, filePath: e.file, body: e.body })),
    terms: Object.fromEntries(termKinds.map((k) => [k, terms(k).map((t) => ({ ...schemas[k].parse(t.data), id: t.id, filePath: t.file, body: t.body }))])) as unknown as GraphInput['terms'],
  };
  return buildGraph(input);
}

describe('a public page sends its reader on to public pages and handouts only', () => {
  const fixture = readEntry(join(repoRoot, 'tests/fixtures/public-links/sends-to-clinicians.mdx'));

  it('finds the clinician links in a page that has them, and allows handouts', () => {
    expect(clinicianLinks(fixture.body, new Set(['fixture-handout']))).toEqual(['/clinicians/first-summary/', '/clinicians/']);
    expect(clinicianLinks('[x](/clinicians/first-summary/#risk) [y](/clinicians/fixture-handout/#top)', new Set(['fixture-handout']))).toEqual([
      '/clinicians/first-summary/#risk',
    ]);
  });

  it('finds a clinical summary in a "Read next" list, and allows handouts', () => {
    const summary = { url: '/clinicians/first-summary/', format: 'clinical-summary' };
    const handout = { url: '/clinicians/fixture-handout/', format: 'handout' };
    const guide = { url: '/for-you/first-guide/', format: 'guide' };
    expect(clinicianReadNext([guide, summary, handout])).toEqual(['/clinicians/first-summary/']);
  });

  const all = articles();
  const handouts = handoutIds(all);
  const graph = graphOf(all);

  it.each(publicArticles().map((a) => [a.id, a] as const))('%s: its links and its "Read next"', (_, article) => {
    expect(clinicianLinks(article.body, handouts), 'links in the body').toEqual([]);
    if (article.data.draft === true) return;
    const readNext = graph.relatedArticles(article.id);
    expect(readNext.length, '"Read next" has something to offer').toBeGreaterThan(0);
    expect(clinicianReadNext(readNext), '"Read next"').toEqual([]);
  });
});
