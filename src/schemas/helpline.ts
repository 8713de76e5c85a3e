import { z } from 'astro/zod';
import './messages.ts';
import { calendarDate, id } from './ids.ts';

export const countries = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ'] as const;
export type Country = (typeof countries)[number];

/** Like the NHS's care cards: danger now, urgent, not urgent. */
export const tiers = ['emergency', 'crisis', 'support'] as const;
export type Tier = (typeof tiers)[number];

const dialable = z
  .string()
  .regex(/^[0-9 -]+$/, { message: 'must be digits, spaces or hyphens only, as a reader would dial it, for example "116 123"' });

export const helplineSchema = z
  .strictObject({
    id: id('helpline'),
    country: z.enum(countries).describe('Where the service answers: US, UK, IE, CA, AU or NZ.'),
    tier: z.enum(tiers).describe('emergency (in danger now), crisis (urgent, today) or support (not urgent).'),
    service: z.string().min(2).describe('The name of the service, for example "Samaritans".'),
    phone: dialable.optional().describe('The number to call, as written by the service.'),
    text: z
      .strictObject({
        number: dialable.describe('The number to text.'),
        message: z.string().optional().describe('A word to send, if the service asks for one, for example "SHOUT".'),
      })
      .optional()
      .describe('How to reach the service by text message.'),
    how: z.string().optional().describe('Anything a caller needs to know, for example "press 1 for veterans".'),
    hours: z.string().describe('When it answers, for example "24 hours, every day".'),
    for: z.string().describe('Who it is for, in plain words.'),
    source: z.string().min(3).describe('Where this number was checked: the service or a public record, by name.'),
    sourceUrl: z.url().optional().describe('The address of that source, only if confirmed.'),
    verified: calendarDate('The date someone last checked the number against the source.'),
  })
  .refine((h) => h.phone || h.text, { message: 'needs a phone number, a text number, or both', path: ['phone'] });

export type HelplineData = z.infer<typeof helplineSchema>;
