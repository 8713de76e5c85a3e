import type { Country, Tier } from '../schemas/helpline.ts';

export const countryNames: Record<Country, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  IE: 'Ireland',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
};

/** The three tiers as the get-help page presents them. */
export const tierHeadings: Record<Tier, { title: string; when: string }> = {
  emergency: { title: 'In danger now', when: 'You might act on thoughts of ending your life, or someone is in danger.' },
  crisis: { title: 'Urgent: talk to someone today', when: 'You are struggling to cope and need to talk now. Free, confidential, no judgement.' },
  support: { title: 'Not urgent: start getting support', when: 'You have felt numb or low for a while. A GP or counsellor is a good first step.' },
};

/** "116 123" -> "tel:116123": the href a phone opens. */
export const telHref = (number: string) => `tel:${number.replace(/[\s-]/g, '')}`;
/** A text link; the message, where a service asks for one, is filled in for the reader. */
export const smsHref = (number: string, message?: string) =>
  `sms:${number.replace(/[\s-]/g, '')}${message ? `?&body=${encodeURIComponent(message)}` : ''}`;
