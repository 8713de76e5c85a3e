/**
 * Shared helpers for the content tests and scripts/readability.ts: where the content and the
 * seeds live, how to read an MDX entry, and how to turn MDX into the prose a reader sees.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const contentRoot = process.env.CONTENT_DIR ? resolve(repoRoot, process.env.CONTENT_DIR) : join(repoRoot, 'content');
export { seedFingerprintsFile, seeds, seedsDir, seedsPresent } from '../../scripts/lib/seeds.ts';

export interface Entry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    })
    .filter((p) => p.endsWith('.mdx'))
    .sort();
}

export function readEntry(file: string): Entry {
  const text = readFileSync(file, 'utf8');
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { id: basename(file, '.mdx'), file, data: loadYaml(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

export const articles = (): Entry[] => walk(join(contentRoot, 'articles')).map(readEntry);
export const publicArticles = (): Entry[] => articles().filter((a) => a.data.audience === 'public');
export const clinicianArticles = (): Entry[] => articles().filter((a) => a.data.audience === 'practitioner');

export const termKinds = ['conditions', 'symptoms', 'treatments'] as const;
export type TermKind = (typeof termKinds)[number];
export const terms = (kind: TermKind): Entry[] => walk(join(contentRoot, kind)).map(readEntry);

/** Assessment tools (content/instruments/), which cite references in their notes, cut-offs and reference lists. */
export const instruments = (): Entry[] => (existsSync(join(contentRoot, 'instruments')) ? walk(join(contentRoot, 'instruments')).map(readEntry) : []);

export const references = (): { id: string }[] => JSON.parse(readFileSync(join(contentRoot, 'references.json'), 'utf8'));

/** The prose a reader sees: one function for the content tests and `npm run check:content`. */
export { prose } from '../../src/lib/readability.ts';

export { ngrams, words } from '../../src/lib/originality.ts';
