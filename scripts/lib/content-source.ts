/**
 * Reads the content folder as the build reads it, without starting Astro: the same folders
 * (src/lib/content-paths.ts), Astro's own frontmatter parser (the one its MDX integration
 * uses) and the build's parser for list files (src/lib/data-files.ts). Files that cannot be
 * read become problems, so a check can go on and report everything else too.
 */
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodyStartLine } from '../../src/lib/body.ts';
import { collectionSources, contentDir, idFromPath } from '../../src/lib/content-paths.ts';
import { idsWritten, listFileProblem, parseEntries } from '../../src/lib/data-files.ts';
import { listIndentProblems } from '../../src/lib/list-indent.ts';
import type { Problem } from '../../src/lib/integrity.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

// Resolved through @astrojs/mdx, so it is the very copy (and js-yaml version) the build uses.
const fromMdx = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx'));
const { parseFrontmatter } = (await import(
  pathToFileURL(fromMdx.resolve('@astrojs/internal-helpers/frontmatter')).href
)) as typeof import('@astrojs/internal-helpers/frontmatter');

export interface SourceEntry {
  collection: CollectionName;
  id: string;
  /** The path editors see in messages: relative to the project when inside it. */
  file: string;
  /** The whole file (for a list item: the whole list file), so problems name its lines. */
  text: string;
  /** The raw fields, before the schema; undefined when the file could not be parsed. */
  data: Record<string, unknown> | undefined;
  /** True for one item of a list file such as glossary.yaml. */
  isItem: boolean;
  body: string;
  bodyStartLine: number;
}

export interface ContentSource {
  entries: SourceEntry[];
  /** Files that could not be parsed at all. */
  problems: Problem[];
  /** How many files were read. */
  files: number;
}

export const displayPath = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

const reasonOf = (error: unknown) => (error as { reason?: string }).reason ?? (error as Error).message;

function readMdx(collection: CollectionName, path: string): { entry: SourceEntry; problem?: Problem } {
  const text = readFileSync(path, 'utf8');
  const file = displayPath(path);
  const base = { collection, id: idFromPath(path), file, text, isItem: false };
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const body = content.trim();
    return { entry: { ...base, data: frontmatter as Record<string, unknown>, body, bodyStartLine: bodyStartLine(text, body) } };
  } catch (error) {
    // A list item indented less than the one above it breaks the YAML: say so, on its line.
    const [misaligned] = listIndentProblems(text, file);
    return {
      entry: { ...base, data: undefined, body: '', bodyStartLine: 1 },
      problem: misaligned ?? {
        file,
        // js-yaml counts from the opening ---'s line break, so this is the file's line, as in Astro's own error.
        line: (error as { mark?: { line: number } }).mark?.line === undefined ? undefined : (error as { mark: { line: number } }).mark.line + 1,
        field: 'frontmatter',
        message: `the frontmatter is not valid YAML: ${reasonOf(error)}`,
        fix: 'each field is "name: value" on its own line; a list is [a, b]; quote a value that contains ": " or starts with [, { or *.',
        severity: 'error',
      },
    };
  }
}

function readList(collection: CollectionName, path: string): { entries: SourceEntry[]; problem?: Problem } {
  const text = readFileSync(path, 'utf8');
  const file = displayPath(path);
  const entry = (id: string, data: Record<string, unknown> | undefined) => ({ collection, id, file, text, data, isItem: true, body: '', bodyStartLine: 1 });
  try {
    return { entries: parseEntries(path)(text).map((data) => entry(String(data.id), data)) };
  } catch (error) {
    // The ids still count, so entries that name them are not reported as well.
    return { entries: idsWritten(text).map((id) => entry(id, undefined)), problem: listFileProblem(file, text, error) };
  }
}

/** Every entry of every collection under `dir`, as the build would load it. */
export function readContent(dir: string = contentDir()): ContentSource {
  const root = resolve(dir);
  const entries: SourceEntry[] = [];
  const problems: Problem[] = [];
  let files = 0;
  for (const [collection, source] of Object.entries(collectionSources) as [CollectionName, (typeof collectionSources)[CollectionName]][]) {
    if (source.kind === 'folder') {
      const paths = globSync(source.pattern, { cwd: join(root, source.path) }).sort();
      for (const path of paths) {
        const { entry, problem } = readMdx(collection, join(root, source.path, path));
        entries.push(entry);
        if (problem) problems.push(problem);
        files++;
      }
    } else {
      const { entries: items, problem } = readList(collection, join(root, source.path));
      entries.push(...items);
      if (problem) problems.push(problem);
      files++;
    }
  }
  return { entries, problems, files };
}
