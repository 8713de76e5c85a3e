/**
 * Writes the fingerprints of every run of words in the seeds (tests/content/seed-fingerprints.json),
 * so the originality rule can run where ../shared/seeds is not. Run it when the seeds change.
 */
import { writeFileSync } from 'node:fs';
import { fingerprintsOfSeeds, seedFingerprintsFile, seeds } from './lib/seeds.ts';

const prints = [...fingerprintsOfSeeds()].sort();
writeFileSync(seedFingerprintsFile, `${JSON.stringify(prints)}\n`);
console.log(`Wrote ${prints.length} fingerprints of ${seeds().length} seeds to ${seedFingerprintsFile}.`);
