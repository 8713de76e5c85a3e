/**
 * The way to help, as a man on a 375 px phone meets it, checked against content/helplines.yaml
 * read straight from the file. His browser's language and time zone (Playwright's locale and
 * timezoneId) say where he is; one tap on "Get help now" from any page must put a line he can
 * call or text tonight, for that country, on his screen. Without JavaScript every country is
 * listed. Nothing leaves the site and nothing is stored.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { articleFiles } from '../helpers.ts';

interface Helpline {
  id: string;
  country: string;
  region?: string;
  tier: string;
  service: string;
  phone?: string;
  text?: { number: string; message?: string };
  hours: string;
  groups?: string[];
  source: string;
  sourceUrl: string;
  verified: Date | string;
}
const helplines = load(readFileSync('content/helplines.yaml', 'utf8')) as Helpline[];
const countries = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ'];
const code = (country: string) => country.toLowerCase();
const digits = (s: string) => s.replace(/\D/g, '');
const isoDate = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const allDay = (h: Helpline) => h.hours === '24 hours, every day';
/** The line a country's box names first for tonight: open all day, for everyone in the country. */
const firstCrisisLine = (country: string) =>
  helplines.find((h) => h.country === country && h.tier === 'crisis' && allDay(h) && !h.region && !h.groups?.some((g) => g === 'men' || g === 'veterans'))!;
const numberLink = (h: Helpline) => (h.phone ? `a[href="tel:${digits(h.phone)}"]` : `a[href^="sms:${digits(h.text!.number)}"]`);

const phone = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
/** A phone in each country, as its browser describes where it is. */
const phones = [
  { country: 'UK', locale: 'en-GB', timezoneId: 'Europe/London' },
  { country: 'US', locale: 'en-US', timezoneId: 'America/Chicago' },
  { country: 'IE', locale: 'en-IE', timezoneId: 'Europe/Dublin' },
  // Set to American English, as many phones in Canada are: the time zone says Canada.
  { country: 'CA', locale: 'en-US', timezoneId: 'America/Toronto' },
  { country: 'AU', locale: 'en-AU', timezoneId: 'Australia/Sydney' },
  { country: 'NZ', locale: 'en-NZ', timezoneId: 'Pacific/Auckland' },
];
const guide = articleFiles('content').find((a) => a.audience === 'public' && !a.draft)!;
/** Pages of each kind a man might be reading when he needs help. */
const startingPages = ['/', guide.url, '/symptoms/emotional-numbness/', '/search/', '/glossary/'];

