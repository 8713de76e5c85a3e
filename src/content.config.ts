import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { load as loadYaml } from 'js-yaml';
import { collectionSources, contentDir, idFromPath } from './lib/content-paths.ts';
import { withEditorErrors } from './lib/loaders.ts';
import { schemas } from './schemas/index.ts';

const base = contentDir();

/** MDX entries, one file each; the id is the file name, wherever the file sits in its folder. */
function folder<S extends z.ZodType>(source: { path: string; pattern: string }, schema: S) {
  const loader = glob({ base: `${base}/${source.path}`, pattern: source.pattern, generateId: ({ entry }) => idFromPath(entry) });
  return defineCollection({ loader: withEditorErrors(loader, schema), schema });
}

/**
 * Astro's file loader logs and skips an item without an id; an editor would never see it.
 * This parser refuses the whole file instead, naming the item.
 */
function parseWithIds(fileName: string) {
  return (text: string) => {
    const items: unknown = fileName.endsWith('.json') ? JSON.parse(text) : loadYaml(text);
    if (!Array.isArray(items)) throw new Error(`${fileName}: must be a list of entries, each with an "id".`);
    items.forEach((item: { id?: unknown } | null, index) => {
      if (typeof item?.id !== 'string' || item.id === '') {
        throw new Error(`${fileName}: entry ${index + 1} has no "id". Give it one, like "samaritans-uk".`);
      }
    });
    return items as Record<string, unknown>[];
  };
}

/** A list of entries in one JSON or YAML file. */
function dataFile<S extends z.ZodType>(source: { path: string }, schema: S) {
  const path = `${base}/${source.path}`;
  return defineCollection({ loader: withEditorErrors(file(path, { parser: parseWithIds(path) }), schema), schema });
}

export const collections = {
  articles: folder(collectionSources.articles, schemas.articles),
  conditions: folder(collectionSources.conditions, schemas.conditions),
  symptoms: folder(collectionSources.symptoms, schemas.symptoms),
  treatments: folder(collectionSources.treatments, schemas.treatments),
  references: dataFile(collectionSources.references, schemas.references),
  glossary: dataFile(collectionSources.glossary, schemas.glossary),
  helplines: dataFile(collectionSources.helplines, schemas.helplines),
};
