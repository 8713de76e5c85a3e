/**
 * How the list files (references.json, glossary.yaml, helplines.yaml) are read, for the build's
 * file() loaders and for `npm run check:content` alike.
 */
import { load as loadYaml } from 'js-yaml';

/**
 * Astro's file loader logs and skips an item without an id, and keeps only the last of two
 * items with one id; an editor would never see either. This parser refuses the whole file
 * instead, naming the item.
 */
export function parseEntries(fileName: string) {
  return (text: string): Record<string, unknown>[] => {
    const items: unknown = fileName.endsWith('.json') ? JSON.parse(text) : loadYaml(text);
    if (!Array.isArray(items)) throw new Error(`${fileName}: must be a list of entries, each with an "id".`);
    const seen = new Set<string>();
    items.forEach((item: { id?: unknown } | null, index) => {
      if (typeof item?.id !== 'string' || item.id === '') {
        throw new Error(`${fileName}: entry ${index + 1} has no "id". Give it one, like "samaritans-uk".`);
      }
      if (seen.has(item.id)) throw new Error(`${fileName}: entry ${index + 1} repeats the id "${item.id}". Each id must be used once: rename one of them.`);
      seen.add(item.id);
    });
    return items as Record<string, unknown>[];
  };
}
