/** Every content schema, by collection name: the one source of truth for the build and for `npm run check:content`. */
import './messages.ts';
import { articleSchema } from './article.ts';
import { crisisWordsSchema } from './crisis-words.ts';
import { glossarySchema } from './glossary.ts';
import { helplineSchema } from './helpline.ts';
import { instrumentSchema } from './instrument.ts';
import { referenceSchema } from './reference.ts';
import { conditionSchema, symptomSchema, treatmentSchema } from './term.ts';

export const schemas = {
  articles: articleSchema,
  conditions: conditionSchema,
  symptoms: symptomSchema,
  treatments: treatmentSchema,
  references: referenceSchema,
  glossary: glossarySchema,
  helplines: helplineSchema,
  instruments: instrumentSchema,
  crisisWords: crisisWordsSchema,
} as const;

export type CollectionName = keyof typeof schemas;
