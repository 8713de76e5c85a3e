/**
 * The shapes of the open data files under /data/, built from the content schemas so a field
 * means the same thing in a file an editor writes and in the JSON others download. Dates are
 * written as YYYY-MM-DD strings, and pages are full addresses. Each file's JSON Schema is
 * generated from these (src/lib/open-data.ts).
 */
import { z } from 'astro/zod';
import './messages.ts';
import { articleSchema } from './article.ts';
import { helplineSchema } from './helpline.ts';
import { id } from './ids.ts';
import { instrumentSchema } from './instrument.ts';
import { checkedRecordSchema, referenceSchema } from './reference.ts';
import { conditionSchema, symptomSchema, treatmentSchema } from './term.ts';

/** A calendar date as JSON has it, keeping the content field's description. */
const isoDate = (field: z.ZodType) => z.iso.date().describe(`${field.description ?? 'A date.'} Written YYYY-MM-DD.`);
const pageUrl = (what: string) => z.url().describe(`The address of the ${what}'s page on this site.`);

const termKindSchema = z.enum(['conditions', 'symptoms', 'treatments']);
/** "conditions/ptsd": a term's kind and id, which together name it uniquely. */
const termKey = z
  .string()
  .regex(/^(conditions|symptoms|treatments)\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('A term, as its kind and id: for example "conditions/ptsd".');

const termRecord = <K extends z.infer<typeof termKindSchema>, S extends z.ZodRawShape>(kind: K, fields: S) =>
  z.strictObject({
    kind: z.literal(kind).describe('The kind of term: conditions, symptoms or treatments.'),
    id: id(kind.replace(/s$/, '')),
    url: pageUrl(kind.replace(/s$/, '')),
    ...fields,
  });
const { name, aliases, summary } = conditionSchema.shape;

export const graphData = z
  .strictObject({
    terms: z
      .array(
        z.discriminatedUnion('kind', [
          termRecord('conditions', { name, aliases, summary }),
          termRecord('symptoms', { name: symptomSchema.shape.name, aliases, summary }),
          termRecord('treatments', { name: treatmentSchema.shape.name, aliases, summary, evidence: treatmentSchema.shape.evidence }),
        ]),
      )
      .describe('Every condition, symptom and treatment, by kind and then by name.'),
    links: z
      .array(
        z.strictObject({
          source: termKey.describe('A symptom (seen-in) or a condition (treated-with).'),
          target: termKey.describe('A condition (seen-in) or a treatment (treated-with).'),
          relation: z
            .enum(['seen-in', 'treated-with'])
            .describe('"seen-in": the symptom is seen in the condition. "treated-with": the condition is treated with the treatment.'),
        }),
      )
      .describe('Every link between terms. Content may write a link on either side; here each link appears once.'),
  })
  .describe('The knowledge graph: the terms and the links between them. Articles and what they are about are in articles.json.');

const { published, lastReviewed, nextReview, draft: _draft, ...articleFields } = articleSchema.shape;
export const articlesData = z
  .array(
    z.strictObject({
      id: id('article'),
      url: pageUrl('article'),
      ...articleFields,
      published: isoDate(published),
      lastReviewed: isoDate(lastReviewed),
      nextReview: isoDate(nextReview),
      citations: z.array(id('reference')).describe('Ids of the references the article cites (see references.json), in the order they are numbered.'),
    }),
  )
  .describe('Every published article, newest first: what it is, who it is for, what it is about and what it cites.');

const { note: _note, checked: _checked, ...referenceFields } = referenceSchema.shape;
export const referencesData = z
  .array(z.strictObject({ ...referenceFields, checked: checkedRecordSchema }))
  .describe('Every reference, as CSL-JSON items that citeproc, Zotero and citation-js read. Each has a page on this site at /references/<id>/.');

const { verified, ...helplineFields } = helplineSchema.shape;
export const helplinesData = z
  .array(z.strictObject({ ...helplineFields, verified: isoDate(verified) }))
  .describe('Emergency numbers, crisis lines and support lines, by country, each with its source and the date it was last checked.');

const { note: _instrumentNote, licence, ...instrumentFields } = instrumentSchema.shape;
const { checked, ...licenceFields } = licence.shape;
export const instrumentsData = z
  .array(
    z.strictObject({
      id: id('assessment tool'),
      url: pageUrl('assessment tool'),
      ...instrumentFields,
      licence: z.strictObject({ ...licenceFields, checked: isoDate(checked) }).describe(licence.description ?? ''),
    }),
  )
  .describe('Every assessment tool, by short name: what it measures, its items (word for word only where its licence allows), published cut-offs with their references, its licence and the pages that confirmed it, and the conditions and symptoms it measures (ids, as in graph.json).');
