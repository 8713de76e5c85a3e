import { describe, expect, it } from 'vitest';
import { citedIds } from './checks.ts';
import { problemsOf } from './checked.ts';
import { clinicianArticles, publicArticles } from './content.ts';

describe('the knowledge base hangs together', () => {
  it('has the first edition in full', () => {
    expect(publicArticles().length).toBeGreaterThanOrEqual(12);
    expect(clinicianArticles().filter((a) => a.data.format !== 'handout').length).toBeGreaterThanOrEqual(8);
    expect(clinicianArticles().filter((a) => a.data.format === 'handout').length).toBeGreaterThanOrEqual(2);
  });

  it('reads citations, including lists of ids', () => {
    expect(citedIds('A <Cite id="ma-2021" /> and <Cite id="palyo-2008, flack-2000" />.')).toEqual(['ma-2021', 'palyo-2008', 'flack-2000']);
    expect(citedIds('No citation here.')).toEqual([]);
  });

  // The rules are src/lib/reference-coverage.ts, asked by `npm run check:content`.
  it('every condition, symptom and treatment is tagged by at least one published article', () => {
    expect(problemsOf('tagged by')).toEqual([]);
  });

  it('every reference is cited by at least one article, term page or assessment tool', () => {
    expect(problemsOf('cited by')).toEqual([]);
  });
});
