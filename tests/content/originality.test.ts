/**
 * No page copies a seed's sentences: the rule is src/lib/originality.ts, asked by
 * `npm run check:content`; this file holds the content to it through check:content's own
 * function and shows the rule catching a copied run.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintsOfSeeds, seedFingerprints, storedFingerprints } from '../../scripts/lib/seeds.ts';
import { problemsOf } from './checked.ts';
import { COPY_RUN, copiedRuns, runs } from './checks.ts';
import { articles, contentRoot, references, seeds, seedsPresent, termKinds, terms } from './content.ts';

const seedRuns = seedFingerprints();
const titleRuns = new Set(references().flatMap((r) => [...runs((r as { title?: string }).title ?? '')]));

describe(`originality: no run of ${COPY_RUN} or more words copied from a seed`, () => {
  it('has seeds to compare with, and the stored fingerprints are theirs', () => {
    expect(seedRuns.size).toBeGreaterThan(1000);
    if (seedsPresent()) {
      expect(seeds().length).toBeGreaterThanOrEqual(5);
      expect([...storedFingerprints()].sort(), 'run npm run seeds:fingerprint').toEqual([...fingerprintsOfSeeds()].sort());
    }
  });

  it('catches a copied run, whatever its case and punctuation, and allows a title', () => {
    const copied = 'Emotional numbness may limit your ability to both express and experience emotions.';
    expect(copiedRuns(copied.toUpperCase().replace(/ /g, ' , '), seedRuns, titleRuns)).not.toEqual([]);
    expect(copiedRuns('Feeling numb turns your feelings down, good and bad alike.', seedRuns, titleRuns)).toEqual([]);
    const title = 'Emotional Blunting in Patients With Major Depressive Disorder: A Brief Non-systematic Review';
    expect(copiedRuns(title, seedRuns, titleRuns)).toEqual([]);
  });

  // Each page's prose and every string of its frontmatter, as check:content reads them.
  const entries = [...articles(), ...termKinds.flatMap((k) => terms(k))];
  it.each(entries.map((e) => [e.file.slice(contentRoot.length + 1), e] as const))('%s', (_, entry) => {
    expect(problemsOf('originality', entry.file)).toEqual([]);
  });

  it('glossary definitions', () => {
    expect(problemsOf('originality', `${contentRoot}/glossary.yaml`)).toEqual([]);
  });
});
