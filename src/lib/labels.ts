import type { Format } from '../schemas/article.ts';
import type { TermKind } from './urls.ts';

/** The site's name, as readers, feeds and search engines see it. */
export const siteName = 'Feeling nothing?';

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

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const formatDate = (date: Date) => dateFormat.format(date);
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
