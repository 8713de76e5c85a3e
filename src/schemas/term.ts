import { z } from 'astro/zod';
import './messages.ts';
import { treatmentEvidence } from './evidence.ts';
import { idList } from './ids.ts';

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

export const conditionSchema = z.strictObject({
  ...termFields,
  symptoms: idList('symptom', 'Symptoms often seen in this condition: ids from content/symptoms/.'),
  treatments: idList('treatment', 'Treatments used for this condition: ids from content/treatments/.'),
});

export const symptomSchema = z.strictObject({
  ...termFields,
  conditions: idList('condition', 'Conditions in which this symptom is seen: ids from content/conditions/.'),
});

export const treatmentSchema = z.strictObject({
  ...termFields,
  conditions: idList('condition', 'Conditions this treatment is used for: ids from content/conditions/.'),
  evidence: treatmentEvidence,
});

export type ConditionData = z.infer<typeof conditionSchema>;
export type SymptomData = z.infer<typeof symptomSchema>;
export type TreatmentData = z.infer<typeof treatmentSchema>;
