import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { helplineSchema } from '../../src/schemas/helpline.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { conditionSchema, symptomSchema, treatmentSchema } from '../../src/schemas/term.ts';

const article = {
  title: 'Why you might feel nothing',
  description: 'What emotional numbness is, why it happens, and the first steps that help.',
  audience: 'public',
  format: 'explainer',
  conditions: ['ptsd'],
  published: new Date('2026-11-22'),
  lastReviewed: new Date('2026-11-22'),
  nextReview: new Date('2027-11-22'),
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('articleSchema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed).toMatchObject({ symptoms: [], treatments: [], related: [], draft: false });
  });

  it.each([
    ['an unknown key', { ...article, tags: ['x'] }, /tags|Unrecognized key/],
    ['a missing title', { ...article, title: undefined }, /^title: /],
    ['a wrong audience', { ...article, audience: 'everyone' }, /^audience: /],
    ['an id with capitals', { ...article, conditions: ['PTSD'] }, /^conditions\.0: must be lower-case words joined by hyphens/],
    ['the same id twice', { ...article, conditions: ['ptsd', 'ptsd'] }, /^conditions: lists the same id twice/],
    ['a description too long for search results', { ...article, description: 'x'.repeat(161) }, /^description: /],
    ['a date that is not a date', { ...article, published: 'soon' }, /^published: must be a date written as YYYY-MM-DD/],
    ['a review before publication', { ...article, lastReviewed: new Date('2020-01-01') }, /^lastReviewed: lastReviewed is before published/],
    ['a next review not after the last', { ...article, nextReview: new Date('2026-11-22') }, /^nextReview: nextReview must come after lastReviewed/],
    ['draft as a string', { ...article, draft: 'yes' }, /^draft: /],
  ])('rejects %s, naming the field', (_name, input, expected) => {
    const messages = issues(articleSchema.safeParse(input));
    expect(messages.some((m) => expected.test(m)), messages.join('\n')).toBe(true);
  });
});

describe('term schemas', () => {
  const condition = { name: 'PTSD', summary: 'Post-traumatic stress disorder, after a frightening event.', symptoms: ['numbness'] };
  it('accepts a condition and rejects relations it does not have', () => {
    expect(conditionSchema.parse(condition)).toMatchObject({ aliases: [], treatments: [] });
    expect(issues(conditionSchema.safeParse({ ...condition, conditions: ['x'] })).join()).toMatch(/conditions|Unrecognized key/);
  });
  const graded = { condition: 'ptsd', grade: 'meta-analysis', sources: ['lewis-2020'], summary: 'A review of 114 trials found a clear effect.', downsides: 'None reported.' };
  const treatment = { name: 'CBT', summary: 'A talking therapy that links thoughts and feelings.', conditions: ['ptsd'], evidence: [graded] };
  it('accepts a treatment with graded evidence, and one linked to nothing with none', () => {
    expect(treatmentSchema.parse(treatment).evidence).toEqual([graded]);
    expect(treatmentSchema.parse({ name: 'CBT', summary: 'A talking therapy that links thoughts and feelings.' }).evidence).toEqual([]);
  });
  it.each([
    ['a grade off the scale', { ...graded, grade: 'strong' }, /^evidence\.0\.grade: must be one of "guideline-recommendation", .*not "strong"/],
    ['a grade that names no source', { ...graded, sources: [] }, /^evidence\.0\.sources: names no source/],
    ['evidence without its downsides', { ...graded, downsides: undefined }, /^evidence\.0\.downsides: /],
    ['evidence as free text', 'It works.', /^evidence: must be a list/],
  ])('rejects %s, naming the field', (_name, entry, expected) => {
    const messages = issues(treatmentSchema.safeParse({ ...treatment, evidence: typeof entry === 'string' ? entry : [entry] }));
    expect(messages.some((m) => expected.test(m)), messages.join('\n')).toBe(true);
  });
  it('lets "no evidence found" stand without a source, and refuses a condition graded twice', () => {
    expect(treatmentSchema.safeParse({ ...treatment, evidence: [{ ...graded, grade: 'no-evidence-found', sources: [] }] }).success).toBe(true);
    expect(issues(treatmentSchema.safeParse({ ...treatment, evidence: [graded, graded] }))).toEqual(['evidence: grades the same condition twice']);
  });
  // The symptom explorer's settings (src/lib/symptom-explorer.ts): how common, how many ticks, and risk.
  it.each([
    ['a rare condition listed on one tick', { ...condition, commonness: 'rare' }, /^commonness: is "rare", so the symptom explorer must need at least 2 ticks/],
    ['a rare condition set to one tick', { ...condition, commonness: 'rare', minMatches: 1 }, /^commonness: is "rare"/],
    ['no ticks at all', { ...condition, minMatches: 0 }, /^minMatches: /],
    ['half a tick', { ...condition, minMatches: 1.5 }, /^minMatches: /],
    ['an unknown commonness', { ...condition, commonness: 'very rare' }, /^commonness: must be one of "common", "less-common", "rare"/],
  ])('rejects %s, naming the field', (_name, input, expected) => {
    const messages = issues(conditionSchema.safeParse(input));
    expect(messages.some((m) => expected.test(m)), messages.join('\n')).toBe(true);
  });
  it('accepts a rare condition that needs two ticks, and a symptom flagged as a risk', () => {
    expect(conditionSchema.parse({ ...condition, commonness: 'rare', minMatches: 2 })).toMatchObject({ commonness: 'rare', minMatches: 2 });
    expect(symptomSchema.parse({ name: 'Thoughts of ending your life', summary: 'Thinking about ending your life, now or in the past.', risk: true }).risk).toBe(true);
    expect(issues(symptomSchema.safeParse({ name: 'Hurting yourself', summary: 'Hurting yourself on purpose, whatever the reason.', risk: 'yes' }))).toEqual([
      expect.stringMatching(/^risk: must be true or false/),
    ]);
  });
});

