/**
 * References are formatted in APA when their file is loaded, not when pages render: each entry
 * is stored with its APA HTML as its rendered content. citeproc prepares the APA style once
 * per build (about 0.6 s), and took three times as long inside the page renderer, where the
 * heap holds every bundled page. It runs in a worker thread (src/lib/apa-worker.ts) that ends
 * when it has answered, so the parsed style it keeps is not carried through the rest of the
 * build: 250 MB less at the build's peak with 1,000 articles (measured with `npm run bench`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import type { ReferenceData } from '../schemas/reference.ts';

/** APA entries by reference id, formatted by citation-js in a thread that ends when it is done. */
function formatApaInWorker(references: ReferenceData[]): Promise<Map<string, string>> {
  const worker = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'apa-worker.ts'), { workerData: references });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The APA formatter stopped (exit code ${code}) before it answered.`)));
  });
}

/** Wraps the references' loader: once it has stored the entries, each gets its APA HTML. */
export function withApaRendering(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const entries = context.store.values();
      // All at once: APA tells apart two works by one author in one year ("2020a", "2020b").
      const apa = await formatApaInWorker(entries.map((entry) => entry.data as ReferenceData));
      for (const entry of entries) {
        const html = apa.get(entry.id);
        if (!html) throw new Error(`${entry.filePath}: citation-js gave no APA entry for the reference "${entry.id}". Check its fields against the reference schema (src/schemas/reference.ts).`);
        context.store.set({ ...entry, rendered: { html } });
      }
    },
  };
}
