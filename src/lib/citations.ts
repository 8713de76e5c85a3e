/**
 * Reference formatting in APA 7, by citation-js (a well-kept CSL processor with the APA style
 * built in), so the project keeps no citation formatter of its own.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { ReferenceData } from '../schemas/reference.ts';

/** Drops the fields readers never see, then formats each reference as APA HTML, by id. */
export function formatApa(references: ReferenceData[]): Map<string, string> {
  const items = references.map(({ note: _note, checked: _checked, ...item }) => item);
  const entries = new Cite(items).format('bibliography', {
    format: 'html',
    template: 'apa',
    lang: 'en-US',
    asEntryArray: true,
  }) as unknown as [string, string][];
  return new Map(entries.map(([id, html]) => [id, html.trim()]));
}

/** "Palyo et al., 2008": the short form used in lists and link text. */
export function shortCitation(ref: ReferenceData): string {
  const names = ref.author.map((a) => ('family' in a ? a.family : a.literal));
  const year = ref.issued['date-parts'][0]?.[0] ?? 'n.d.';
  const who = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  return `${who}, ${year}`;
}

/** "NICE guideline NG222, 2022" for a numbered report, else the short form: a source named in a table. */
export function sourceName(ref: ReferenceData): string {
  const year = ref.issued['date-parts'][0]?.[0] ?? 'n.d.';
  return ref.type === 'report' && ref.number ? `${ref.number}, ${year}` : shortCitation(ref);
}
