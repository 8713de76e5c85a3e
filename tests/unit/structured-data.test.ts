import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';
import { articleStructuredData, jsonLdScript, termStructuredData } from '../../src/lib/structured-data.ts';
import type { ReferenceData } from '../../src/schemas/reference.ts';

const site = new URL('https://example.org/');
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const graph = buildGraph({
  terms: {
    conditions: [{ id: 'ptsd', filePath: 'c/ptsd.mdx', name: 'PTSD', aliases: ['post-traumatic stress disorder'], summary: 'After trauma.', symptoms: ['numbness'], treatments: [] }],
    symptoms: [
      { id: 'numbness', filePath: 's/numbness.mdx', name: 'Feeling numb', aliases: [], summary: 'Feeling nothing.', conditions: [] },
      { id: 'empty', filePath: 's/empty.mdx', name: 'Feeling empty', aliases: [], summary: 'Hollow.', conditions: [] },
    ],
    // The treatment names the condition: the condition still lists it as a possible treatment.
    treatments: [{ id: 'cbt', filePath: 't/cbt.mdx', name: 'CBT', aliases: [], summary: 'A talking therapy.', conditions: ['ptsd'], evidence: [] }],
  },
  articles: [
    {
      id: 'why-numb', filePath: 'a/why-numb.mdx', body: '', title: 'Why you might feel numb', description: 'Reasons.',
      audience: 'public', format: 'explainer', conditions: ['ptsd'], symptoms: ['numbness'], treatments: ['cbt'], related: [],
      published: day('2026-01-02'), lastReviewed: day('2026-03-04'), nextReview: day('2027-03-04'), draft: false,
    },
    {
      id: 'summary', filePath: 'a/summary.mdx', body: '', title: 'Clinical summary', description: 'For clinicians.',
      audience: 'practitioner', format: 'clinical-summary', conditions: [], symptoms: [], treatments: [], related: [],
      published: day('2026-01-02'), lastReviewed: day('2026-01-02'), nextReview: day('2027-01-02'), draft: false,
    },
  ] satisfies GraphInput['articles'],
});
const reference = (over: Partial<ReferenceData>): ReferenceData => ({
  id: 'r', type: 'article-journal', author: [{ family: 'Doe', given: 'J.' }], issued: { 'date-parts': [[2008]] }, title: 'A study', ...over,
});

describe('articleStructuredData', () => {
  const article = graph.article('why-numb')!;
  const data = articleStructuredData({
    article,
    terms: graph.termsOf(article),
    references: [reference({ id: 'a', DOI: '10.1000/xyz' }), reference({ id: 'b', title: 'A book', type: 'book', URL: 'https://example.com/book' }), reference({ id: 'c', title: 'No link' })],
    site,
  });

  it('describes a medical web page with its address, dates and audience', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://example.org/for-you/why-numb/',
      name: 'Why you might feel numb',
      headline: 'Why you might feel numb',
      description: 'Reasons.',
      datePublished: '2026-01-02',
      lastReviewed: '2026-03-04',
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    });
    const summary = graph.article('summary')!;
    expect(articleStructuredData({ article: summary, terms: graph.termsOf(summary), references: [], site })).toMatchObject({
      audience: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    });
  });

  it('says what the page is about, each term as its schema.org type', () => {
    expect(JSON.parse(jsonLdScript(data)).about).toEqual([
      { '@type': 'MedicalCondition', name: 'PTSD', url: 'https://example.org/conditions/ptsd/' },
      { '@type': 'MedicalSignOrSymptom', name: 'Feeling numb', url: 'https://example.org/symptoms/numbness/' },
      { '@type': 'MedicalTherapy', name: 'CBT', url: 'https://example.org/treatments/cbt/' },
    ]);
  });

  it('cites its references, linking a DOI or a URL only when there is one', () => {
    expect(JSON.parse(jsonLdScript(data)).citation).toEqual([
      { '@type': 'CreativeWork', name: 'A study', datePublished: '2008', url: 'https://doi.org/10.1000/xyz' },
      { '@type': 'CreativeWork', name: 'A book', datePublished: '2008', url: 'https://example.com/book' },
      { '@type': 'CreativeWork', name: 'No link', datePublished: '2008' },
    ]);
  });

  it('leaves out what an article does not have', () => {
    const summary = graph.article('summary')!;
    const bare = JSON.parse(jsonLdScript(articleStructuredData({ article: summary, terms: graph.termsOf(summary), references: [], site })));
    expect(bare).not.toHaveProperty('about');
    expect(bare).not.toHaveProperty('citation');
  });
});

describe('termStructuredData', () => {
  const page = (kind: 'conditions' | 'symptoms' | 'treatments', id: string) => {
    const term = graph.term(kind, id)!;
    return termStructuredData({ term, related: graph.relatedTerms(kind, id), site });
  };

  it('gives a condition its signs and symptoms and possible treatments, from either side of the relation', () => {
    expect(page('conditions', 'ptsd')).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://example.org/conditions/ptsd/',
      name: 'PTSD',
      about: {
        '@type': 'MedicalCondition',
        name: 'PTSD',
        alternateName: ['post-traumatic stress disorder'],
        description: 'After trauma.',
        signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'Feeling numb', url: 'https://example.org/symptoms/numbness/' }],
        possibleTreatment: [{ '@type': 'MedicalTherapy', name: 'CBT', url: 'https://example.org/treatments/cbt/' }],
      },
    });
  });

  it('types symptoms and treatments, and leaves empty relations out', () => {
    expect(JSON.parse(jsonLdScript(page('symptoms', 'empty'))).about).toEqual({ '@type': 'MedicalSignOrSymptom', name: 'Feeling empty', url: 'https://example.org/symptoms/empty/', description: 'Hollow.' });
    expect(page('treatments', 'cbt').about).toMatchObject({ '@type': 'MedicalTherapy', name: 'CBT' });
  });

  it('is for both audiences', () => {
    expect(page('symptoms', 'numbness').audience).toEqual([
      { '@type': 'MedicalAudience', audienceType: 'Patient' },
      { '@type': 'MedicalAudience', audienceType: 'Clinician' },
    ]);
  });
});

describe('jsonLdScript', () => {
  it('round-trips through JSON.parse and can never close its script element', () => {
    const article = graph.article('why-numb')!;
    const data = articleStructuredData({ article: { ...article, title: 'Evil </script><script>alert(1)</script>' }, terms: graph.termsOf(article), references: [], site });
    const text = jsonLdScript(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
