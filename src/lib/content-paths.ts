/**
 * Where each collection lives inside the content folder. The folder itself can be swapped
 * with CONTENT_DIR (tests build fixtures, the benchmark builds generated articles).
 */
export const contentDir = (): string => process.env.CONTENT_DIR ?? 'content';

export const collectionSources = {
  articles: { kind: 'folder', path: 'articles', pattern: '**/*.mdx' },
  conditions: { kind: 'folder', path: 'conditions', pattern: '*.mdx' },
  symptoms: { kind: 'folder', path: 'symptoms', pattern: '*.mdx' },
  treatments: { kind: 'folder', path: 'treatments', pattern: '*.mdx' },
  references: { kind: 'file', path: 'references.json' },
  glossary: { kind: 'file', path: 'glossary.yaml' },
  helplines: { kind: 'file', path: 'helplines.yaml' },
  instruments: { kind: 'folder', path: 'instruments', pattern: '*.mdx' },
  crisisWords: { kind: 'file', path: 'crisis-words.yaml' },
} as const;

/** An entry's id is its file name without folder or extension: `articles/public/why-numb.mdx` -> `why-numb`. */
export function idFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.mdx?$/, '');
}
