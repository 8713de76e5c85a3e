import { z } from 'astro/zod';

/**
 * An id is the file name of the entry it names, without its extension:
 * `content/conditions/ptsd.mdx` has the id `ptsd`. Lower case, digits and hyphens only,
 * so that it is also a clean URL segment.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z
    .string()
    .regex(idPattern, {
      message: `must be lower-case words joined by hyphens, like "major-depression" (the file name of the ${what}, without ".mdx")`,
    })
    .describe(`The id of a ${what}: its file name without the extension.`);

/** A list of ids; repeats are an editing slip, so they are refused. */
export const idList = (what: string, description: string) =>
  z
    .array(id(what))
    .refine((ids) => new Set(ids).size === ids.length, { message: 'lists the same id twice' })
    .default([])
    .describe(description);

/**
 * A calendar date written as YYYY-MM-DD. Frontmatter YAML reads it as a Date, the list files as
 * a string; either becomes a Date. Written as a union so the JSON Schema that editors' tooltips
 * use accepts a plain YYYY-MM-DD (a bare date schema would ask for a full date-time).
 */
const dateMessage = 'must be a date written as YYYY-MM-DD, for example 2026-11-22';

export const calendarDate = (description: string) =>
  z
    .union([z.date({ error: dateMessage }), z.iso.date({ error: dateMessage })], { error: dateMessage })
    .pipe(z.coerce.date())
    .describe(description);
