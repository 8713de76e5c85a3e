import { z } from 'astro/zod';
import './messages.ts';
import { id } from './ids.ts';

/**
 * A group of words and phrases that mean a reader may be thinking about suicide or self-harm
 * (content/crisis-words.yaml). A search that holds one puts crisis help first
 * (src/lib/crisis-words.ts decides, allowing for small typing slips).
 */
export const crisisWordsSchema = z.strictObject({
  id: id('group of crisis words'),
  about: z.string().min(3).describe('What the phrases in this group are about, for editors, for example "Wanting to die".'),
  phrases: z
    .array(z.string().regex(/[a-z]/, { message: 'must contain a word, in lower case' }).describe('A word or phrase, in lower case, for example "end it all".'))
    .min(1)
    .describe('What a reader might type. Write each once: capitals, apostrophes, hyphens and small typing slips are allowed for.'),
});

export type CrisisWordsData = z.infer<typeof crisisWordsSchema>;
