/**
 * References are formatted in APA when their file is loaded, not when pages render: each entry
 * is stored with its APA HTML as its rendered content. citeproc prepares the APA style once
 * per build (about 0.6 s), and takes three times as long inside the page renderer, where the
 * heap holds every bundled page (measured with `npm run bench`, see the README).
 */
import type { Loader } from 'astro/loaders';
import type { ReferenceData } from '../schemas/reference.ts';
import { formatApa } from './citations.ts';

/** Wraps the references' loader: once it has stored the entries, each gets its APA HTML. */
export function withApaRendering(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const entries = context.store.values();
      // All at once: APA tells apart two works by one author in one year ("2020a", "2020b").
      const apa = formatApa(entries.map((entry) => entry.data as ReferenceData));
      for (const entry of entries) {
        const html = apa.get(entry.id);
        if (!html) throw new Error(`${entry.filePath}: citation-js gave no APA entry for the reference "${entry.id}". Check its fields against the reference schema (src/schemas/reference.ts).`);
        context.store.set({ ...entry, rendered: { html } });
      }
    },
  };
}
