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

// Depression (common): numb, tired, flat. PTSD (less common, by default): numb, edgy.
// Burnout (common): tired (written on the symptom's side). A rare condition (2 ticks needed):
// numb, flat. A serious condition (3 ticks needed): numb, edgy, flat. "Dark thoughts" is a risk.
const graph = buildGraph({
  terms: {
    conditions: [
      { ...term('depression', 'Depression'), symptoms: ['numb', 'tired', 'flat'], treatments: ['cbt'], commonness: 'common' },
      { ...term('ptsd', 'PTSD'), symptoms: ['numb', 'edgy'], treatments: ['cbt', 'emdr'] },
      { ...term('burnout', 'Burnout'), symptoms: [], treatments: ['rest'], commonness: 'common' },
      { ...term('rare', 'A rare condition'), symptoms: ['numb', 'flat'], treatments: ['care'], commonness: 'rare', minMatches: 2 },
      { ...term('serious', 'A serious condition'), symptoms: ['numb', 'edgy', 'flat'], treatments: [], minMatches: 3 },
    ],
    symptoms: [
      { ...term('numb', 'Feeling numb'), conditions: [] },
      { ...term('tired', 'Always tired'), conditions: ['burnout'] },
      { ...term('flat', 'Feeling flat'), conditions: [] },
      { ...term('edgy', 'On edge'), conditions: [] },
      { ...term('lonely', 'Lonely'), conditions: [] },
      { ...term('dark', 'Dark thoughts'), conditions: [], risk: true },
    ],
    treatments: [
      { ...term('cbt', 'CBT'), conditions: [], evidence: [] },
      { ...term('emdr', 'EMDR'), conditions: [], evidence: [] },
      { ...term('rest', 'Rest'), conditions: [], evidence: [] },
      { ...term('care', 'Specialist care'), conditions: [], evidence: [] },
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

  it('carries the editors\' settings, with the defaults filled in for a condition that does not say', () => {
    const condition = (id: string) => data.conditions.find((c) => c.id === id);
    expect(condition('rare')).toMatchObject({ commonness: 'rare', minMatches: 2 });
    expect(condition('ptsd')).toMatchObject({ commonness: 'less-common', minMatches: 1 });
    expect(data.symptoms.filter((s) => s.risk).map((s) => s.id)).toEqual(['dark']);
    // Only a risk says so: the other symptoms carry no flag at all.
    expect(data.symptoms.find((s) => s.id === 'numb')).toEqual({ id: 'numb', name: 'Feeling numb' });
  });

  it('holds no prose, so the page stays light', () => {
    expect(JSON.stringify(data)).not.toContain('"summary"');
  });
});

describe('rankMatches', () => {
  it.each([
    // One tick never lists a condition that needs two or three, and common comes before less common.
    [['numb'], ['Depression', 'PTSD']],
    // Equal after rarity: the condition whose signs were more fully ticked.
    [['tired'], ['Burnout', 'Depression']],
    [['numb', 'tired'], ['Depression', 'Burnout', 'PTSD']],
    // Two ticks beat one, even for a less common condition (2 - 0.5 against 1).
    [['numb', 'edgy'], ['PTSD', 'Depression']],
    // The rare condition, now at its two ticks, counts one tick less than the others.
    [['numb', 'flat'], ['Depression', 'A rare condition', 'PTSD']],
    // The serious condition needs all three of its signs, and then leads.
    [['numb', 'edgy', 'flat'], ['A serious condition', 'Depression', 'PTSD', 'A rare condition']],
    [['numb', 'edgy', 'tired', 'flat'], ['Depression', 'A serious condition', 'PTSD', 'A rare condition', 'Burnout']],
    [['lonely'], []],
    [[], []],
  ])('ticking %j ranks conditions %j', (ticked, expected) => {
    expect(names(rankMatches(data, ticked).conditions)).toEqual(expected);
  });

  it.each([
    [[], false],
    [['numb', 'edgy', 'tired', 'flat'], false],
    [['dark'], true],
    [['numb', 'dark'], true],
    [['no-such-symptom'], false],
  ])('ticking %j is urgent: %s', (ticked, urgent) => {
    expect(rankMatches(data, ticked).urgent).toBe(urgent);
  });

  it('brings no treatment or guide for a condition it does not list', () => {
    expect(names(rankMatches(data, ['numb']).treatments)).toEqual(['CBT', 'EMDR']);
    expect(names(rankMatches(data, ['numb', 'flat']).treatments)).toEqual(['CBT', 'Specialist care', 'EMDR']);
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
    expect(rankMatches(data, ['no-such-symptom'])).toEqual({ urgent: false, conditions: [], treatments: [], articles: [] });
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
