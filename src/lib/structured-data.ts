/**
 * schema.org JSON-LD for article and term pages, so search engines and health directories can
 * tell what a page is about, whom it is for and when it was last reviewed. Pure: plain data in,
 * plain objects out. The types come from schema-dts, so `npm run check` refuses any property or
 * type that schema.org does not define.
 */
import type { CreativeWork, MedicalAudience, MedicalCondition, MedicalSignOrSymptom, MedicalTest, MedicalTherapy, MedicalWebPage, WithContext } from 'schema-dts';
import type { Audience } from '../schemas/article.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { Article, Term, TermsByKind } from './graph.ts';
import type { Instrument } from './instruments.ts';
import { siteName } from './labels.ts';
import { termKinds, type TermKind } from './urls.ts';

export type StructuredData = WithContext<MedicalWebPage>;

const iso = (date: Date) => date.toISOString().slice(0, 10);

const audiences: Record<Audience, MedicalAudience> = {
  public: { '@type': 'MedicalAudience', audienceType: 'Patient' },
  practitioner: { '@type': 'MedicalAudience', audienceType: 'Clinician' },
};

/** The fields every page of the site shares. */
function webPage(site: URL, path: string, name: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: new URL(path, site).href,
    name,
    description,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: siteName, url: site.href },
  } as const satisfies StructuredData;
}

/** A list, or nothing when it is empty: JSON.stringify leaves undefined properties out. */
const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/**
 * A term as schema.org knows it: named and linked, and on its own page with its other names.
 * A page that only mentions the term leaves those out (its own page gives them); repeating them
 * on every page that mentions it cost a widely tagged clinical page its 14 KB budget.
 */
const named = (term: Term, site: URL, withAliases: boolean) => ({
  name: term.name,
  url: new URL(term.url, site).href,
  ...(withAliases && { alternateName: nonEmpty(term.aliases) }),
});
const condition = (term: Term, site: URL, withAliases = false): MedicalCondition => ({ '@type': 'MedicalCondition', ...named(term, site, withAliases) });
const symptom = (term: Term, site: URL, withAliases = false): MedicalSignOrSymptom => ({ '@type': 'MedicalSignOrSymptom', ...named(term, site, withAliases) });
const therapy = (term: Term, site: URL, withAliases = false): MedicalTherapy => ({ '@type': 'MedicalTherapy', ...named(term, site, withAliases) });
const thingOf: Record<TermKind, typeof condition | typeof symptom | typeof therapy> = { conditions: condition, symptoms: symptom, treatments: therapy };

function citation(reference: ReferenceData): CreativeWork {
  const year = reference.issued['date-parts'][0]?.[0];
  return {
    '@type': 'CreativeWork',
    name: reference.title,
    datePublished: year === undefined ? undefined : String(year),
    url: reference.DOI ? `https://doi.org/${reference.DOI}` : reference.URL,
  };
}

/** An article: whom it is for, what it is about, when it was published and last reviewed. */
export function articleStructuredData(input: { article: Article; terms: TermsByKind; references: ReferenceData[]; site: URL }): StructuredData {
  const { article, terms, references, site } = input;
  return {
    ...webPage(site, article.url, article.title, article.description),
    headline: article.title,
    audience: audiences[article.audience],
    datePublished: iso(article.published),
    lastReviewed: iso(article.lastReviewed),
    about: nonEmpty(termKinds.flatMap((kind) => terms[kind].map((t) => thingOf[kind](t, site)))),
    citation: nonEmpty(references.map(citation)),
  };
}

/**
 * A condition, symptom or treatment page. A condition lists its signs and symptoms and its
 * possible treatments (related terms in the knowledge graph, whichever side declared them).
 */
export function termStructuredData(input: { term: Term; related: TermsByKind; site: URL }): StructuredData {
  const { term, related, site } = input;
  const about: MedicalCondition | MedicalSignOrSymptom | MedicalTherapy =
    term.kind === 'conditions'
      ? {
          ...condition(term, site, true),
          description: term.summary,
          signOrSymptom: nonEmpty(related.symptoms.map((t) => symptom(t, site))),
          possibleTreatment: nonEmpty(related.treatments.map((t) => therapy(t, site))),
        }
      : { ...thingOf[term.kind](term, site, true), description: term.summary };
  return {
    ...webPage(site, term.url, term.name, term.summary),
    // Term pages list guides for the public and summaries for clinicians.
    audience: [audiences.public, audiences.practitioner],
    about,
  };
}

/** An assessment tool as schema.org knows it: a medical test, named in full and by its short name. */
const test = (instrument: Instrument, site: URL): MedicalTest => ({
  '@type': 'MedicalTest',
  name: instrument.name,
  alternateName: instrument.shortName,
  description: instrument.measures,
  url: new URL(instrument.url, site).href,
});

/**
 * An assessment tool's page, for clinicians: the tool itself, and the conditions and symptoms it
 * measures (as its own file names them), with the references the page cites.
 */
export function instrumentStructuredData(input: { instrument: Instrument; terms: TermsByKind; references: ReferenceData[]; site: URL }): StructuredData {
  const { instrument, terms, references, site } = input;
  return {
    ...webPage(site, instrument.url, `${instrument.name} (${instrument.shortName})`, instrument.summary),
    audience: audiences.practitioner,
    about: [test(instrument, site), ...terms.conditions.map((t) => condition(t, site)), ...terms.symptoms.map((t) => symptom(t, site))],
    citation: nonEmpty(references.map(citation)),
  };
}

/** The list of assessment tools. */
export function toolsStructuredData(input: { path: string; name: string; description: string; instruments: Instrument[]; site: URL }): StructuredData {
  const { path, name, description, instruments, site } = input;
  return { ...webPage(site, path, name, description), audience: audiences.practitioner, about: nonEmpty(instruments.map((i) => test(i, site))) };
}

/**
 * The text of a <script type="application/ld+json">. "<" is escaped so no value, however it
 * is written, can close the script element early.
 */
export const jsonLdScript = (data: StructuredData) => JSON.stringify(data).replace(/</g, '\\u003c');
