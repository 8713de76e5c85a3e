/**
 * The content rules the content tests use, each from the one module that owns it (src/lib), so
 * the tests, `npm run check:content` and the preview can never hold different rules.
 */
export { COPY_RUN, copiedRuns, fingerprint, ngrams, runs, words } from '../../src/lib/originality.ts';
export { median, sentences, smog } from '../../src/lib/readability.ts';
export { clinicianLinks, clinicianReadNext, internalLinks as links } from '../../src/lib/public-links.ts';
export { linksToGetHelp, linksToTermPage } from '../../src/lib/help-links.ts';
export { citationOrder as citedIds } from '../../src/lib/body.ts';
