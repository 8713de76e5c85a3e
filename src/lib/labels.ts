import type { Format } from '../schemas/article.ts';
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

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (date: Date) => dateFormat.format(date);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
