/**
 * Turns a schema's complaints about one entry into problems an editor can act on:
 * the file and line, the field, what is wrong and what would be right.
 */
import type { z } from 'astro/zod';
import type { PictureFolder } from './images.ts';
import { nearIds, type Problem } from './integrity.ts';
import { listIndentProblems, withoutListConsequences } from './list-indent.ts';
import { guardMdx } from './mdx-guard.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line that writes `key:` (YAML, also as a list item's first key) or `"key":` (JSON). */
const writesKey = (key: string) => new RegExp(`^\\s*(?:-\\s+)?(?:${escape(key)}|"${escape(key)}")\\s*:`);

/** The line a top-level frontmatter or YAML key is written on, if it is written at all. */
export function keyLine(text: string, key: string | number | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const at = text.split('\n').findIndex((line) => writesKey(key).test(line));
  return at < 0 ? undefined : at + 1;
}

/**
 * The part of a list file (references.json, glossary.yaml…) that holds one item: from the line
 * that gives its id to the next item's id. Problems in that item then name its own lines.
 */
export function itemText(text: string, id: string): { text: string; firstLine: number } {
  const lines = text.split('\n');
  const ownId = new RegExp(`^\\s*(?:-\\s+)?(?:id|"id")\\s*:\\s*["']?${escape(id)}["']?\\s*,?\\s*$`);
  const start = lines.findIndex((line) => ownId.test(line));
  if (start < 0) return { text, firstLine: 1 };
  const next = lines.findIndex((line, i) => i > start && writesKey('id').test(line));
  return { text: lines.slice(start, next < 0 ? undefined : next).join('\n'), firstLine: start + 1 };
}

const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};

export function schemaProblems(error: z.ZodError, schema: z.ZodType, file: string, text = '', firstLine = 1, data?: unknown): Problem[] {
  const fields = Object.keys(shapeOf(schema));
  const lineOf = (key: PropertyKey | undefined) => {
    const line = keyLine(text, key as string | undefined);
    return line === undefined ? (firstLine > 1 ? firstLine : undefined) : line + firstLine - 1;
  };
  // A rule comparing fields ("lastReviewed is before published") says nothing true when one of
  // them is itself wrong (a date written 03/12/2026): that field's own problem is reported alone.
  const wrongFields = new Set(error.issues.filter((i) => i.code !== 'custom').map((i) => String(i.path[0])));
  const comparesWrongField = (issue: z.core.$ZodIssue) =>
    issue.code === 'custom' && [...wrongFields].some((f) => f !== String(issue.path[0]) && new RegExp(`\\b${escape(f)}\\b`).test(issue.message));
  return error.issues.filter((issue) => !comparesWrongField(issue)).flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      // One problem a mistyped field, each on its own line, with the nearest right spelling.
      return issue.keys.map((key) => {
        const near = fields.find((f) => f.toLowerCase() === key.toLowerCase()) ?? nearIds(key, fields)[0];
        return {
          file,
          line: lineOf(key),
          field: [...issue.path, key].join('.'),
          message: `"${key}" is not a field here`,
          fix: `${near ? `did you mean "${near}"? ` : ''}The fields allowed here are: ${fields.join(', ')}.`,
          severity: 'error',
        };
      });
    }
    const key = issue.path[0];
    const fix = typeof key === 'string' ? (shapeOf(schema)[key]?.description ?? '') : '';
    // A coerced field (a date) cannot tell "missing" from "wrong" by itself; the raw data can.
    const missing = issue.path.length === 1 && typeof data === 'object' && data !== null && !(String(key) in data);
    const message = missing ? 'is required but missing' : issue.message;
    return [{ file, line: lineOf(key), field: issue.path.join('.') || '(whole entry)', message, fix, severity: 'error' }];
  });
}

/**
 * Everything wrong with one entry taken alone: its fields against its schema and, for an MDX
 * file, the MDX lockdown. The content layer and `npm run check:content` both ask this.
 */
export async function entryProblems(entry: {
  data: unknown;
  schema: z.ZodType;
  file: string;
  /** The whole file as written, so problems name its lines. */
  text: string;
  /** For an item of a list file: its id, to find its lines. */
  itemId?: string;
  /** Where the pictures an MDX body names must be: content/images/ unless told. */
  pictures?: PictureFolder;
}): Promise<Problem[]> {
  const result = await entry.schema.safeParseAsync(entry.data);
  const item = entry.itemId === undefined ? { text: entry.text, firstLine: 1 } : itemText(entry.text, entry.itemId);
  const isMdx = entry.file.endsWith('.mdx');
  // A misaligned list item is reported on its own line; the field's other problems follow from it.
  const misaligned = isMdx ? listIndentProblems(entry.text, entry.file) : [];
  const fields = result.success ? [] : schemaProblems(result.error, entry.schema, entry.file, item.text, item.firstLine, entry.data);
  return [...misaligned, ...withoutListConsequences(fields, misaligned), ...(isMdx ? guardMdx(entry.text, entry.file, entry.pictures) : [])];
}
