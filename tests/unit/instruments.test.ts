/**
 * Assessment tools: the schema (table-driven), the cross-entry checks, the index the pages ask,
 * and their JSON-LD.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import { indexInstruments, instrumentCitations, instrumentTitle, termsMeasuredBy, type Instrument } from '../../src/lib/instruments.ts';
import { findProblems, formatProblem, type IntegrityInput } from '../../src/lib/integrity.ts';
import { addressLabel } from '../../src/lib/labels.ts';
import { instrumentStructuredData } from '../../src/lib/structured-data.ts';
import { instrumentSchema } from '../../src/schemas/instrument.ts';

const tool = {
  name: 'Patient Health Questionnaire-2',
  shortName: 'PHQ-2',
  summary: 'A two-item self-report screen for depression over the last two weeks, for tests.',
  measures: 'The frequency of depressed mood and anhedonia over two weeks.',
  itemCount: 2,
  itemsSummary: 'Two items, each rated for frequency over two weeks.',
  completedBy: 'self-report',
  cutOffs: [{ score: '3 or more', meaning: 'Sensitivity 83% and specificity 92% for major depression.', source: 'kroenke-2003' }],
  licence: {
    holder: 'Pfizer Inc.',
    reproduction: 'free',
    terms: 'No permission is required to reproduce, translate, display or distribute it.',
    confirmedAt: ['https://example.org/licence'],
    checked: new Date('2026-12-03'),
  },
  items: {
    sources: ['https://example.org/items'],
    stem: 'Over the last two weeks, how often have you been bothered by any of the following problems?',
    responses: [
      { label: 'Not at all', score: 0 },
      { label: 'Several days', score: 1 },
    ],
    list: ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless'],
  },
  references: ['kroenke-2003'],
  conditions: ['major-depression'],
  symptoms: ['anhedonia'],
};

const issues = (input: unknown) => {
  const result = instrumentSchema.safeParse(input);
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
};
const withLicence = (over: object) => ({ ...tool, licence: { ...tool.licence, ...over } });

describe('instrumentSchema', () => {
  it('accepts a complete tool, and one whose items are only described', () => {
    expect(issues(tool)).toEqual([]);
    const { items: _items, ...described } = tool;
    expect(issues({ ...described, licence: { ...tool.licence, reproduction: 'licence-required' }, cutOffs: undefined })).toEqual([]);
    expect(instrumentSchema.parse({ ...described, cutOffs: undefined }).cutOffs).toEqual([]);
  });

  it.each([
    ['items reproduced under a licence that needs permission', withLicence({ reproduction: 'licence-required' }), /^items: the items are reproduced, but licence\.reproduction is not "free"/],
    ['items reproduced where no licence was confirmed', withLicence({ reproduction: 'not-confirmed' }), /^items: the items are reproduced, but licence\.reproduction is not "free"/],
    ['a different number of items than itemCount', { ...tool, itemCount: 3 }, /^items: lists a different number of items than itemCount says/],
    ['a licence with no page that confirmed it', withLicence({ confirmedAt: [] }), /^licence\.confirmedAt: needs at least 1 item/],
    ['a confirming page that is not a web address', withLicence({ confirmedAt: ['phqscreeners.com'] }), /^licence\.confirmedAt\.0: must be a full web address/],
    ['an unknown kind of licence', withLicence({ reproduction: 'open' }), /^licence\.reproduction: must be one of "free", "licence-required", "not-confirmed"/],
    ['a licence without a checked date', withLicence({ checked: undefined }), /^licence\.checked: /],
    ['a cut-off without its source', { ...tool, cutOffs: [{ score: '3', meaning: 'A score that means something.' }] }, /^cutOffs\.0\.source: is required but missing/],
    ['no reference', { ...tool, references: [] }, /^references: needs at least one reference/],
    ['the same reference twice', { ...tool, references: ['kroenke-2003', 'kroenke-2003'] }, /^references: lists the same id twice/],
    ['nothing it measures', { ...tool, conditions: [], symptoms: [] }, /^conditions: names no condition and no symptom/],
    ['a score range upside down', { ...tool, scoreRange: { min: 6, max: 0 } }, /^scoreRange: min must be below max/],
    ['an unknown way of completing it', { ...tool, completedBy: 'nurse' }, /^completedBy: must be one of/],
    ['a mistyped field', { ...tool, itemcount: 2 }, /itemcount/],
    ['items without the pages they were copied from', { ...tool, items: { ...tool.items, sources: [] } }, /^items\.sources: needs at least 1 item/],
    ['a summary too long for search results', { ...tool, summary: 'x'.repeat(161) }, /^summary: is 161 characters long; it must be 160 at most/],
  ])('refuses %s, naming the field', (_what, input, expected) => {
    const found = issues(input);
    expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
  });

  it('describes every field, at every depth, for editors\' tooltips', () => {
    const undescribed: string[] = [];
    const walk = (schema: z.ZodType, path: string) => {
      const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
      if (def.type === 'optional' || def.type === 'default') return walk(def.innerType!, path);
      if (def.type === 'array') return walk(def.element!, `${path}[]`);
      if (def.type === 'object') {
        for (const [key, field] of Object.entries(def.shape!)) {
          if (!field.description) undescribed.push(`${path}${key}`);
          walk(field, `${path}${key}.`);
        }
      }
    };
    walk(instrumentSchema, '');
    expect(undescribed).toEqual([]);
  });
});

const integrityInput = (over: Partial<IntegrityInput['instruments'] extends (infer I)[] | undefined ? I : never> = {}): IntegrityInput => ({
  articles: [],
  terms: {
    conditions: [{ id: 'major-depression', filePath: 'content/conditions/major-depression.mdx', name: 'Depression', aliases: [], summary: 's', symptoms: [], treatments: [] }],
    symptoms: [{ id: 'anhedonia', filePath: 'content/symptoms/anhedonia.mdx', name: 'Losing pleasure', aliases: [], summary: 's', conditions: [] }],
    treatments: [],
  },
  referenceIds: ['kroenke-2001', 'kroenke-2003'],
  glossary: [],
  instruments: [{ id: 'phq-2', filePath: 'content/instruments/phq-2.mdx', body: 'Text <Cite id="kroenke-2003" />.', bodyStartLine: 40, conditions: ['major-depression'], symptoms: ['anhedonia'], references: ['kroenke-2003'], cutOffs: [{ source: 'kroenke-2003' }], ...over }],
});

describe('the build refuses a tool whose ids do not resolve', () => {
  it('finds nothing wrong with a consistent tool', () => {
    expect(findProblems(integrityInput())).toEqual([]);
  });

  it.each([
    ['an unknown condition', { conditions: ['major-depresion'] }, /phq-2\.mdx {2}conditions {2}"major-depresion" is not a condition id {2}did you mean "major-depression"/],
    ['an unknown symptom', { symptoms: ['anhedona'] }, /phq-2\.mdx {2}symptoms {2}"anhedona" is not a symptom id {2}did you mean "anhedonia"/],
    ['an unknown reference', { references: ['kroenke-2030'] }, /phq-2\.mdx {2}references {2}"kroenke-2030" is not a reference id {2}did you mean "kroenke-2001", "kroenke-2003"/],
    ['an unknown cut-off source', { cutOffs: [{ source: 'kroenke-2031' }] }, /phq-2\.mdx {2}cutOffs\.0\.source {2}"kroenke-2031" is not a reference id {2}did you mean "kroenke-2001"/],
    ['an unknown citation in its notes', { body: 'Line one.\n<Cite id="kroenke-2004" />' }, /phq-2\.mdx:41 {2}<Cite id> {2}"kroenke-2004" is not a reference id/],
    ['a link to a missing page in its notes', { body: '[PHQ-9](/clinicians/tools/phq-10/)' }, /phq-2\.mdx:40 {2}link {2}links to \/clinicians\/tools\/phq-10\/, but there is no such page {2}did you mean "\/clinicians\/tools\/phq-2\/"/],
    ['an id made only of digits', { id: '9', filePath: 'content/instruments/9.mdx' }, /instruments\/9\.mdx {2}id {2}the file name "9" is only digits/],
  ])('%s', (_what, over, expected) => {
    const lines = findProblems(integrityInput(over)).map(formatProblem);
    expect(lines.some((l) => expected.test(l)), lines.join('\n')).toBe(true);
  });

  it('lets an article link to a tool, and refuses a clinician article that would take the tools\' address', () => {
    const input = integrityInput();
    const article = {
      id: 'tools', filePath: 'content/articles/clinician/tools.mdx', body: 'See [the PHQ-2](/clinicians/tools/phq-2/) and [all tools](/clinicians/tools/).', title: 'Tools', description: 'd',
      audience: 'practitioner' as const, format: 'clinical-summary' as const, conditions: [], symptoms: [], treatments: [], related: [],
      published: new Date('2026-01-01'), lastReviewed: new Date('2026-01-01'), nextReview: new Date('2027-01-01'), draft: false,
    };
    const lines = findProblems({ ...input, articles: [article] }).map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/clinician\/tools\.mdx {2}id {2}the file name "tools" would give this page the address \/clinicians\/tools\/, which is already one of the site.s own pages {2}rename the file/)]);
    expect(findProblems({ ...input, articles: [{ ...article, id: 'screening', filePath: 'content/articles/clinician/screening.mdx' }] })).toEqual([]);
  });
});

const entry = (id: string, shortName: string, over: Partial<Instrument> = {}): Omit<Instrument, 'url'> =>
  ({ ...instrumentSchema.parse(tool), id, shortName, filePath: `content/instruments/${id}.mdx`, body: '', ...over }) as Omit<Instrument, 'url'>;

describe('the tools the pages ask for', () => {
  const index = indexInstruments([
    entry('phq-9', 'PHQ-9', { symptoms: ['anhedonia', 'trouble-sleeping'] }),
    entry('audit-c', 'AUDIT-C', { conditions: ['substance-use-disorder'], symptoms: [] }),
    entry('phq-2', 'PHQ-2'),
  ]);

  it('lists every tool by short name, numbers last, each at its address', () => {
    expect(index.instruments.map((i) => [i.shortName, i.url])).toEqual([
      ['AUDIT-C', '/clinicians/tools/audit-c/'],
      ['PHQ-2', '/clinicians/tools/phq-2/'],
      ['PHQ-9', '/clinicians/tools/phq-9/'],
    ]);
    expect(index.instrument('phq-9')?.shortName).toBe('PHQ-9');
    expect(index.instrument('phq-10')).toBeUndefined();
  });

  it.each([
    ['conditions', 'major-depression', ['PHQ-2', 'PHQ-9']],
    ['symptoms', 'anhedonia', ['PHQ-2', 'PHQ-9']],
    ['symptoms', 'trouble-sleeping', ['PHQ-9']],
    ['conditions', 'substance-use-disorder', ['AUDIT-C']],
    ['conditions', 'ptsd', []],
    ['treatments', 'cbt', []],
  ] as const)('%s/%s is measured by %j', (kind, id, expected) => {
    expect(index.instrumentsMeasuring(kind, id).map((i) => i.shortName)).toEqual(expected);
  });

  it('numbers citations as the page shows them: the notes first, then cut-off sources, then references', () => {
    expect(instrumentCitations({ body: '<Cite id="b" /> then <Cite id="a, b" />', cutOffs: [{ score: '1', meaning: 'm', source: 'c' }, { score: '2', meaning: 'm', source: 'a' }], references: ['d', 'c'] })).toEqual(['b', 'a', 'c', 'd']);
  });

  it('titles a page with both names where they fit in a search result', () => {
    expect(instrumentTitle({ name: 'Patient Health Questionnaire-9', shortName: 'PHQ-9' })).toBe('Patient Health Questionnaire-9 (PHQ-9)');
    expect(instrumentTitle({ name: 'Oxford Questionnaire on the Emotional Side-effects of Antidepressants', shortName: 'OQuESA (ODQ)' })).toBe('Oxford Questionnaire on the Emotional Side-effects of Antidepressants');
    expect(instrumentTitle({ name: 'x'.repeat(80), shortName: 'X-1' })).toBe('X-1');
  });

  it('labels two confirming pages on one site differently', () => {
    expect(addressLabel('https://www.hl7.org/fhir/us/core/STU9/Questionnaire-phq-9-example.html')).toBe('hl7.org/fhir/us/core…ionnaire-phq-9-example.html');
    expect(addressLabel('https://mhscales.com/pcl5')).toBe('mhscales.com/pcl5');
  });
});

describe('instrumentStructuredData', () => {
  const graph = buildGraph({
    articles: [],
    terms: {
      conditions: [{ id: 'major-depression', filePath: 'c.mdx', name: 'Depression', aliases: [], summary: 's', symptoms: [], treatments: [] }],
      symptoms: [{ id: 'anhedonia', filePath: 's.mdx', name: 'Losing pleasure', aliases: ['anhedonia'], summary: 's', conditions: [] }],
      treatments: [],
    },
  });
  const instrument = indexInstruments([entry('phq-2', 'PHQ-2')]).instruments[0]!;
  const site = new URL('https://example.org/');
  const data = instrumentStructuredData({
    instrument,
    terms: termsMeasuredBy(graph, { conditions: ['major-depression', 'no-such-condition'], symptoms: ['anhedonia'] }),
    references: [{ id: 'kroenke-2003', type: 'article-journal', author: [{ family: 'Kroenke' }], issued: { 'date-parts': [[2003]] }, title: 'The PHQ-2', DOI: '10.1097/x' }],
    site,
  });

  it('describes a page for clinicians about a medical test and what it measures', () => {
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://example.org/clinicians/tools/phq-2/',
      name: 'Patient Health Questionnaire-2 (PHQ-2)',
      audience: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
      about: [
        { '@type': 'MedicalTest', name: 'Patient Health Questionnaire-2', alternateName: 'PHQ-2', url: 'https://example.org/clinicians/tools/phq-2/' },
        { '@type': 'MedicalCondition', name: 'Depression', url: 'https://example.org/conditions/major-depression/' },
        { '@type': 'MedicalSignOrSymptom', name: 'Losing pleasure' },
      ],
      citation: [{ '@type': 'CreativeWork', name: 'The PHQ-2', datePublished: '2003', url: 'https://doi.org/10.1097/x' }],
    });
    // What it measures is named and linked; the term's own page gives its other names.
    expect((data.about as object[])[2]).not.toHaveProperty('alternateName');
  });
});
