import { z } from 'astro/zod';
import './messages.ts';
import { DESCRIPTION_MAX } from './article.ts';
import { calendarDate, id, idList } from './ids.ts';

/**
 * What the licence lets this site do with an instrument's items. Only `free` lets the items
 * themselves be written into the file and shown; the other two describe them in general terms.
 */
export const reproductionTerms = ['free', 'licence-required', 'not-confirmed'] as const;
export type Reproduction = (typeof reproductionTerms)[number];

export const completedBy = ['self-report', 'clinician', 'either'] as const;
export type CompletedBy = (typeof completedBy)[number];

/** An address a person can open: a page that was seen, not one that was guessed. */
const seenAt = (what: string) => z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// or http://' }).describe(what);

const cutOff = z.strictObject({
  score: z
    .string()
    .min(1)
    .max(40)
    .describe('The score or band as the source gives it, for example "10 or more" or "5 to 9".'),
  meaning: z
    .string()
    .min(10)
    .max(400)
    .describe('What the source found the score to mean, and in whom: for example "Sensitivity 88% and specificity 88% for major depression (580 primary care patients)".'),
  source: id('reference').describe('The reference that published this cut-off: an id from content/references.json.'),
});

const licence = z.strictObject({
  holder: z
    .string()
    .min(3)
    .describe('Who holds the rights, or who developed it where no rights holder is stated, for example "Pfizer Inc.".'),
  reproduction: z
    .enum(reproductionTerms)
    .describe('"free": a page you saw says the items may be reproduced without permission. "licence-required": a page says a licence is needed. "not-confirmed": no page you saw says either way.'),
  terms: z
    .string()
    .min(20)
    .max(600)
    .describe('The terms in plain words, as the confirming page states them: who may use it, whether items may be reproduced, and on what conditions.'),
  confirmedAt: z
    .array(seenAt('A page that states these terms, by its full address, exactly as seen.'))
    .min(1)
    .describe('The pages that confirmed the terms: each one a page you actually saw. At least one.'),
  checked: calendarDate('The date the terms were last checked against those pages.'),
});

const response = z.strictObject({
  label: z.string().min(1).describe('The answer as worded on the instrument, for example "Several days".'),
  score: z.number().int().min(0).describe('The points the answer scores.'),
});

/** Reproduced only where the licence is `free`: the schema refuses items otherwise. */
const items = z.strictObject({
  sources: z
    .array(seenAt('A page the wording was copied from, exactly as seen.'))
    .min(1)
    .describe('The pages the wording was copied from. At least one.'),
  screen: z
    .strictObject({
      intro: z.string().min(10).describe('What the respondent reads first, word for word.'),
      examples: z.array(z.string().min(2)).default([]).describe('Examples listed under the intro, word for word.'),
      question: z.string().min(5).describe('The yes/no question, word for word.'),
      ifNo: z.string().min(5).describe('What happens on a "no", as the instrument says it, for example "If no, screen total = 0. Please stop here."'),
    })
    .optional()
    .describe('A question asked before the scored items, whose "no" ends the instrument (as in the PC-PTSD-5). Leave out if there is none.'),
  stem: z.string().min(5).describe('The question that introduces the items, word for word, for example "Over the last two weeks, how often have you been bothered by any of the following problems?".'),
  responses: z.array(response).min(2).describe('The answers offered for every item, in order, with their scores.'),
  list: z.array(z.string().min(3)).min(1).describe('The scored items, in order, word for word.'),
});

/**
 * An assessment tool (questionnaire or rating scale) shown to clinicians under /clinicians/tools/.
 * Facts come from the references named; licence terms and item wording from the pages named.
 */
export const instrumentSchema = z
  .strictObject({
    name: z.string().min(3).max(100).describe('The full name as published, for example "Patient Health Questionnaire-9".'),
    shortName: z.string().min(2).max(20).describe('The short name clinicians use, for example "PHQ-9".'),
    summary: z
      .string()
      .min(40)
      .max(DESCRIPTION_MAX)
      .describe(`One sentence for cards, search results and link previews. ${DESCRIPTION_MAX} characters at most.`),
    measures: z
      .string()
      .min(20)
      .max(400)
      .describe('What it measures, over what period, as its development paper describes it.'),
    itemCount: z.number().int().min(1).describe('How many scored items it has.'),
    itemsSummary: z
      .string()
      .min(20)
      .max(600)
      .describe('What the items ask about and how they are answered, in general terms. Shown whether or not the items themselves are.'),
    completedBy: z
      .enum(completedBy)
      .describe('"self-report": the patient fills it in. "clinician": a clinician asks and rates. "either": it is used both ways.'),
    scoreRange: z
      .strictObject({
        min: z.number().int().describe('The lowest possible total.'),
        max: z.number().int().describe('The highest possible total.'),
      })
      .optional()
      .describe('The range of the total score, where it has one and a source states it.'),
    time: z
      .strictObject({
        text: z.string().min(3).describe('How long it takes, as the source says it, for example "under 3 minutes".'),
        source: seenAt('The page that states it.'),
      })
      .optional()
      .describe('Time to complete, only where a page you saw states it. Left out, the page says it was not stated in the sources checked.'),
    cutOffs: z.array(cutOff).default([]).describe('Published cut-offs, each with the reference that published it. Empty where none was found in a record.'),
    licence: licence.describe('Who holds the rights and what they allow, with the pages that confirmed it.'),
    items: items
      .optional()
      .describe('The items themselves, word for word: only where licence.reproduction is "free". Otherwise leave out; itemsSummary describes them.'),
    references: z
      .array(id('reference'))
      .min(1, { error: 'needs at least one reference: the paper that developed or validated the instrument' })
      .refine((ids) => new Set(ids).size === ids.length, { message: 'lists the same id twice' })
      .describe('The papers that developed or validated it: ids from content/references.json.'),
    conditions: idList('condition', 'Conditions it measures or screens for: ids from content/conditions/.'),
    symptoms: idList('symptom', 'Symptoms it measures: ids from content/symptoms/.'),
    note: z.string().optional().describe('For editors: what could not be confirmed, and where each fact was seen. Not shown to readers.'),
  })
  .refine((i) => i.items === undefined || i.licence.reproduction === 'free', {
    message: 'the items are reproduced, but licence.reproduction is not "free": reproduce items only where a page you saw says they may be',
    path: ['items'],
  })
  .refine((i) => i.items === undefined || i.items.list.length === i.itemCount, {
    message: 'lists a different number of items than itemCount says',
    path: ['items'],
  })
  .refine((i) => i.scoreRange === undefined || i.scoreRange.min < i.scoreRange.max, {
    message: 'min must be below max',
    path: ['scoreRange'],
  })
  .refine((i) => i.conditions.length + i.symptoms.length > 0, {
    message: 'names no condition and no symptom: list what it measures, so the term pages can link to it',
    path: ['conditions'],
  });

export type InstrumentData = z.infer<typeof instrumentSchema>;
