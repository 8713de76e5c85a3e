/**
 * Turns a schema's complaints about one entry into problems an editor can act on:
 * the file and line, the field, what is wrong and what would be right.
 */
import type { z } from 'astro/zod';
import type { Problem } from './integrity.ts';

/** The line a top-level frontmatter or YAML key is written on, if it is written at all. */
export function keyLine(text: string, key: string | number | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const at = text.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.trimStart().startsWith(`${key}:`));
  return at < 0 ? undefined : at + 1;
}

/** A top-level field's .describe() text: what a right value looks like. */
function describeField(schema: z.ZodType, key: PropertyKey | undefined): string | undefined {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return typeof key === 'string' ? shape?.[key]?.description : undefined;
}

export function schemaProblems(error: z.ZodError, schema: z.ZodType, file: string, text = ''): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || '(whole entry)';
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const fields = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
    const fix =
      issue.code === 'unrecognized_keys'
        ? `the fields allowed here are: ${fields.join(', ')}.`
        : (describeField(schema, key) ?? '');
    return { file, line: keyLine(text, key as string | undefined), field, message: issue.message, fix, severity: 'error' };
  });
}
