import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';
import { explorerData, explorerDataVersion, rankMatches, readExplorerData } from '../../src/lib/symptom-explorer.ts';
import { listInWords } from '../../src/lib/words.ts';

const term = (id: string, name: string) => ({ id, name, filePath: `${id}.mdx`, aliases: [], summary: 's', body: '' });
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const article = (id: string, over: Partial<GraphInput['articles'][number]>): GraphInput['articles'][number] => ({
  id, filePath: `${id}.mdx`, body: '', title: `Guide ${id}`, description: 'd', audience: 'public', format: 'guide',
  conditions: [], symptoms: [], treatments: [], related: [], draft: false,
  published: day('2026-01-01'), lastReviewed: day('2026-01-01'), nextReview: day('2027-01-01'), ...over,
});

// Depression: numb, tired, flat. PTSD: numb, edgy. Burnout: tired (written on the symptom's side).
const graph = buildGraph({
  terms: {
    conditions: [
      { ...term('depression', 'Depression'), symptoms: ['numb', 'tired', 'flat'], treatments: ['cbt'] },
      { ...term('ptsd', 'PTSD'), symptoms: ['numb', 'edgy'], treatments: ['cbt', 'emdr'] },
      { ...term('burnout', 'Burnout'), symptoms: [], treatments: ['rest'] },
    ],
    symptoms: [
      { ...term('numb', 'Feeling numb'), conditions: [] },
      { ...term('tired', 'Always tired'), conditions: ['burnout'] },
      { ...term('flat', 'Feeling flat'), conditions: [] },
      { ...term('edgy', 'On edge'), conditions: [] },
      { ...term('lonely', 'Lonely'), conditions: [] },
    ],
    treatments: [
      { ...term('cbt', 'CBT'), conditions: [], evidence: [] },
      { ...term('emdr', 'EMDR'), conditions: [], evidence: [] },
      { ...term('rest', 'Rest'), conditions: [], evidence: [] },
    ],
  },
  articles: [
    article('old', { symptoms: ['numb', 'tired'], published: day('2026-01-01') }),
    article('new', { conditions: ['ptsd'], published: day('2026-05-01') }),
    article('clinical', { symptoms: ['numb'], audience: 'practitioner' }),
    article('draft', { symptoms: ['numb'], draft: true }),
  ],
});
const data = explorerData(graph);
const names = (matches: { name: string }[]) => matches.map((m) => m.name);

describe('explorerData', () => {
  it('packs each condition with its symptoms from both sides of the relation', () => {
    expect(data.conditions.find((c) => c.id === 'burnout')?.symptoms).toEqual(['tired']);
    expect(data.treatments.find((t) => t.id === 'cbt')?.conditions).toEqual(['depression', 'ptsd']);
  });

  it('keeps only published guides for the public', () => {
    expect(data.articles.map((a) => a.title)).toEqual(['Guide new', 'Guide old']);
  });

  it('holds no prose, so the page stays light', () => {
    expect(JSON.stringify(data)).not.toContain('"summary"');
  });
});

describe('rankMatches', () => {
  it.each([
    // Two matches beat one; between equals, the condition whose signs were more fully ticked.
    [['numb', 'tired'], ['Depression', 'Burnout', 'PTSD']],
    [['numb'], ['PTSD', 'Depression']],
    [['numb', 'edgy', 'tired', 'flat'], ['Depression', 'PTSD', 'Burnout']],
    [['lonely'], []],
    [[], []],
  ])('ticking %j ranks conditions %j', (ticked, expected) => {
    expect(names(rankMatches(data, ticked).conditions)).toEqual(expected);
  });

  it('says why each condition is shown, in plain words', () => {
    const [depression] = rankMatches(data, ['numb', 'tired']).conditions;
    expect(depression).toEqual({
      name: 'Depression',
      url: '/conditions/depression/',
      why: 'Linked to 2 things you ticked: always tired and feeling numb. 2 of the 3 signs we list for it.',
    });
    expect(rankMatches(data, ['edgy']).conditions[0]?.why).toBe('Linked to one thing you ticked: on edge. 1 of the 2 signs we list for it.');
    expect(rankMatches(data, ['tired']).conditions.find((c) => c.name === 'Burnout')?.why).toBe('Linked to one thing you ticked: always tired. It is the only sign we list for it.');
  });

  it('ranks treatments by the conditions they are used for', () => {
    const { treatments } = rankMatches(data, ['numb', 'edgy']);
    expect(names(treatments)).toEqual(['CBT', 'EMDR']);
    expect(treatments[0]?.why).toBe('Used for depression and PTSD.');
  });

  it('ranks guides by the ticked symptoms, then the linked conditions, they are about', () => {
    const { articles } = rankMatches(data, ['numb', 'tired', 'edgy']);
    expect(names(articles)).toEqual(['Guide old', 'Guide new']);
    expect(articles.map((a) => a.why)).toEqual(['About always tired and feeling numb.', 'About PTSD.']);
  });

  it('ignores ids it does not know', () => {
    expect(rankMatches(data, ['no-such-symptom'])).toEqual({ conditions: [], treatments: [], articles: [] });
  });
});

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j -> %j', (items, expected) => expect(listInWords(items)).toBe(expected));
});

// The page's script fetches the data as a JSON file: it must survive JSON.
it('ranks the same after a round trip through JSON', () => {
  const parsed = readExplorerData(JSON.parse(JSON.stringify(data)));
  expect(parsed).toEqual(data);
  expect(rankMatches(parsed!, ['numb', 'tired'])).toEqual(rankMatches(data, ['numb', 'tired']));
});

describe('readExplorerData', () => {
  it('carries the version of its shape', () => {
    expect(data.version).toBe(explorerDataVersion);
  });

  // A page older than the file (kept open, or cached, across a new build) must not rank a shape it does not know.
  it.each<[string, unknown]>([
    ['another version', { ...data, version: explorerDataVersion + 1 }],
    ['no version', { ...data, version: undefined }],
    ['a list missing', { ...data, articles: undefined }],
    ['a list that is not a list', { ...data, conditions: {} }],
    ['null', null],
    ['an array', []],
    ['a string', 'not data'],
  ])('refuses %s', (_, json) => {
    expect(readExplorerData(json)).toBeUndefined();
  });
});
