import type { Format } from '../schemas/article.ts';
import type { CompletedBy, Reproduction } from '../schemas/instrument.ts';
import type { TermList } from './term-lists.ts';
import type { TermKind } from './urls.ts';
import { inSentence } from './words.ts';

/** The site's name, as readers, feeds and search engines see it. */
export const siteName = 'Feeling nothing?';

/** Search results and the HTML validator stop a page's <title> at 70 characters. */
export const TITLE_MAX = 70;

/** How Astro writes each character that it escapes in text (html-escaper's table). */
const escaped: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/**
 * A title's length as written in the HTML, which is what the HTML validator counts: "Litz &
 * Gray" is written "Litz &amp; Gray".
 */
export const writtenLength = (text: string) => text.replace(/[&<>'"]/g, (c) => escaped[c]!).length;

/** How formats and term kinds are named to readers. */
export const formatLabels: Record<Format, string> = {
  guide: 'Guide',
  explainer: 'Explainer',
  checklist: 'Checklist',
  'clinical-summary': 'Clinical summary',
  handout: 'Patient handout',
};

export const kindLabels: Record<TermKind, { plural: string; singular: string; intro: string }> = {
  conditions: {
    plural: 'Conditions',
    singular: 'Condition',
    intro: 'Health problems that can bring on emotional numbness, or come with it.',
  },
  symptoms: {
    plural: 'Symptoms',
    singular: 'Symptom',
    intro: 'What numbness can feel like, in plain words, and what else it can come with.',
  },
  treatments: {
    plural: 'Treatments',
    singular: 'Treatment',
    intro: 'What helps: talking therapies, practical steps, and medication reviews.',
  },
};

/** How each of a term page's lists is named: its heading there, its own pages' title, the link to them. */
export const termListLabels: Record<TermList, { heading: string; title: (term: string) => string; all: (count: number, term: string) => string }> = {
  guides: {
    heading: 'Guides',
    title: (term) => `Guides about ${inSentence(term)}`,
    all: (count, term) => `All ${count} guides about ${inSentence(term)}`,
  },
  'for-clinicians': {
    heading: 'For clinicians',
    title: (term) => `Clinical articles about ${inSentence(term)}`,
    all: (count, term) => `All ${count} clinical articles about ${inSentence(term)}`,
  },
  'mentioned-in': {
    heading: 'Also mentioned in',
    title: (term) => `Other pages that mention ${inSentence(term)}`,
    all: (count, term) => `All ${count} other pages that mention ${inSentence(term)}`,
  },
};

/** How an assessment tool's page says who fills it in, and what its licence lets this site show. */
export const completedByLabels: Record<CompletedBy, string> = {
  'self-report': 'The patient (self-report)',
  clinician: 'A clinician, who asks and rates',
  either: 'The patient, or a clinician who reads it out',
};

export const reproductionLabels: Record<Reproduction, { licence: string; items: string; card: string }> = {
  free: {
    licence: 'The items may be reproduced without permission.',
    items: 'The licence allows the items to be reproduced, but their exact wording has not yet been copied here from a source we could confirm, so they are described instead.',
    card: 'Free to reproduce',
  },
  'licence-required': {
    licence: 'Using it needs a licence from the rights holder.',
    items: 'The items are licensed, so they are described here, not reproduced.',
    card: 'Licence needed',
  },
  'not-confirmed': {
    licence: 'No page we saw confirms that the items may be reproduced.',
    items: 'No page we saw allows the items to be reproduced, so they are described here, not shown.',
    card: 'Licence not confirmed',
  },
};

/**
 * Link text for a page on another site that confirmed a fact: its host and path, shortened, so
 * that two pages on one site read differently: "hl7.org/fhir/us/core…ionnaire-phq-9-example.html".
 */
export function addressLabel(url: string, max = 48): string {
  const { hostname, pathname } = new URL(url);
  const label = `${hostname.replace(/^www\./, '')}${pathname.replace(/\/$/, '')}`;
  // The end of an address is what tells two pages on one site apart, so the middle goes.
  return label.length > max ? `${label.slice(0, 20)}…${label.slice(label.length - (max - 21))}` : label;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (date: Date) => dateFormat.format(date);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
