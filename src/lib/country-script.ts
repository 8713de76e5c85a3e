/**
 * The script that picks the reader's country (src/scripts/country-guess.js), as it goes into
 * every page's <head>: inline, so the right country's helplines are shown before the page is
 * first drawn, and allowed by the Content Security Policy through its hash (Astro hashes only the
 * scripts it bundles). Comments and indentation are left out; the code is otherwise as written.
 */
import { createHash } from 'node:crypto';
import type { Country } from '../schemas/helpline.ts';
import source from '../scripts/country-guess.js?raw';
import { countryAnchor } from './helplines.ts';

export interface InlineScript {
  code: string;
  /** For the CSP's script-src: sha256- and the base64 of the SHA-256 of exactly `code`. */
  hash: `sha256-${string}`;
}

/** The script for a site with helplines for `listed`: it guesses only among those countries. */
export function countryScript(listed: readonly Country[]): InlineScript {
  const body = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n')
    .replace(/;?\n*$/, '');
  const code = `(${body})(${JSON.stringify(listed.map(countryAnchor))});`;
  return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}
