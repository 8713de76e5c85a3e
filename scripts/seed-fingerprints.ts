/**
 * Writes the fingerprints of every run of words in the seeds (tests/content/seed-fingerprints.json),
 * so the originality test can run where ../shared/seeds is not. Run it when the seeds change.
 */
import { writeFileSync } from 'node:fs';
import { fingerprint, runs } from '../tests/content/checks.ts';
import { seedFingerprintsFile, seeds } from '../tests/content/content.ts';

const prints = [...new Set(seeds().flatMap((s) => [...runs(s.text)].map(fingerprint)))].sort();
writeFileSync(seedFingerprintsFile, `${JSON.stringify(prints)}\n`);
console.log(`Wrote ${prints.length} fingerprints of ${seeds().length} seeds to ${seedFingerprintsFile}.`);
