import { z } from 'astro/zod';
import './messages.ts';
import { calendarDate, id } from './ids.ts';

export const countries = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ'] as const;
export type Country = (typeof countries)[number];

/** Like the NHS's care cards: danger now, urgent, not urgent. */
export const tiers = ['emergency', 'crisis', 'support'] as const;
export type Tier = (typeof tiers)[number];

/**
 * The parts of a country whose services answer only there, as readers name them. A service with
 * a region is shown as "In Scotland: NHS 24"; one without answers the whole country.
 */
export const regionsByCountry = {
  US: [],
  UK: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  IE: [],
  CA: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Northwest Territories', 'Nova Scotia', 'Nunavut', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'],
  AU: ['Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'],
  NZ: [],
} as const satisfies Record<Country, readonly string[]>;
const regions = [...new Set(Object.values(regionsByCountry).flat())] as [string, ...string[]];

/** People a line is set up for, or also takes calls from, beyond anyone who is struggling. */
export const groups = ['men', 'veterans', 'supporters'] as const;
export type Group = (typeof groups)[number];

/** What `hours` says of a line that always answers. Only such lines are in the help boxes. */
export const allDayHours = '24 hours, every day';

const dialable = z
  .string()
  .regex(/^[0-9 -]+$/, { message: 'must be digits, spaces or hyphens only, as a reader would dial it, for example "116 123"' });

export const helplineSchema = z
  .strictObject({
    id: id('helpline'),
    country: z.enum(countries).describe('Where the service answers: US, UK, IE, CA, AU or NZ.'),
    region: z
      .enum(regions)
      .optional()
      .describe('Only for a service that answers in one part of the country, for example "Scotland" or "Ontario". Shown as "In Scotland: …".'),
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
    option: z
      .string()
      .optional()
      .describe('What to choose once through, where one number serves more than one line, for example "press 1". Shown beside the number, as "then press 1".'),
    how: z.string().optional().describe('Anything else a caller needs to know, for example "The call is free." Shown on the get-help page.'),
    hours: z
      .string()
      .describe(`When it answers. Write exactly "${allDayHours}" for a line that always answers (only those are in the help boxes); otherwise the hours as the source gives them, for example "5pm to midnight, every day".`),
    for: z.string().describe('Who it is for, in plain words.'),
    groups: z
      .array(z.enum(groups))
      .default([])
      .describe('Who the line is set up for or also takes calls from, if the source says so: men, veterans (and serving personnel), supporters (family and friends worried about someone).'),
    source: z.string().min(3).describe('The page that showed these details, by the name of who published it, for example "NHS 24 (Scottish Government page on urgent mental health care)".'),
    sourceUrl: z.url().describe('The address of that page. Every helpline needs one: a number no page confirmed is not published.'),
    verified: calendarDate('The date someone saw the number, hours and who it is for on that page.'),
  })
  .refine((h) => h.phone || h.text, { message: 'needs a phone number, a text number, or both', path: ['phone'] })
  .refine((h) => !h.region || (regionsByCountry[h.country] as readonly string[]).includes(h.region), {
    message: 'is not a part of the country this helpline is in',
    path: ['region'],
  })
  .refine((h) => h.hours === allDayHours || !/\b24\s*(hours|hrs|\/\s*7)\b/i.test(h.hours), {
    message: `says the line always answers in other words: write exactly "${allDayHours}"`,
    path: ['hours'],
  });

export type HelplineData = z.infer<typeof helplineSchema>;
