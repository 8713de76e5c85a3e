import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import type { KnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { buildDataSet, dataSetNames, dataSets, jsonSchemaOf } from '../../src/lib/open-data.ts';

const site = new URL('https://example.org');
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const term = (id: string) => ({ id, name: `Name of ${id}`, filePath: `${id}.mdx`, aliases: ['other name'], summary: 'A summary long enough.', body: '' });
const graph = buildGraph({
  terms: {
    conditions: [{ ...term('ptsd'), symptoms: ['numb'], treatments: ['cbt'] }],
    symptoms: [{ ...term('numb'), conditions: [] }],
    treatments: [
      {
        ...term('cbt'),
        conditions: ['ptsd'],
        evidence: [{ condition: 'ptsd', grade: 'meta-analysis', sources: ['smith-2020'], summary: 'A pooled review found a clear effect.', downsides: 'None reported.' }],
      },
    ],
  },
  articles: [
    {
      id: 'why-numb', filePath: 'why-numb.mdx', body: 'Text <Cite id="smith-2020" />.', title: 'Why you might feel numb',
      description: 'A description of forty characters or more for the test.', audience: 'public', format: 'guide',
      conditions: ['ptsd'], symptoms: ['numb'], treatments: [], related: [], draft: false,
      published: day('2026-01-02'), lastReviewed: day('2026-01-03'), nextReview: day('2027-01-03'),
    },
  ],
});
const kb = {
  ...graph,
  references: [
    { id: 'smith-2020', type: 'article-journal', author: [{ family: 'Smith', given: 'A.' }], issued: { 'date-parts': [[2020]] }, title: 'A title', checked: { records: ['https://example.org/records/smith-2020'], unconfirmed: [] }, note: 'editors only', apa: '<div>Smith</div>' },
  ],
  helplines: [
    { id: 'uk-999', country: 'UK', tier: 'emergency', service: 'Emergency services', phone: '999', hours: '24 hours, every day', for: 'Anyone', groups: [], source: 'A public record', sourceUrl: 'https://example.org/999', verified: day('2026-01-01') },
  ],
  instruments: [
    {
      id: 'scale', url: '/clinicians/tools/scale/', filePath: 'scale.mdx', body: 'Notes.', note: 'editors only', name: 'A scale', shortName: 'AS-1',
      summary: 'A one-item scale that exists only for this test.', measures: 'How numb the person felt.', itemCount: 1, itemsSummary: 'One item about feeling numb.', completedBy: 'self-report',
      cutOffs: [{ score: '1', meaning: 'Something.', source: 'smith-2020' }], references: ['smith-2020'], conditions: ['ptsd'], symptoms: [],
      licence: { holder: 'Someone', reproduction: 'not-confirmed', terms: 'No page says whether the item may be reproduced.', confirmedAt: ['https://example.org/licence'], checked: day('2026-12-03') },
    },
  ],
} as unknown as KnowledgeBase;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validatorFor = (name: (typeof dataSetNames)[number]) => {
  const schema = jsonSchemaOf(name, site);
  return ajv.getSchema(schema.$id as string) ?? ajv.compile(schema);
};

describe('open data', () => {
  it.each(dataSetNames)('%s: its JSON Schema compiles, and its data validates against it', (name) => {
    const validate = validatorFor(name);
    const data = JSON.parse(JSON.stringify(buildDataSet(name, kb, site)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('publishes each assessment tool with its page and licence date, and without its notes or body', () => {
    expect(buildDataSet('instruments', kb, site)).toEqual([
      expect.objectContaining({ id: 'scale', url: 'https://example.org/clinicians/tools/scale/', licence: expect.objectContaining({ checked: '2026-12-03' }) }),
    ]);
    expect(Object.keys((buildDataSet('instruments', kb, site) as Record<string, unknown>[])[0]!)).not.toEqual(expect.arrayContaining(['note', 'body', 'filePath']));
  });

  it('writes dates as YYYY-MM-DD, pages as full addresses and drops editors\' notes', () => {
    const [article] = buildDataSet('articles', kb, site) as Record<string, unknown>[];
    expect(article).toMatchObject({ url: 'https://example.org/for-you/why-numb/', published: '2026-01-02', citations: ['smith-2020'] });
    expect(buildDataSet('references', kb, site)).toEqual([
      {
        id: 'smith-2020', type: 'article-journal', author: [{ family: 'Smith', given: 'A.' }], issued: { 'date-parts': [[2020]] }, title: 'A title',
        checked: { records: ['https://example.org/records/smith-2020'], unconfirmed: [] },
      },
    ]);
    expect(buildDataSet('graph', kb, site)).toMatchObject({
      links: [
        { source: 'symptoms/numb', target: 'conditions/ptsd', relation: 'seen-in' },
        { source: 'conditions/ptsd', target: 'treatments/cbt', relation: 'treated-with' },
      ],
    });
  });

  it.each([
    ['articles', 'a date in words', (d: Record<string, unknown>[]) => { d[0]!.published = '2 January 2026'; }, 'published'],
    ['helplines', 'an unknown field', (d: Record<string, unknown>[]) => { d[0]!.colour = 'red'; }, 'colour'],
    ['graph', 'an unknown relation', (d: { links: Record<string, unknown>[] }) => { d.links[0]!.relation = 'causes'; }, 'relation'],
    ['graph', 'an evidence grade off the scale', (d: { terms: { evidence?: Record<string, unknown>[] }[] }) => { d.terms.find((t) => t.evidence)!.evidence![0]!.grade = 'strong'; }, 'grade'],
    ['references', 'a reference that does not say how it was checked', (d: Record<string, unknown>[]) => { delete d[0]!.checked; }, 'checked'],
    ['instruments', 'an unknown field', (d: Record<string, unknown>[]) => { d[0]!.itemz = ['An item']; }, 'itemz'],
  ] as const)('%s: the schema refuses %s', (name, _what, spoil, field) => {
    const data = JSON.parse(JSON.stringify(buildDataSet(name, kb, site)));
    spoil(data);
    const validate = validatorFor(name);
    expect(validate(data)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain(field);
  });

  it('refuses to build a data set that does not fit its schema, naming the file and the field', () => {
    const broken = { ...kb, helplines: [{ ...kb.helplines[0], phone: 'call us' }] } as unknown as KnowledgeBase;
    expect(() => buildDataSet('helplines', broken, site)).toThrow(/\/data\/helplines\.json does not match its schema[\s\S]*phone/);
  });

  it('names each schema by its address and describes it', () => {
    expect(jsonSchemaOf('graph', site)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.org/data/graph.schema.json',
      title: dataSets.graph.title,
      description: expect.stringContaining('knowledge graph'),
    });
  });
});
