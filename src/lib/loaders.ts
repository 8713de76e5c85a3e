/**
 * Astro's own schema errors say "Required" and stop at the first file. This wrapper checks
 * each entry first with the same schema and fails with every problem in the editor's terms.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from './integrity.ts';
import { schemaProblems } from './validate.ts';

export function withEditorErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const result = await schema.safeParseAsync(entry.data);
          if (!result.success) {
            const file = entry.filePath ?? entry.id;
            const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
            throw new ContentError(schemaProblems(result.error, schema, file.replace(`${process.cwd()}/`, ''), text));
          }
          return context.parseData(entry);
        },
      }),
  };
}
