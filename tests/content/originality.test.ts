import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { COPY_RUN, copiedRuns, fingerprint, runs } from './checks.ts';
import { articles, contentRoot, prose, references, seedFingerprintsFile, seeds, seedsPresent, termKinds, terms } from './content.ts';

// The seeds themselves where they sit beside the repository (as on this project's CI);
// otherwise (a pull request on GitHub) the fingerprints of their runs kept in the repository.
const stored = new Set<string>(JSON.parse(readFileSync(seedFingerprintsFile, 'utf8')));
const fromSeeds = () => new Set(seeds().flatMap((s) => [...runs(s.text)].map(fingerprint)));
const seedRuns = seedsPresent() ? fromSeeds() : stored;
const titleRuns = new Set(references().flatMap((r) => [...runs((r as { title?: string }).title ?? '')]));

describe(`originality: no run of ${COPY_RUN} or more words copied from a seed`, () => {
  it('has seeds to compare with, and the stored fingerprints are theirs', () => {
    expect(seedRuns.size).toBeGreaterThan(1000);
    if (seedsPresent()) {
      expect(seeds().length).toBeGreaterThanOrEqual(5);
      expect([...stored].sort(), 'run npm run seeds:fingerprint').toEqual([...fromSeeds()].sort());
    }
  });

  it('catches a copied run, whatever its case and punctuation, and allows a title', () => {
    const copied = 'Emotional numbness may limit your ability to both express and experience emotions.';
    expect(copiedRuns(copied.toUpperCase().replace(/ /g, ' , '), seedRuns, titleRuns)).not.toEqual([]);
    expect(copiedRuns('Feeling numb turns your feelings down, good and bad alike.', seedRuns, titleRuns)).toEqual([]);
    const title = 'Emotional Blunting in Patients With Major Depressive Disorder: A Brief Non-systematic Review';
    expect(copiedRuns(title, seedRuns, titleRuns)).toEqual([]);
  });

  const entries = [...articles(), ...termKinds.flatMap((k) => terms(k))];
  it.each(entries.map((e) => [e.file.slice(contentRoot.length + 1), e] as const))('%s', (_, entry) => {
    // Every string in the frontmatter, nested ones too (a treatment's graded evidence).
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    const seen = [prose(entry.body), ...strings(entry.data)].join('\n');
    expect(copiedRuns(seen, seedRuns, titleRuns)).toEqual([]);
  });

  it('glossary definitions', () => {
    const glossary = loadYaml(readFileSync(join(contentRoot, 'glossary.yaml'), 'utf8')) as { id: string; definition: string }[];
    const copied = glossary.flatMap((g) => copiedRuns(g.definition, seedRuns, titleRuns).map((run) => `${g.id}: ${run}`));
    expect(copied).toEqual([]);
  });
});
