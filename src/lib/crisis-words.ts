/**
 * Whether a search is a cry for help: does it hold one of the phrases in
 * content/crisis-words.yaml, allowing for the slips of a man typing on a phone at night?
 * Used in the browser by the search page (src/scripts/search.ts), so it is small and pure.
 *
 * - Capitals, accents, apostrophes and punctuation do not count: "Don't" is "dont", "self-harm"
 *   is "self harm".
 * - A word of four letters or more may have one letter wrong, missing, extra or swapped, a word
 *   of seven or more two ("sucide", "suicdie", "kil myself"), as long as its first letter is
 *   right (so "will myself" is not "kill myself"). Shorter words must be exact.
 * - Words may run together: "killmyself", "selfharm".
 */
import { distance } from 'fastest-levenshtein';

/** A text as the words it is made of: lower case, no accents, apostrophes or punctuation. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How many slips a word of this length may have. */
const slipsAllowed = (length: number) => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

/** A typed word is the phrase's word, or that word with a slip or two (`most` at most). */
function sameWord(typed: string, word: string, most = slipsAllowed(word.length)): boolean {
  if (typed === word) return true;
  return most > 0 && typed[0] === word[0] && Math.abs(typed.length - word.length) <= most && edits(typed, word) <= most;
}

/** Letters changed, added or removed between two words; two neighbours swapped count as one ("suicdie"). */
function edits(a: string, b: string): number {
  const count = distance(a, b);
  if (count !== 2 || a.length !== b.length) return count;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  const [first, second] = differ;
  return differ.length === 2 && second === first! + 1 && a[first!] === b[second] && a[second] === b[first!] ? 1 : count;
}

/** A search that holds any of `phrases` (as written in content/crisis-words.yaml). */
export function hearsCrisis(query: string, phrases: readonly string[]): boolean {
  const typed = words(query);
  return phrases.some((phrase) => {
    const wanted = words(phrase);
    if (wanted.length === 0) return false;
    const joined = wanted.join('');
    for (let start = 0; start < typed.length; start++) {
      // Word by word: "kil myself".
      if (start + wanted.length <= typed.length && wanted.every((word, i) => sameWord(typed[start + i]!, word))) return true;
      // Run together or split apart, with one slip at most: "killmyself", "kill my self".
      for (let size = 1; size <= wanted.length + 1 && start + size <= typed.length; size++) {
        if (size !== wanted.length && sameWord(typed.slice(start, start + size).join(''), joined, Math.min(1, slipsAllowed(joined.length)))) return true;
      }
    }
    return false;
  });
}
