/**
 * The seed documents the originality rule (src/lib/originality.ts) compares pages with. They sit
 * beside the repository, in shared/seeds (as on this project's CI); SEEDS_DIR moves them. Where
 * they are not (a pull request on GitHub, an editor's laptop), the fingerprints of their runs kept
 * in the repository stand in for them (`npm run seeds:fingerprint` writes those).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, runs } from '../../src/lib/originality.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = process.env.SEEDS_DIR ? resolve(process.env.SEEDS_DIR) : resolve(repoRoot, '../shared/seeds');
export const seedFingerprintsFile = join(repoRoot, 'tests/content/seed-fingerprints.json');
export const seedsPresent = (): boolean => existsSync(seedsDir);

export function seeds(): { name: string; text: string }[] {
  if (!existsSync(seedsDir)) {
    throw new Error(`The seed documents are not at ${seedsDir}. The originality rule compares every page with them: clone this repository beside shared/ (as CI does), or set SEEDS_DIR to the folder that holds them.`);
  }
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
}

/** The fingerprints of every run in the seeds themselves. */
export const fingerprintsOfSeeds = (): Set<string> => new Set(seeds().flatMap((s) => [...runs(s.text)].map(fingerprint)));

/** The fingerprints kept in the repository. */
export const storedFingerprints = (): Set<string> => new Set<string>(JSON.parse(readFileSync(seedFingerprintsFile, 'utf8')));

/** What pages are compared with: the seeds where they are, otherwise the stored fingerprints. */
export const seedFingerprints = (): Set<string> => (seedsPresent() ? fingerprintsOfSeeds() : storedFingerprints());
