/**
 * schema.org's vocabulary, read from the type definitions of schema-dts (Google's typings of
 * the current schema.org release), so the built site's JSON-LD is checked against schema.org
 * itself rather than against a list of our own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Vocabulary } from './site-checks.ts';

export function schemaVocabulary(): Vocabulary {
  const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
  const text = readFileSync(file, 'utf8');
  const types = new Set([...text.matchAll(/"@type": "([A-Za-z0-9]+)"/g)].map((m) => m[1]!));
  const properties = new Set([...text.matchAll(/^\s+"([A-Za-z][A-Za-z0-9]*)"\?: SchemaValue</gm)].map((m) => m[1]!));
  // schema.org has about 900 types and 1,500 properties: far fewer means the file changed shape.
  if (types.size < 500 || properties.size < 1000 || !types.has('MedicalWebPage') || !properties.has('lastReviewed')) {
    throw new Error(`Could not read schema.org's vocabulary from ${file} (${types.size} types, ${properties.size} properties): has schema-dts changed its format?`);
  }
  return { types, properties };
}
