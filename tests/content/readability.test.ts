import { describe, expect, it } from 'vitest';
import { median, smog } from './checks.ts';
import { longSentences, READING_LEVEL_MAX as MAX_SMOG, SENTENCE_WORDS_MAX as MAX_SENTENCE_WORDS } from '../../src/lib/readability.ts';
import { articles, publicArticles } from './content.ts';

const MAX_MEDIAN = 9;

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
    expect(smog(article.body)).toBeLessThanOrEqual(MAX_SMOG);
  });

  it(`public articles have a median SMOG grade of ${MAX_MEDIAN} or less`, () => {
    const scores = publicArticles().map((a) => smog(a.body));
    expect(scores.length).toBeGreaterThanOrEqual(12);
    expect(median(scores)).toBeLessThanOrEqual(MAX_MEDIAN);
  });

  it.each(readerPages.map((a) => [a.id, a] as const))(`%s keeps sentences to ${MAX_SENTENCE_WORDS} words or fewer`, (_, article) => {
    expect(longSentences(article.body)).toEqual([]);
  });
});
