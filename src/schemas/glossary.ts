import { z } from 'astro/zod';
import './messages.ts';
import { id } from './ids.ts';

export const glossarySchema = z.strictObject({
  id: id('glossary term'),
  term: z.string().min(2).describe('The word or phrase as it appears in articles.'),
  definition: z.string().min(10).max(300).describe('A plain definition in one or two sentences.'),
  seeAlso: z
    .array(z.string())
    .default([])
    .describe('Related pages: glossary ids, or term ids written as "conditions/ptsd", "symptoms/…", "treatments/…".'),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
