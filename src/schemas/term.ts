import { z } from 'astro/zod';
import './messages.ts';
import { treatmentEvidence } from './evidence.ts';
import { idList } from './ids.ts';
import { commonnessLevels, explorerDefaults } from './term-defaults.ts';

/** What every term entry (condition, symptom, treatment) says about itself. */
const termFields = {
  name: z.string().min(2).max(80).describe('The plain name a reader would use, for example "Feeling numb".'),
  aliases: z
    .array(z.string().min(2))
    .default([])
    .describe('Other names, plain and clinical, that search and readers may use: for example "emotional blunting".'),
  summary: z
    .string()
    .min(20)
    .max(240)
    .describe('One or two plain sentences shown on cards and at the top of the page. 240 characters at most.'),
};

export const conditionSchema = z
  .strictObject({
    ...termFields,
    symptoms: idList('symptom', 'Symptoms often seen in this condition: ids from content/symptoms/.'),
    treatments: idList('treatment', 'Treatments used for this condition: ids from content/treatments/.'),
    commonness: z
      .enum(commonnessLevels)
      .optional()
      .describe(
        'How often a GP meets it: "common" (often, like depression or anxiety), "less-common" (sometimes) or "rare" (seldom). ' +
          `The symptom explorer lists common conditions before rare ones. Left out, it is "${explorerDefaults.commonness}".`,
      ),
    minMatches: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .describe(
        'How many of its symptoms a reader must tick before the symptom explorer lists this condition. ' +
          `Set 2 or 3 for a serious or rare condition, so a single tick never lists it. Left out, it is ${explorerDefaults.minMatches}.`,
      ),
  })
  .refine((c) => c.commonness !== 'rare' || (c.minMatches ?? explorerDefaults.minMatches) >= 2, {
    // On commonness, which is written: a problem on a missing minMatches would read "required but missing".
    message: 'is "rare", so the symptom explorer must need at least 2 ticks to list it, and never list it on one: add minMatches: 2 (or 3)',
    path: ['commonness'],
  });

export const symptomSchema = z.strictObject({
  ...termFields,
  conditions: idList('condition', 'Conditions in which this symptom is seen: ids from content/conditions/.'),
  risk: z
    .boolean()
    .optional()
    .describe(
      'true if this symptom can mean the reader is in danger: thoughts of ending his life, hurting himself, or taking risks to feel something. ' +
        'Its page then starts with crisis help, and ticking it in the symptom explorer puts urgent help above everything else. Set it with a clinical editor.',
    ),
});

export const treatmentSchema = z.strictObject({
  ...termFields,
  conditions: idList('condition', 'Conditions this treatment is used for: ids from content/conditions/.'),
  evidence: treatmentEvidence,
});

export type ConditionData = z.infer<typeof conditionSchema>;
export type SymptomData = z.infer<typeof symptomSchema>;
export type TreatmentData = z.infer<typeof treatmentSchema>;
