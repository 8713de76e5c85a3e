/** Names inside sentences, for pages and for the explorer's script (so: small, no imports). */

/** "a", "a and b", "a, b and c". */
export const listInWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A term's name inside a sentence: "Feeling numb" becomes "feeling numb"; "PTSD" stays. */
export const inSentence = (name: string) => (/^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1));
