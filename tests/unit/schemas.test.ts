import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { helplineSchema } from '../../src/schemas/helpline.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { conditionSchema, treatmentSchema } from '../../src/schemas/term.ts';

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
