/**
 * Public pages stay public: a guide for men and the people close to them sends its reader on to
 * other public guides and to patient handouts, in its body and in "Read next", never to a
 * clinical summary written for clinicians. The rule is src/lib/public-links.ts, asked by
 * `npm run check:content` (with "Read next" from the site's own graph), whose own function holds
 * the content to it here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsOf } from './checked.ts';
import { clinicianLinks, clinicianReadNext } from './checks.ts';
import { publicArticles, readEntry, repoRoot } from './content.ts';

describe('a public page sends its reader on to public pages and handouts only', () => {
  const fixture = readEntry(join(repoRoot, 'tests/fixtures/public-links/sends-to-clinicians.mdx'));

  it('finds the clinician links in a page that has them, and allows handouts', () => {
    expect(clinicianLinks(fixture.body, new Set(['fixture-handout']))).toEqual(['/clinicians/first-summary/', '/clinicians/']);
    expect(clinicianLinks('[x](/clinicians/first-summary/#risk) [y](/clinicians/fixture-handout/#top)', new Set(['fixture-handout']))).toEqual([
      '/clinicians/first-summary/#risk',
    ]);
  });

  it('finds a clinical summary in a "Read next" list, and allows handouts', () => {
    const summary = { url: '/clinicians/first-summary/', format: 'clinical-summary' };
    const handout = { url: '/clinicians/fixture-handout/', format: 'handout' };
    const guide = { url: '/for-you/first-guide/', format: 'guide' };
    expect(clinicianReadNext([guide, summary, handout])).toEqual(['/clinicians/first-summary/']);
  });

  it.each(publicArticles().map((a) => [a.id, a] as const))('%s: its links and its "Read next"', (_, article) => {
    expect(problemsOf('link for clinicians', article.file), 'links in the body').toEqual([]);
    expect(problemsOf('Read next', article.file), '"Read next" has something to offer, and no clinical summary').toEqual([]);
  });
});
