import { describe, expect, it } from 'vitest';
import { suggestTerms, termChoices } from '../../src/lib/term-search.ts';

const terms = [
  { id: 'prolonged-grief', name: 'Prolonged grief disorder', aliases: ['complicated grief', 'grief', 'bereavement'] },
  { id: 'counselling', name: 'Counselling', aliases: ['counseling', 'talking therapy', 'therapy'] },
  { id: 'cbt', name: 'Cognitive behavioural therapy (CBT)', aliases: ['cognitive therapy'] },
  { id: 'ptsd', name: 'Post-traumatic stress disorder (PTSD)', aliases: ['trauma'] },
];

describe('suggestTerms', () => {
  it.each([
    ['ptsd', ['ptsd']],
    ['grief', ['prolonged-grief']],
    ['complicated grief', ['prolonged-grief']],
    ['talking therapy', ['counselling', 'cbt']],
    ['ptds', ['ptsd']],
    ['Trauma', ['ptsd']],
    ['knitting', []],
  ])('"%s" suggests %j', (query, expected) => {
    expect(suggestTerms(query, terms)).toEqual(expected);
  });
});

it('lists each id with its plain name, aligned', () => {
  expect(termChoices(terms.slice(0, 2))).toEqual(['counselling      Counselling', 'prolonged-grief  Prolonged grief disorder']);
});
