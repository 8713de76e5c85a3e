/**
 * How hard an article is to read, scored once for everyone: `npm run check:content`, the
 * content tests and scripts/readability.ts all call these functions. Scripts and tests only:
 * text-readability is a development dependency, so no page may import this module.
 */
import rs from 'text-readability';

/** The highest SMOG grade a page written for the public (or a patient handout) may have. */
export const READING_LEVEL_MAX = 10;

/** The highest median SMOG grade of all the public articles together. */
export const MEDIAN_READING_LEVEL_MAX = 9;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The most words a sentence on a page for the public (or a patient handout) may have. */
export const SENTENCE_WORDS_MAX = 20;

/**
 * The prose a reader sees, as plain sentences: frontmatter is already gone; MDX components,
 * notes to editors (MDX comments), link addresses and Markdown markers are removed. Headings, list items and table cells are
 * separate units, so each ends with a full stop if it has none.
 */
export function prose(body: string): string {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Cite\s+[^>]*\/>/g, '')
    .replace(/<HelpBox\s*\/>/g, '')
    .replace(/<Callout\s+[^>]*title="([^"]*)"[^>]*>/g, '\n$1\n')
    .replace(/<\/?Callout[^>]*>/g, '\n')
    .replace(/<Term\s+[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '');
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/\|/g, ' ')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((line) => line && !/^[-:\s]+$/.test(line))
    .map((line) => (/[.?!]["')\]]*$/.test(line) ? line : `${line.replace(/[:;,]$/, '')}.`))
    .join('\n');
}

/** Sentences in an MDX body's prose, as text-readability splits them. */
export function sentences(body: string): string[] {
  return prose(body)
    .split('\n')
    .flatMap((line) => line.split(/ *[.?!]['")\]]*\s(?=[A-Z"'])/g))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The longest sentence of an MDX body's prose, and its length in words. */
export function longestSentence(body: string): { words: number; text: string } | undefined {
  return sentences(body)
    .map((text) => ({ words: text.split(/\s+/).length, text }))
    .reduce<{ words: number; text: string } | undefined>((longest, s) => (longest && longest.words >= s.words ? longest : s), undefined);
}

/** Sentences longer than SENTENCE_WORDS_MAX words, with their length. */
export function longSentences(body: string): { words: number; text: string }[] {
  return sentences(body)
    .map((text) => ({ words: text.split(/\s+/).length, text }))
    .filter((s) => s.words > SENTENCE_WORDS_MAX);
}

/** SMOG grade of an MDX body's prose, by the text-readability library. */
export const smog = (body: string): number => rs.smogIndex(prose(body));

/** Pages read by patients and the public, whose reading level is held to READING_LEVEL_MAX. */
export const isForReaders = (data: { audience?: unknown; format?: unknown }): boolean =>
  data.audience === 'public' || data.format === 'handout';
