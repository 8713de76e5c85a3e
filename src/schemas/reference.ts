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

/** How a reference was checked: the records it was compared with, and what they did not show. */
export const checkedRecordSchema = z
  .strictObject({
    records: z
      .array(
        z.url().regex(/^[^\s[\]{}|\\^`<>"]*$/, {
          message: 'must write spaces and the characters [ ] { } | ^ ` < > " percent-encoded (a [ is %5B, a ] is %5D), as a valid address does',
        }),
      )
      .describe(
        'The public records (PubMed, publisher, catalogue or guideline page) its fields were compared with, by address. Empty only when no record was found, and then "searched" says where you looked.',
      ),
    unconfirmed: z
      .array(z.string())
      .default([])
      .describe('Fields kept although no record showed them, by name: for example ["author", "volume"]. Readers see this list.'),
    searched: z
      .string()
      .min(20)
      .optional()
      .describe('Only when no record was found: where, how and on what date the work was searched for, as readers will see it after "Searched:", for example "PubMed and publisher pages, on 2026-12-03, for the title and for the authors with the journal."'),
  })
  .describe(
    'How this reference was checked (required): "records" lists the addresses of the public records its fields were compared with, and "unconfirmed" any field no record showed. For example "checked": { "records": ["https://pubmed.ncbi.nlm.nih.gov/27152480/"], "unconfirmed": ["author"] }.',
  );

/** The fields of a reference that a record can confirm: all but its id, its type and the editors' own notes. */
export const bibliographicFields = (reference: Record<string, unknown>): string[] =>
  Object.keys(reference).filter((key) => !['id', 'type', 'checked', 'note'].includes(key));

/**
 * What is wrong with how a reference says it was checked. A reference names the records its fields
 * were compared with; one that no record was found for says where it was searched for and lists
 * every field as unconfirmed, so its page can tell readers that nothing about it was confirmed.
 * Issues sit under "checked.…" and name the reference, since many references share one file.
 */
function checkedProblems(reference: { id: string; checked?: { records: string[]; unconfirmed: string[]; searched?: string } } & Record<string, unknown>): { path: string[]; message: string }[] {
  const { id, checked } = reference;
  if (!checked) {
    return [{ path: ['checked', 'records'], message: `the reference "${id}" does not say how it was checked` }];
  }
  const fields = bibliographicFields(reference);
  const problems: { path: string[]; message: string }[] = [];
  const unknown = checked.unconfirmed.filter((field) => !fields.includes(field));
  if (unknown.length) {
    problems.push({
      path: ['checked', 'unconfirmed'],
      message: `names ${unknown.map((f) => `"${f}"`).join(', ')}, which "${id}" does not have; list only its own fields: ${fields.join(', ')}`,
    });
  }
  if (checked.records.length === 0) {
    if (!checked.searched) problems.push({ path: ['checked', 'searched'], message: `"${id}" names no record, so "searched" must say where, how and when it was looked for` });
    const confirmedWithoutRecord = fields.filter((field) => !checked.unconfirmed.includes(field));
    if (confirmedWithoutRecord.length) {
      problems.push({
        path: ['checked', 'unconfirmed'],
        message: `"${id}" names no record, so no field of it was confirmed: add ${confirmedWithoutRecord.map((f) => `"${f}"`).join(', ')}`,
      });
    }
  } else if (checked.searched) {
    problems.push({ path: ['checked', 'searched'], message: `"${id}" names records, so it was found: "searched" is only for a reference no record was found for` });
  }
  return problems;
}

/**
 * One reference, as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * Only confirmed facts go here: see CONTRIBUTING.md. A DOI or URL is added only once it is checked.
 */
export const referenceSchema = z
  .strictObject({
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
    // Optional to the schema's shape only so that a reference without it is refused below with a
    // message that names the reference (a missing field's own message cannot).
    checked: checkedRecordSchema.optional().describe(checkedRecordSchema.description ?? ""),
    note: z.string().optional().describe('For editors: what could not be confirmed, or conflicts between records. Not shown to readers.'),
  })
  .superRefine((reference, context) => {
    for (const problem of checkedProblems(reference)) context.addIssue({ code: 'custom', ...problem });
  });

export type ReferenceData = z.infer<typeof referenceSchema>;
