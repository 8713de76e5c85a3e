/**
 * The script that picks the reader's country (src/scripts/country-guess.js), run exactly as it
 * is put into every page (src/lib/country-script.ts), in a sandbox that plays the browser: a time
 * zone, the browser's languages, an address, and with or without the browser's own table of time
 * zones by country (Chrome and Safari have one; Firefox has not).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { countryScript } from '../../src/lib/country-script.ts';
import { countryAnchor } from '../../src/lib/helplines.ts';
import { countries, type Country } from '../../src/schemas/helpline.ts';

interface Browser {
  zone?: string;
  languages: string[];
  hash?: string;
  /** "method": Intl.Locale#getTimeZones(); "accessor": the older #timeZones; "none": Firefox. */
  zoneTable?: 'method' | 'accessor' | 'none';
}

/** Runs the page's script in a pretend browser; returns what it set and its change handler. */
function inBrowser(browser: Browser, listed: readonly Country[] = countries) {
  const { zone, languages, hash = '', zoneTable = 'method' } = browser;
  const zonesOf = (locale: Intl.Locale) => (locale as Intl.Locale & { getTimeZones(): string[] | undefined }).getTimeZones();
  const Locale =
    zoneTable === 'method'
      ? Intl.Locale
      : class extends Intl.Locale {
          // Hides the method the browser has not got; the older property may stand in for it.
          override getTimeZones = undefined as unknown as () => string[];
          get timeZones() {
            return zoneTable === 'accessor' ? zonesOf(new Intl.Locale(this.toString())) : undefined;
          }
        };
  const dataset: Record<string, string> = {};
  const handlers: Record<string, (event: unknown) => void> = {};
  runInNewContext(countryScript(listed).code, {
    Intl: { Locale, DateTimeFormat: () => ({ resolvedOptions: () => ({ timeZone: zone }) }) },
    navigator: { languages },
    location: { hash },
    document: { documentElement: { dataset } },
    addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler),
  });
  return { country: dataset.country, dataset, handlers };
}

describe('the reader\'s country, guessed in the browser', () => {
  it.each([
    // The time zone says where he is, whatever his browser's language.
    ['Europe/London', ['en-US'], 'uk'],
    ['Europe/Dublin', ['en-GB'], 'ie'],
    ['America/Toronto', ['en-US'], 'ca'],
    ['America/Vancouver', ['en'], 'ca'],
    ['America/St_Johns', ['en-US'], 'ca'],
    ['America/New_York', ['en-GB'], 'us'],
    ['America/Los_Angeles', ['es-MX', 'en'], 'us'],
    ['America/Indianapolis', ['en-US'], 'us'],
    ['Pacific/Honolulu', ['en-US'], 'us'],
    ['Australia/Perth', ['en-GB'], 'au'],
    ['Australia/Sydney', ['en-US'], 'au'],
    ['Pacific/Auckland', ['en-AU'], 'nz'],
    ['Pacific/Chatham', ['en'], 'nz'],
    // A zone elsewhere in the world: no guess, even with a listed language.
    ['Europe/Madrid', ['en-GB'], ''],
    ['America/Mexico_City', ['en-US'], ''],
    ['Asia/Kolkata', ['en-US'], ''],
    // A zone that names no place (a privacy setting): the languages decide, first listed first.
    ['UTC', ['en-NZ', 'en-AU'], 'nz'],
    ['Etc/UTC', ['fr-CA', 'en-US'], 'ca'],
    ['UTC', ['de-DE', 'en-IE'], 'ie'],
    ['UTC', ['en-GB'], 'uk'],
    ['UTC', ['en', 'fr'], ''],
    [undefined, ['en-US'], 'us'],
  ])('%s with %j: %j', (zone, languages, expected) => {
    expect(inBrowser({ zone, languages }).country).toBe(expected);
  });

  it.each([
    ['America/Toronto', ['en-CA'], 'ca'],
    ['Europe/London', ['en-GB'], 'uk'],
    ['Europe/Madrid', ['en-GB'], 'uk'],
    ['Australia/Sydney', ['en-US'], 'us'],
    ['Europe/Berlin', ['de-DE'], ''],
  ])('without the browser\'s table of zones (Firefox), the languages decide: %s with %j: %j', (zone, languages, expected) => {
    expect(inBrowser({ zone, languages, zoneTable: 'none' }).country).toBe(expected);
  });

  it('reads the older timeZones property where a browser has that instead', () => {
    expect(inBrowser({ zone: 'America/Toronto', languages: ['en-US'], zoneTable: 'accessor' }).country).toBe('ca');
  });

  it('puts a country named in the address (/get-help/#ie) before any guess', () => {
    expect(inBrowser({ zone: 'Europe/London', languages: ['en-GB'], hash: '#ie' }).country).toBe('ie');
    expect(inBrowser({ zone: 'Europe/London', languages: ['en-GB'], hash: '#main' }).country).toBe('uk');
  });

  it('guesses only among the countries the site has helplines for', () => {
    expect(inBrowser({ zone: 'America/New_York', languages: ['en-US'] }, ['UK']).country).toBe('');
    expect(inBrowser({ zone: 'UTC', languages: ['en-US', 'en-GB'] }, ['UK']).country).toBe('uk');
    expect(inBrowser({ zone: 'Europe/London', languages: ['en-GB'], hash: '#ie' }, ['UK']).country).toBe('uk');
  });

  it('changes the country when the reader chooses one in a switch, and only then', () => {
    const { dataset, handlers } = inBrowser({ zone: 'Europe/London', languages: ['en-GB'] });
    const choose = (value: string, isSwitch = true) => handlers.change!({ target: { value, matches: () => isSwitch } });
    choose('ie');
    expect(dataset.country).toBe('ie');
    choose('', true);
    expect(dataset.country).toBe('');
    choose('au', false);
    expect(dataset.country).toBe('');
  });
});

describe('the script as it goes into the page', () => {
  const { code, hash } = countryScript(countries);

  it('is allowed by the CSP through the hash of exactly its text', () => {
    expect(hash).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
  });

  it('carries no comments, and the codes of the countries listed', () => {
    expect(code).not.toMatch(/^\s*\/\//m);
    expect(code).toContain(JSON.stringify(countries.map(countryAnchor)));
  });

  it('has a CSS rule in CrisisLines that shows each listed country alone', () => {
    const css = readFileSync('src/components/CrisisLines.astro', 'utf8');
    for (const country of countries) {
      const code = countryAnchor(country);
      expect(css, country).toContain(`html[data-country='${code}'] .crisis-lines .country:not([data-country='${code}'])`);
    }
  });
});
