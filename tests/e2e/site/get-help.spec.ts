/**
 * The get-help page, checked against content/helplines.yaml read straight from the file: three
 * tiers per country, every number a link a phone can dial, each with its source and the date it
 * was last checked, and a country picker that needs no script and stores nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';

interface Helpline {
  country: string;
  tier: string;
  service: string;
  phone?: string;
  text?: { number: string; message?: string };
  source: string;
  verified: Date | string;
}
const helplines = load(readFileSync('content/helplines.yaml', 'utf8')) as Helpline[];
const countries = ['US', 'UK', 'IE', 'CA', 'AU', 'NZ'];
const digits = (s: string) => s.replace(/\D/g, '');
const isoDate = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

test('every country has the three tiers, in order of urgency', async ({ page }) => {
  await page.goto('/get-help/');
  for (const country of countries) {
    await expect(page.locator(`#${country.toLowerCase()} h3`), country).toHaveText(['In danger now', 'Urgent: talk to someone today', 'Not urgent: start getting support']);
  }
});

test('every helpline is there with a number to dial or text, its source and when it was last checked', async ({ page }) => {
  await page.goto('/get-help/');
  expect(helplines.length).toBeGreaterThan(countries.length);
  for (const h of helplines) {
    const entry = page.locator(`#${h.country.toLowerCase()} li`).filter({ has: page.locator('.service', { hasText: h.service }) });
    await expect(entry, `${h.country} ${h.service}`).toHaveCount(1);
    if (h.phone) await expect(entry.locator(`a[href="tel:${digits(h.phone)}"]`), h.service).toHaveCount(1);
    if (h.text) await expect(entry.locator(`a[href^="sms:${digits(h.text.number)}"]`), h.service).toHaveCount(1);
    await expect(entry.locator('.meta'), h.service).toContainText(`Source: ${h.source}.`);
    await expect(entry.locator(`time[datetime="${isoDate(h.verified)}"]`), h.service).toHaveCount(1);
  }
  // Every number on the page, wherever it is, is a link whose digits are the ones shown.
  for (const link of await page.locator('a[href^="tel:"], a[href^="sms:"]').all()) {
    const href = (await link.getAttribute('href'))!;
    expect(digits(await link.innerText()), href).toContain(digits(href.replace(/\?.*/, '')));
  }
});

test('the emergency numbers are at the top, one tap away before choosing a country', async ({ page }) => {
  await page.goto('/get-help/');
  const danger = page.getByRole('region', { name: /In danger now/ });
  for (const h of helplines.filter((h) => h.tier === 'emergency')) {
    await expect(danger.locator(`a[href="tel:${digits(h.phone!)}"]`).first(), h.country).toBeVisible();
  }
});

test('choosing a country shows it alone, with no script and nothing stored; the reader can go back to all', async ({ page }) => {
  await page.goto('/get-help/');
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Choose your country' }).getByRole('link', { name: 'Ireland' }).click();
  await expect(page).toHaveURL(/#ie$/);
  await expect(page.getByRole('region', { name: 'Ireland' })).toBeVisible();
  for (const other of countries.filter((c) => c !== 'IE')) await expect(page.locator(`#${other.toLowerCase()}`)).toBeHidden();
  await page.getByRole('region', { name: 'Ireland' }).getByRole('link', { name: 'Choose another country' }).click();
  for (const country of countries) await expect(page.locator(`#${country.toLowerCase()}`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every country is listed', async ({ page }) => {
    await page.goto('/get-help/');
    for (const country of countries) await expect(page.locator(`#${country.toLowerCase()}`)).toBeVisible();
  });
});
