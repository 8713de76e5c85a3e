import { countries, type Country, type HelplineData, type Tier } from '../schemas/helpline.ts';

export const countryNames: Record<Country, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  IE: 'Ireland',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
};

/** The id of a country's section on the get-help page: /get-help/#uk. */
export const countryAnchor = (country: Country) => country.toLowerCase();

/** What each country calls the doctor you see first, for the "not urgent" tier. */
export const firstDoctor: Record<Country, string> = {
  US: 'your doctor (primary care provider)',
  UK: 'your GP',
  IE: 'your GP',
  CA: 'your family doctor',
  AU: 'your GP',
  NZ: 'your GP',
};

/** The three tiers as the get-help page presents them, like the NHS's care cards. */
export const tierHeadings: Record<Tier, { title: string; when: string }> = {
  emergency: { title: 'In danger now', when: 'You might act on thoughts of ending your life, you have hurt yourself badly, or someone is in danger.' },
  crisis: { title: 'Urgent: talk to someone today', when: 'You are struggling to cope and need to talk now. These lines are free, confidential and there to listen.' },
  support: { title: 'Not urgent: start getting support', when: 'You have felt numb, flat or low for a while, and you want it to change.' },
};

type HelplinesFor = (country: Country, tier?: Tier) => HelplineData[];

/** Countries with at least one helpline, in the order the site lists them. */
export const countriesWithHelplines = (helplinesFor: HelplinesFor) => countries.filter((c) => helplinesFor(c).length > 0);

/** Each country's emergency numbers, for the help box and the top of the get-help page. */
export function emergencyNumbers(helplinesFor: HelplinesFor): { country: Country; name: string; numbers: string[] }[] {
  return countries
    .map((country) => ({ country, name: countryNames[country], numbers: helplinesFor(country, 'emergency').flatMap((h) => h.phone ?? []) }))
    .filter((c) => c.numbers.length > 0);
}

/** "116 123" as a reader sees it: never broken across two lines (no-break spaces and hyphens). */
export const dialText = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** "116 123" -> "tel:116123": the href a phone opens. */
export const telHref = (number: string) => `tel:${number.replace(/[\s-]/g, '')}`;
/** A text link; the message, where a service asks for one, is filled in for the reader. */
export const smsHref = (number: string, message?: string) =>
  `sms:${number.replace(/[\s-]/g, '')}${message ? `?&body=${encodeURIComponent(message)}` : ''}`;