describe('referenceSchema', () => {
  const checked = { records: ['https://pubmed.ncbi.nlm.nih.gov/1/'] };
  const ref = { id: 'palyo-2008', type: 'article-journal', author: [{ family: 'Palyo', given: 'S. A.' }], issued: { 'date-parts': [[2008]] }, title: 'A title', checked };
  it('accepts a reference that names the record it was checked against', () => {
    expect(referenceSchema.parse(ref).checked).toEqual({ ...checked, unconfirmed: [] });
  });
  it.each([
    ['a DOI written as a URL', { ...ref, DOI: 'https://doi.org/10.1/x' }, /^DOI: must be a bare DOI/],
    ['a year that is text', { ...ref, issued: { 'date-parts': [['2008']] } }, /^issued\.date-parts/],
    ['no author', { ...ref, author: [] }, /^author: /],
    ['no record of how it was checked, naming the reference', { ...ref, checked: undefined }, /^checked\.records: the reference "palyo-2008" does not say how it was checked$/],
    ['a record that is not an address', { ...ref, checked: { records: ['PubMed'] } }, /^checked\.records\.0: /],
    // The open data's JSON Schema (format "uri") refuses such an address, so the content must too.
    ['a record address with brackets left unencoded', { ...ref, checked: { records: ['https://example.org/?ids[]=1'] } }, /^checked\.records\.0: must write spaces and the characters \[ \]/],
    ['an unconfirmed field it does not have', { ...ref, checked: { ...checked, unconfirmed: ['authors'] } }, /^checked\.unconfirmed: names "authors", which "palyo-2008" does not have; list only its own fields: author, issued, title$/],
    ['no record and no word on where it was looked for', { ...ref, checked: { records: [], unconfirmed: ['author', 'issued', 'title'] } }, /^checked\.searched: "palyo-2008" names no record/],
    ['no record, yet fields left as confirmed', { ...ref, checked: { records: [], unconfirmed: ['author'], searched: 'PubMed and publisher pages, 2026-12-03: nothing found.' } }, /^checked\.unconfirmed: "palyo-2008" names no record, so no field of it was confirmed: add "issued", "title"$/],
  ])('rejects %s', (_name, input, expected) => {
    const messages = issues(referenceSchema.safeParse(input));
    expect(messages.some((m) => expected.test(m)), messages.join('\n')).toBe(true);
  });
  it('accepts a reference no record was found for, when it says where it looked and confirms nothing', () => {
    const unfound = { ...ref, checked: { records: [], unconfirmed: ['author', 'issued', 'title'], searched: 'PubMed and publisher pages, 2026-12-03: nothing found.' } };
    expect(referenceSchema.safeParse(unfound).success).toBe(true);
  });
});

describe('helplineSchema', () => {
  const line = {
    id: 'samaritans-uk', country: 'UK', tier: 'crisis', service: 'Samaritans', phone: '116 123', hours: '24 hours, every day', for: 'f',
    source: 'Samaritans', sourceUrl: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', verified: '2026-11-22',
  };
  it('accepts a helpline and reads its date', () => {
    expect(helplineSchema.parse(line).verified).toEqual(new Date('2026-11-22'));
  });
  it('accepts a service that answers in one part of its country', () => {
    expect(helplineSchema.parse({ ...line, region: 'Scotland' }).region).toBe('Scotland');
  });
  it.each([
    ['letters in a number', { ...line, phone: '116 ABC' }, /^phone: must be digits/],
    ['neither phone nor text', { ...line, phone: undefined }, /^phone: needs a phone number, a text number, or both/],
    ['an unlisted country', { ...line, country: 'FR' }, /^country: /],
    ['no source address', { ...line, sourceUrl: undefined }, /^sourceUrl: is required but missing/],
    ['a source that is not an address', { ...line, sourceUrl: 'Samaritans website' }, /^sourceUrl: /],
    ['a region of another country', { ...line, region: 'Ontario' }, /^region: is not a part of the country/],
    ['round-the-clock hours in other words', { ...line, hours: '24/7' }, /^hours: says the line always answers in other words/],
    ['an unknown group', { ...line, groups: ['women'] }, /^groups\.0: /],
  ])('rejects %s', (_name, input, expected) => {
    expect(issues(helplineSchema.safeParse(input)).some((m) => expected.test(m))).toBe(true);
  });
});
