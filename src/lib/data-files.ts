/**
 * How the list files (references.json, glossary.yaml, helplines.yaml) are read, for the build's
 * file() loaders and for `npm run check:content` alike, and what an editor is told when one
 * cannot be read.
 */
import { load as loadYaml } from 'js-yaml';
import type { Problem } from './integrity.ts';

/**
 * Astro's file loader logs and skips an item without an id, and keeps only the last of two
 * items with one id; an editor would never see either. This parser refuses the whole file
 * instead, naming the item.
 */
export function parseEntries(fileName: string) {
  return (text: string): Record<string, unknown>[] => {
    const items: unknown = fileName.endsWith('.json') ? JSON.parse(text) : loadYaml(text);
    if (!Array.isArray(items)) throw new Error(`${fileName}: must be a list of entries, each with an "id".`);
    const seen = new Set<string>();
    items.forEach((item: { id?: unknown } | null, index) => {
      if (typeof item?.id !== 'string' || item.id === '') {
        throw new Error(`${fileName}: entry ${index + 1} has no "id". Give it one, like "samaritans-uk".`);
      }
      if (seen.has(item.id)) throw new Error(`${fileName}: entry ${index + 1} repeats the id "${item.id}". Each id must be used once: rename one of them.`);
      seen.add(item.id);
    });
    return items as Record<string, unknown>[];
  };
}

const idLine = /^\s*(?:-\s+)?(?:id|"id")\s*:\s*["']?([^"',\s]*)/;

/** The ids a list file writes, read line by line: still readable when the file as a whole is not. */
export const idsWritten = (text: string): string[] => text.split('\n').flatMap((line) => idLine.exec(line)?.[1] || []);

/** The 1-based line of the n-th entry (0-based): each entry writes its id on one line. */
function entryLine(text: string, index: number): number | undefined {
  return text.split('\n').flatMap((line, i) => (idLine.test(line) ? [i + 1] : []))[index];
}

/** What an editor is told when parseEntries refuses a file: where, what, and how to fix it. */
export function listFileProblem(file: string, text: string, error: unknown): Problem {
  const isJson = file.endsWith('.json');
  const syntax = error instanceof SyntaxError || (error as Error).name === 'YAMLException';
  const reason = (error as { reason?: string }).reason ?? (error as Error).message;
  const message = reason.replace(/^[^:]*\.(?:json|ya?ml): /, '');
  const mark = (error as { mark?: { line?: number } }).mark;
  const jsonLine = /\(line (\d+) column \d+\)/.exec(reason);
  const entryNumber = /entry (\d+)/.exec(message);
  return {
    file,
    line: typeof mark?.line === 'number' ? mark.line + 1 : jsonLine ? Number(jsonLine[1]) : entryNumber ? entryLine(text, Number(entryNumber[1]) - 1) : undefined,
    field: syntax ? '(whole file)' : 'id',
    message: syntax ? `the file is not valid ${isJson ? 'JSON' : 'YAML'}: ${message}` : message,
    fix: !syntax
      ? 'every entry needs an id of its own.'
      : isJson
        ? 'check the commas and quotes near this line: every name and text value is in "double quotes", and entries are separated by commas.'
        : 'each entry starts with "- id: …"; its fields are indented under it; quote a value that contains ": ".',
    severity: 'error',
  };
}
