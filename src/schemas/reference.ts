import { z } from 'astro/zod';
import './messages.ts';
import { id } from './ids.ts';

/** A person's name as CSL-JSON writes it. */
const name = z.union([
  z.strictObject({
    family: z.string().min(1).describe('Surname, exactly as the publication gives it.'),
    given: z
      .string()
      .min(1)
      .optional()
      .describe('Given names or initials, exactly as the publication gives them; left out only where no record showed them.'),
  }),
  z.strictObject({ literal: z.string().min(1).describe('An organisation as author, for example "WHO Regional Office for Europe".') }),
]);

/**
 * One reference, as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * Only confirmed facts go here: see CONTRIBUTING.md. A DOI or URL is added only once it is checked.
 */
export const referenceSchema = z.strictObject({
  id: id('reference'),
  type: z
    .enum(['article-journal', 'book', 'chapter', 'report', 'webpage'])
    .describe('The kind of work, as a CSL type.'),
  author: z.array(name).min(1).describe('Authors in the order the publication gives them.'),
  issued: z
    .strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1) })
    .describe('Publication date as CSL date-parts, for example { "date-parts": [[2008]] }.'),
  title: z.string().min(3).describe('The title exactly as published.'),
  'container-title': z.string().optional().describe('The journal or book the work appeared in.'),
  publisher: z.string().optional().describe('The publisher, for books and reports.'),
  'publisher-place': z.string().optional().describe('Where the publisher is, for books and reports.'),
  volume: z.string().optional().describe('Journal volume.'),
  issue: z.string().optional().describe('Journal issue.'),
  page: z.string().optional().describe('Page range, for example "153-165".'),
  number: z.string().optional().describe('A report\'s own number, for example "NICE guideline NG222".'),
  DOI: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a bare DOI such as 10.1080/20008198.2018.1446616, without https://doi.org/' })
    .optional()
    .describe('The DOI, only if confirmed from a public record.'),
  URL: z.url().optional().describe('A stable public address for the work, only if confirmed.'),
  PMID: z.string().regex(/^\d+$/).optional().describe('PubMed id, if confirmed.'),
  PMCID: z.string().regex(/^PMC\d+$/).optional().describe('PubMed Central id, such as PMC5912443, if confirmed.'),
  ISBN: z.string().optional().describe('The ISBN of a book or report, as printed, if confirmed.'),
  checked: z
    .strictObject({
      records: z
        .array(z.url())
        .min(1)
        .describe('The public records (PubMed, publisher, catalogue or guideline page) its fields were compared with, by address.'),
      unconfirmed: z
        .array(z.string())
        .default([])
        .describe('Fields kept although no record showed them, for example "author"; readers see this list.'),
    })
    .optional()
    .describe('How this reference was checked: the records it was compared with, field by field.'),
  note: z.string().optional().describe('For editors: what could not be confirmed, or conflicts between records. Not shown to readers.'),
});

export type ReferenceData = z.infer<typeof referenceSchema>;