/** Every request the browser makes, whatever its origin. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}
const storedOnDevice = (page: Page) =>
  page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));

for (const { country, locale, timezoneId } of phones) {
  test.describe(`a phone in ${country} (${locale}, ${timezoneId})`, () => {
    test.use({ ...phone, locale, timezoneId });
    const crisis = firstCrisisLine(country);
    const emergency = helplines.find((h) => h.country === country && h.tier === 'emergency')!;

    test(`one tap on "Get help now" from any page puts ${crisis.service} and ${emergency.phone} on the first screen`, async ({ page, context, baseURL }) => {
      const requests = recordRequests(context);
      for (const start of startingPages) {
        await page.goto(start);
        await page.getByRole('banner').getByRole('link', { name: 'Get help now' }).tap();
        await expect(page, start).toHaveURL(/\/get-help\/$/);
        const mine = page.locator(`#${code(country)}`);
        await expect(mine.locator(numberLink(crisis)).first(), `${start}: ${crisis.service}`).toBeInViewport({ ratio: 1 });
        await expect(mine.locator(`a[href="tel:${digits(emergency.phone!)}"]`).first(), `${start}: ${emergency.phone}`).toBeInViewport({ ratio: 1 });
        for (const other of countries.filter((c) => c !== country)) await expect(page.locator(`#${code(other)}`), other).toBeHidden();
      }
      expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
      expect(await storedOnDevice(page)).toEqual({ local: 0, session: 0, cookie: '' });
      expect(await context.cookies()).toEqual([]);
    });

    test('the help box at the end of a guide shows his country\'s emergency number and the lines open all night', async ({ page }) => {
      await page.goto(guide.url);
      const box = page.getByRole('complementary', { name: 'Urgent help' });
      const mine = box.locator(`.country[data-country="${code(country)}"]`);
      for (const h of helplines.filter((h) => h.country === country && (h.tier === 'emergency' || (h.tier === 'crisis' && allDay(h))))) {
        await expect(mine.locator(numberLink(h)).first(), h.service).toBeVisible();
      }
      for (const other of countries.filter((c) => c !== country)) await expect(box.locator(`.country[data-country="${code(other)}"]`), other).toBeHidden();
    });
  });
}

test.describe('on a phone in the UK', () => {
  test.use({ ...phone, locale: 'en-GB', timezoneId: 'Europe/London' });

  test('the get-help page is short: the UK alone, its sources folded away', async ({ page }) => {
    await page.goto('/get-help/');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // It was about 12,800 px with every country listed.
    expect(height).toBeLessThan(5000);
    const sources = page.locator('#uk details.sources');
    await expect(sources).not.toHaveAttribute('open');
    await expect(sources.getByRole('link').first()).toBeHidden();
    await sources.locator('summary').tap();
    await expect(sources.getByRole('link').first()).toBeVisible();
  });

  test('the UK\'s nations, men\'s and veterans\' lines are named plainly', async ({ page }) => {
    await page.goto('/get-help/');
    const uk = page.locator('#uk');
    for (const h of helplines.filter((h) => h.country === 'UK' && h.tier !== 'emergency')) {
      const label = h.region ? `In ${h.region}:` : h.groups?.includes('veterans') ? 'For veterans:' : h.groups?.includes('men') ? 'For men:' : '';
      await expect(uk.locator('.service', { hasText: h.service }), h.service).toContainText(`${label} ${h.service}`.trim());
    }
  });

  test('"Not your country?" changes the country, stores nothing and asks nothing of any other site', async ({ page, context, baseURL }) => {
    const requests = recordRequests(context);
    await page.goto(guide.url);
    const box = page.getByRole('complementary', { name: 'Urgent help' });
    const samaritansUK = helplines.find((h) => h.id === 'uk-samaritans')!;
    const pieta = helplines.find((h) => h.id === 'ie-pieta')!;
    await expect(box.locator('.country[data-country="uk"]')).toBeVisible();
    await expect(box.getByRole('combobox', { name: 'Your country' })).toHaveValue('Not your country?');
    await box.getByRole('combobox', { name: 'Your country' }).selectOption('Ireland');
    await expect(box.locator('.country[data-country="ie"]').locator(numberLink(pieta))).toBeVisible();
    await expect(box.locator('.country[data-country="uk"]')).toBeHidden();
    await box.getByRole('combobox', { name: 'Your country' }).selectOption('All countries');
    for (const country of countries) await expect(box.locator(`.country[data-country="${code(country)}"]`)).toBeVisible();
    await expect(box.locator(numberLink(samaritansUK)).first()).toBeVisible();
    expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
    expect(await storedOnDevice(page)).toEqual({ local: 0, session: 0, cookie: '' });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the help pages at phone width (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ['/get-help/', guide.url, '/search/?q=want%20to%20die']) {
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.locator('#search-crisis')).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      }
    });
  }
});

test.describe('a browser that names no place (time zone UTC, language without a region)', () => {
  test.use({ ...phone, locale: 'en', timezoneId: 'UTC' });
  test('lists every country, every emergency number first, and lets him choose one', async ({ page }) => {
    await page.goto('/get-help/');
    const danger = page.getByRole('region', { name: /In danger now/ });
    for (const h of helplines.filter((h) => h.tier === 'emergency')) await expect(danger.locator(`a[href="tel:${digits(h.phone!)}"]`).first(), h.id).toBeVisible();
    for (const country of countries) await expect(page.locator(`#${code(country)}`)).toBeVisible();
    await page.getByRole('navigation', { name: 'Choose your country' }).getByRole('link', { name: 'New Zealand' }).tap();
    await expect(page.locator('#nz')).toBeVisible();
    await expect(page.locator('#uk')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ ...phone, javaScriptEnabled: false, locale: 'en-GB', timezoneId: 'Europe/London' });

  test('every country is listed, each in three tiers, most urgent first', async ({ page }) => {
    await page.goto('/get-help/');
    for (const country of countries) {
      const section = page.locator(`#${code(country)}`);
      await expect(section, country).toBeVisible();
      await expect(section.locator('.tier-title'), country).toHaveText([/^Call [\d ]+(or [\d ]+ )?now if…$/, 'Call or text tonight if…', /^See your .+ this week if…$/]);
    }
  });

  test('every helpline is there with a number to dial or text, and its source and date in the folded list', async ({ page }) => {
    await page.goto('/get-help/');
    expect(helplines.length).toBeGreaterThan(countries.length * 3);
    for (const h of helplines) {
      const section = page.locator(`#${code(h.country)}`);
      if (h.phone) await expect(section.locator(`a[href="tel:${digits(h.phone)}"]`).first(), `${h.id} phone`).toBeVisible();
      if (h.text) await expect(section.locator(`a[href^="sms:${digits(h.text.number)}"]`).first(), `${h.id} text`).toBeVisible();
      const source = section.locator('details.sources li', { hasText: `${h.service}:` });
      await expect(source.getByRole('link', { name: h.source, exact: true, includeHidden: true }).first(), h.id).toHaveAttribute('href', h.sourceUrl);
      await expect(source.locator(`time[datetime="${isoDate(h.verified)}"]`).first(), h.id).toBeAttached();
    }
    // Every number on the page, wherever it is, is a link whose digits are the ones shown.
    for (const link of await page.locator('a[href^="tel:"], a[href^="sms:"]').all()) {
      const href = (await link.getAttribute('href'))!;
      expect(digits(await link.innerText()), href).toContain(digits(href.replace(/\?.*/, '')));
    }
  });

  test('a link to one country shows it alone; every help box lists every country', async ({ page }) => {
    await page.goto('/get-help/');
    await page.getByRole('navigation', { name: 'Choose your country' }).getByRole('link', { name: 'Ireland' }).tap();
    await expect(page).toHaveURL(/#ie$/);
    await expect(page.locator('#ie')).toBeVisible();
    for (const other of countries.filter((c) => c !== 'IE')) await expect(page.locator(`#${code(other)}`)).toBeHidden();
    await page.goto(guide.url);
    const box = page.getByRole('complementary', { name: 'Urgent help' });
    await expect(box.getByRole('combobox')).toBeHidden();
    for (const country of countries) await expect(box.locator(`.country[data-country="${code(country)}"]`), country).toBeVisible();
  });
});
