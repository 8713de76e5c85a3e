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
  it('requires an evidence note on a treatment', () => {
    expect(issues(treatmentSchema.safeParse({ name: 'CBT', summary: 'A talking therapy that links thoughts and feelings.' }))).toEqual([
      expect.stringMatching(/^evidence: /),
    ]);
  });
});

describe('referenceSchema', () => {
  const ref = { id: 'palyo-2008', type: 'article-journal', author: [{ family: 'Palyo', given: 'S. A.' }], issued: { 'date-parts': [[2008]] }, title: 'A title' };
  it.each([
    ['a DOI written as a URL', { ...ref, DOI: 'https://doi.org/10.1/x' }, /^DOI: must be a bare DOI/],
    ['a year that is text', { ...ref, issued: { 'date-parts': [['2008']] } }, /^issued\.date-parts/],
    ['no author', { ...ref, author: [] }, /^author: /],
  ])('rejects %s', (_name, input, expected) => {
    expect(issues(referenceSchema.safeParse(input)).some((m) => expected.test(m))).toBe(true);
  });
});

describe('helplineSchema', () => {
  const line = { id: 'samaritans-uk', country: 'UK', tier: 'crisis', service: 'Samaritans', phone: '116 123', hours: 'h', for: 'f', source: 'Samaritans', verified: '2026-11-22' };
  it('accepts a helpline and reads its date', () => {
    expect(helplineSchema.parse(line).verified).toEqual(new Date('2026-11-22'));
  });
  it.each([
    ['letters in a number', { ...line, phone: '116 ABC' }, /^phone: must be digits/],
    ['neither phone nor text', { ...line, phone: undefined }, /^phone: needs a phone number, a text number, or both/],
    ['an unlisted country', { ...line, country: 'FR' }, /^country: /],
  ])('rejects %s', (_name, input, expected) => {
    expect(issues(helplineSchema.safeParse(input)).some((m) => expected.test(m))).toBe(true);
  });
});
