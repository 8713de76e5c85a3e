import { describe, expect, it } from 'vitest';
import { citedIds } from './checks.ts';
import { articles, clinicianArticles, instruments, publicArticles, references, termKinds, terms } from './content.ts';

const published = articles().filter((a) => a.data.draft !== true);

describe('the knowledge base hangs together', () => {
  it('has the first edition in full', () => {
    expect(publicArticles().length).toBeGreaterThanOrEqual(12);
    expect(clinicianArticles().filter((a) => a.data.format !== 'handout').length).toBeGreaterThanOrEqual(8);
    expect(clinicianArticles().filter((a) => a.data.format === 'handout').length).toBeGreaterThanOrEqual(2);
  });

  it('reads citations, including lists of ids', () => {
    expect(citedIds('A <Cite id="ma-2021" /> and <Cite id="palyo-2008, flack-2000" />.')).toEqual(['ma-2021', 'palyo-2008', 'flack-2000']);
    expect(citedIds('No citation here.')).toEqual([]);
  });

  for (const kind of termKinds) {
    it(`every ${kind.slice(0, -1)} is tagged by at least one article`, () => {
      const untagged = terms(kind)
        .map((t) => t.id)
        .filter((id) => !published.some((a) => ((a.data[kind] as string[] | undefined) ?? []).includes(id)));
      expect(untagged).toEqual([]);
    });
  }

  // A term page cites in its text, a treatment's page also through its graded evidence, and an
  // assessment tool through its references and the sources of its cut-offs.
  it('every reference is cited by at least one article, term page or assessment tool', () => {
    const evidenceSources = (data: Record<string, unknown>) => ((data.evidence as { sources?: string[] }[] | undefined) ?? []).flatMap((e) => e.sources ?? []);
    const onTermPages = termKinds.flatMap((kind) => terms(kind).flatMap((t) => [...citedIds(t.body), ...evidenceSources(t.data)]));
    const byTools = instruments().flatMap((t) => [
      ...citedIds(t.body),
      ...((t.data.references as string[] | undefined) ?? []),
      ...((t.data.cutOffs as { source: string }[] | undefined) ?? []).map((c) => c.source),
    ]);
    const cited = new Set([...published.flatMap((a) => citedIds(a.body)), ...onTermPages, ...byTools]);
    expect(references().map((r) => r.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});
