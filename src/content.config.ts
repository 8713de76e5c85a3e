import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { collectionSources, contentDir, idFromPath } from './lib/content-paths.ts';
import { parseEntries } from './lib/data-files.ts';
import { withEditorErrors } from './lib/loaders.ts';
import { withApaRendering } from './lib/reference-loader.ts';
import { schemas } from './schemas/index.ts';

const base = contentDir();

/** MDX entries, one file each; the id is the file name, wherever the file sits in its folder. */
function folder<S extends z.ZodType>(source: { path: string; pattern: string }, schema: S) {
  const loader = glob({ base: `${base}/${source.path}`, pattern: source.pattern, generateId: ({ entry }) => idFromPath(entry) });
  return defineCollection({ loader: withEditorErrors(loader, schema), schema });
}

/** A list of entries in one JSON or YAML file; `then` adds a step once the entries are stored. */
function dataFile<S extends z.ZodType>(source: { path: string }, schema: S, then: (loader: Loader) => Loader = (loader) => loader) {
  const path = `${base}/${source.path}`;
  return defineCollection({ loader: then(withEditorErrors(file(path, { parser: parseEntries(path) }), schema, path)), schema });
}

export const collections = {
  articles: folder(collectionSources.articles, schemas.articles),
  conditions: folder(collectionSources.conditions, schemas.conditions),
  symptoms: folder(collectionSources.symptoms, schemas.symptoms),
  treatments: folder(collectionSources.treatments, schemas.treatments),
  references: dataFile(collectionSources.references, schemas.references, withApaRendering),
  glossary: dataFile(collectionSources.glossary, schemas.glossary),
  helplines: dataFile(collectionSources.helplines, schemas.helplines),
  instruments: folder(collectionSources.instruments, schemas.instruments),
  crisisWords: dataFile(collectionSources.crisisWords, schemas.crisisWords),
};
