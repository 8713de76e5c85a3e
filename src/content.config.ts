import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import { collectionSources, contentDir, idFromPath } from './lib/content-paths.ts';
import { withEditorErrors } from './lib/loaders.ts';
import { schemas } from './schemas/index.ts';

const base = contentDir();

function folder(name: 'articles' | 'conditions' | 'symptoms' | 'treatments') {
  const source = collectionSources[name];
  return defineCollection({
    loader: withEditorErrors(
      glob({ base: `${base}/${source.path}`, pattern: source.pattern, generateId: ({ entry }) => idFromPath(entry) }),
      schemas[name],
    ),
    schema: schemas[name],
  });
}

/**
 * Astro's file loader logs and skips an item without an id; an editor would never see it.
 * This parser refuses the whole file instead, naming the item.
 */
function parseWithIds(fileName: string) {
  return (text: string) => {
    const items = fileName.endsWith('.json') ? JSON.parse(text) : loadYaml(text);
    if (!Array.isArray(items)) throw new Error(`${fileName}: must be a list of entries, each with an "id".`);
    items.forEach((item, index) => {
      if (typeof item?.id !== 'string' || item.id === '') {
        throw new Error(`${fileName}: entry ${index + 1} has no "id". Give it one, like "samaritans-uk".`);
      }
    });
    return items;
  };
}

function dataFile(name: 'references' | 'glossary' | 'helplines') {
  const path = `${base}/${collectionSources[name].path}`;
  return defineCollection({ loader: withEditorErrors(file(path, { parser: parseWithIds(path) }), schemas[name]), schema: schemas[name] });
}

export const collections = {
  articles: folder('articles'),
  conditions: folder('conditions'),
  symptoms: folder('symptoms'),
  treatments: folder('treatments'),
  references: dataFile('references'),
  glossary: dataFile('glossary'),
  helplines: dataFile('helplines'),
};
