/**
 * How helplines are presented: the words of each tier for a reader's country, the order a
 * reader scans a tier's lines in, and how a number becomes a link a phone can dial.
 */
import { allDayHours, countries, type Country, type HelplineData, type Tier } from '../schemas/helpline.ts';

export const countryNames: Record<Country, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  IE: 'Ireland',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
};

/**
 * A country's code on the page: its section on the get-help page (/get-help/#uk), the value the
 * browser's guess and the country switch set (<html data-country="uk">).
 */
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

/** Who is reading: the man himself, or someone worried about him. The tiers' words follow. */
export type Reader = 'self' | 'supporter';

/**
 * The three tiers as a reader meets them, like the NHS's care cards: a heading that says what to
 * do ("Call 999 now if…") and the words that finish it, in the reader's country's terms.
 */
export function tierHeading(tier: Tier, country: Country, emergencyNumbers: string[], reader: Reader = 'self'): { title: string; when: string } {
  const doctor = firstDoctor[country];
  const self = reader === 'self';
  switch (tier) {
    case 'emergency':
      return {
        title: `Call ${emergencyNumbers.join(' or ') || 'your emergency number'} now if…`,
        when: self
          ? 'you might act on thoughts of ending your life, or cannot stay safe.'
          : 'they might act on thoughts of ending their life, or cannot stay safe.',
      };
    case 'crisis':
      return {
        title: 'Call or text tonight if…',
        when: self
          ? 'you are struggling to cope, or have thoughts of ending your life.'
          : 'you are worried about someone and need to talk it through now.',
      };
    case 'support':
      return self
        ? { title: `See ${doctor} this week if…`, when: 'you have felt numb, flat or low for a while, and you want it to change.' }
        : { title: `Help them see ${doctor.replace(/^your /, 'their ')} this week if…`, when: 'they have seemed numb, flat or low for a while.' };
  }
}

/** Answers 24 hours a day, every day: only such lines are in the help boxes. */
export const answersAllDay = (line: HelplineData) => line.hours === allDayHours;

/**
 * What a reader reads before a line's name when it is not for everyone in the country:
 * "In Scotland", "For veterans", "For men".
 */
export function lineLabel(line: HelplineData): string | undefined {
  if (line.region) return `In ${line.region}`;
  if (line.groups.includes('veterans')) return 'For veterans';
  if (line.groups.includes('men')) return 'For men';
  return undefined;
}

/**
 * A tier's lines in the order a reader scans them: lines for everyone first, then each part of
 * the country, then lines for particular people. Otherwise as listed in helplines.yaml.
 */
export function inReadingOrder(lines: HelplineData[]): HelplineData[] {
  const rank = (line: HelplineData) => (line.region ? 1 : line.groups.includes('men') ? 2 : line.groups.includes('veterans') ? 3 : 0);
  return lines.map((line, index) => ({ line, index })).sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index).map(({ line }) => line);
}

type HelplinesFor = (country: Country, tier?: Tier) => HelplineData[];

/** Countries with at least one helpline, in the order the site lists them. */
export const countriesWithHelplines = (helplinesFor: HelplinesFor) => countries.filter((c) => helplinesFor(c).length > 0);

/** A country's emergency numbers, as dialled: "999"; Ireland's "112". */
export const emergencyNumbersOf = (helplinesFor: HelplinesFor, country: Country) => helplinesFor(country, 'emergency').flatMap((h) => h.phone ?? []);

/** Each country's emergency numbers, for the top of the get-help page before a country is known. */
export function emergencyNumbers(helplinesFor: HelplinesFor): { country: Country; name: string; numbers: string[] }[] {
  return countries
    .map((country) => ({ country, name: countryNames[country], numbers: emergencyNumbersOf(helplinesFor, country) }))
    .filter((c) => c.numbers.length > 0);
}

/**
 * A country's main lines to call or text tonight, where paper has room for only a few (a printed
 * handout): those that answer all day, for everyone in the country.
 */
export const mainCrisisLines = (helplinesFor: HelplinesFor, country: Country) =>
  helplinesFor(country, 'crisis').filter((h) => answersAllDay(h) && lineLabel(h) === undefined);

/** "116 123" as a reader sees it: never broken across two lines (no-break spaces and hyphens). */
export const dialText = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** "116 123" -> "tel:116123": the href a phone opens. */
export const telHref = (number: string) => `tel:${number.replace(/[\s-]/g, '')}`;
/** A text link; the message, where a service asks for one, is filled in for the reader. */
export const smsHref = (number: string, message?: string) =>
  `sms:${number.replace(/[\s-]/g, '')}${message ? `?&body=${encodeURIComponent(message)}` : ''}`;
