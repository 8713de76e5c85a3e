/**
 * Screenshots of every page type at phone and desktop widths, in light and dark, for looking
 * at what we build. Needs a built site served by `npm run preview` (or BASE_URL).
 *   npm run screenshots -- /for-you/ /get-help/      (default: one page of each type)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const out = process.env.OUT ?? 'screenshots';
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/for-you/', '/clinicians/', '/get-help/', '/search/?q=numb', '/conditions/', '/glossary/', '/references/', '/about/', '/404/'];

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
mkdirSync(out, { recursive: true });
for (const path of paths) {
  for (const [device, width] of [['phone', 375], ['desktop', 1280]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      await page.close();
      console.log(`${out}/${name}`);
    }
  }
}
await browser.close();
