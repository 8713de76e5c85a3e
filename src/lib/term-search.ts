/**
 * Finds term ids from what an editor types: the id itself, its spelling ("ptds"), or the
 * words of a term's name and aliases ("grief" finds prolonged grief disorder, "talking therapy"
 * finds counselling). `npm run new` uses it to suggest ids; nothing on the site does.
 */
import { nearIds } from './integrity.ts';

export interface NamedTerm {
  id: string;
  name: string;
  aliases: string[];
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);

/** How well a query matches a term's names: every query word in one name scores highest. */
function nameScore(query: string, term: NamedTerm): number {
  const asked = wordsOf(query);
  if (!asked.length) return 0;
  let best = 0;
  for (const name of [term.name, ...term.aliases, term.id.replace(/-/g, ' ')]) {
    const words = wordsOf(name);
    const found = asked.filter((w) => words.some((n) => n === w || (w.length > 3 && (n.startsWith(w) || w.startsWith(n))))).length;
    best = Math.max(best, found / asked.length);
  }
  return best;
}

/** Up to `limit` ids for a query: exact id first, then matches by name or alias, then by spelling. */
export function suggestTerms(query: string, terms: NamedTerm[], limit = 3): string[] {
  const q = query.trim().toLowerCase();
  if (terms.some((t) => t.id === q)) return [q];
  const byName = terms
    .map((term) => ({ id: term.id, score: nameScore(q, term) }))
    .filter((m) => m.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((m) => m.id);
  // Only near misspellings: a far "nearest" id is an unrelated suggestion.
  const typed = q.replace(/\s+/g, '-');
  const bySpelling = nearIds(typed, terms.map((t) => t.id));
  return [...new Set([...byName, ...bySpelling])].slice(0, limit);
}

/** One line per term, for a list an editor picks from: "ptsd  Post-traumatic stress disorder". */
export function termChoices(terms: NamedTerm[]): string[] {
  const width = Math.max(0, ...terms.map((t) => t.id.length));
  return [...terms].sort((a, b) => a.id.localeCompare(b.id)).map((t) => `${t.id.padEnd(width)}  ${t.name}`);
}
