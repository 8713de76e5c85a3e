/**
 * Pages written for men and their families read plainly. The rules are src/lib/readability.ts,
 * asked by `npm run check:content`, whose own function holds the content to them here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIAN_READING_LEVEL_MAX as MAX_MEDIAN, READING_LEVEL_MAX as MAX_SMOG, SENTENCE_WORDS_MAX as MAX_SENTENCE_WORDS } from '../../src/lib/readability.ts';
import { problemsOf } from './checked.ts';
import { smog } from './checks.ts';
import { articles, contentRoot, publicArticles } from './content.ts';

const readerPages = [...publicArticles(), ...articles().filter((a) => a.data.format === 'handout')];

describe('readability of pages written for men and their families', () => {
  it('scores hard text higher than plain text', () => {
    const plain = 'You feel numb. It can pass. Talk to your GP. Help is there for you. Start with one small step.';
    const hard =
      'Psychological interventions demonstrate considerable heterogeneity. Pharmacological management necessitates individualised consideration. Electrophysiological investigations characterise diminished reactivity.';
    expect(smog(plain)).toBeLessThanOrEqual(MAX_SMOG);
    expect(smog(hard)).toBeGreaterThan(MAX_SMOG);
  });

  it.each(readerPages.map((a) => [a.id, a] as const))(`%s has a SMOG grade of ${MAX_SMOG} or less`, (_, article) => {
    expect(problemsOf('reading level', article.file)).toEqual([]);
  });

  it(`public articles have a median SMOG grade of ${MAX_MEDIAN} or less`, () => {
    expect(publicArticles().length).toBeGreaterThanOrEqual(12);
    expect(problemsOf('reading level', join(contentRoot, 'articles/public'))).toEqual([]);
  });

  it.each(readerPages.map((a) => [a.id, a] as const))(`%s keeps sentences to ${MAX_SENTENCE_WORDS} words or fewer`, (_, article) => {
    expect(problemsOf('sentence length', article.file)).toEqual([]);
  });
});
