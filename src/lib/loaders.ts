/**
 * Astro's own schema errors say "Required" and stop at the first entry. This wrapper checks
 * every entry first, with the same schema and (for MDX) the MDX lockdown, and fails the build
 * once with every problem in every entry of the collection, in the editor's terms.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { listFileProblem, parseEntries } from './data-files.ts';
import { ContentError, type Problem } from './integrity.ts';
import { entryProblems } from './validate.ts';

/**
 * `listFile`: for a file() loader, the file it reads. Astro's file loader logs only "Error
 * reading data" when its parser fails and goes on with no entries, so the file is read here
 * first, and the build stops with what is wrong and where.
 */
export function withEditorErrors(loader: Loader, schema: z.ZodType, listFile?: string): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (listFile) {
        const text = readFileSync(listFile, 'utf8');
        try {
          parseEntries(listFile)(text);
        } catch (error) {
          throw new ContentError([listFileProblem(listFile.replace(`${process.cwd()}/`, ''), text, error)]);
        }
      }
      // During the first load, problems are gathered so one build names them all; a later
      // change (in `astro dev`) is refused on its own.
      let gathering = true;
      const problems: Problem[] = [];
      const refused = new Set<string>();
      await loader.load({
        ...context,
        parseData: async (entry) => {
          const path = entry.filePath;
          const found = await entryProblems({
            data: entry.data,
            schema,
            file: (path ?? entry.id).replace(`${process.cwd()}/`, ''),
            text: path ? readFileSync(path, 'utf8') : '',
            // A list file holds many entries; an MDX file is one.
            itemId: path?.endsWith('.mdx') ? undefined : entry.id,
          });
          if (found.some((p) => p.severity === 'error')) {
            if (!gathering) throw new ContentError(found);
            problems.push(...found);
            refused.add(entry.id);
            // Stored only until the load ends, then removed: the build stops below.
            return entry.data;
          }
          return context.parseData(entry);
        },
      });
      gathering = false;
      if (problems.length) {
        for (const id of refused) context.store.delete(id);
        throw new ContentError(problems);
      }
    },
  };
}
