/**
 * Lighthouse (its default mobile settings) on one page of each main kind, with the system
 * Chromium: nothing is downloaded and the browser reaches nothing but the site.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface Scores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions'];

/** Home, the first article, the first symptom page and search, as built in `dist`. */
function pagesToTest(dist: string): string[] {
  // Folders named by a number are later pages of a list (/for-you/2/), not articles or terms.
  const first = (dir: string) => readdirSync(join(dist, dir)).filter((d) => !d.includes('.') && !/^\d+$/.test(d)).sort()[0];
  return ['/', `/for-you/${first('for-you')}/`, `/symptoms/${first('symptoms')}/`, '/search/'];
}

export async function lighthouseScores(base: string, site: string): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: flags });
  try {
    const scores: Scores[] = [];
    for (const path of pagesToTest(join(site, 'dist'))) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const category = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
      scores.push({ path, performance: category('performance'), accessibility: category('accessibility'), bestPractices: category('best-practices'), seo: category('seo') });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
