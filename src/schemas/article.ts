import { z } from 'astro/zod';
import './messages.ts';
import { calendarDate, id, idList } from './ids.ts';

export const audiences = ['public', 'practitioner'] as const;
export type Audience = (typeof audiences)[number];

/** What kind of page an article is; readers can filter search results by it. */
export const formats = ['guide', 'explainer', 'checklist', 'clinical-summary', 'handout'] as const;
export type Format = (typeof formats)[number];

/** What each format is, in a line, for editors choosing one. */
export const formatHelp: Record<Format, string> = {
  guide: 'what a reader can do about something, step by step ("What to do when you feel nothing")',
  explainer: 'what something is and why it happens ("What is emotional numbness?")',
  checklist: 'a list to tick, to take to an appointment or to use on a bad day',
  'clinical-summary': 'for clinicians: a referenced summary of assessment, differentials and treatment',
  handout: 'a printable page a clinician gives a patient, in plain words',
};

/** Search results show about 160 characters; a longer description is cut off mid-sentence. */
export const DESCRIPTION_MAX = 160;

export const articleSchema = z
  .strictObject({
    title: z.string().min(3).max(70).describe('The page title, as a reader would say it. 70 characters at most: search results cut longer titles off.'),
    description: z
      .string()
      .min(40)
      .max(DESCRIPTION_MAX)
      .describe(`One or two sentences shown in search results and link previews. ${DESCRIPTION_MAX} characters at most.`),
    audience: z
      .enum(audiences)
      .describe('"public" for men and the people close to them; "practitioner" for the clinician section.'),
    format: z
      .enum(formats)
      .describe('guide (what to do), explainer (what it is), checklist, clinical-summary, or handout (printable, for patients).'),
    conditions: idList('condition', 'Conditions this article is about: ids from content/conditions/.'),
    symptoms: idList('symptom', 'Symptoms this article is about: ids from content/symptoms/.'),
    treatments: idList('treatment', 'Treatments this article is about: ids from content/treatments/.'),
    related: idList('article', 'Other articles to suggest first, before those found by shared terms: article ids.'),
    published: calendarDate('The date the article was first published.'),
    lastReviewed: calendarDate('The date an editor last checked the article against its sources.'),
    nextReview: calendarDate('The date by which the article must be checked again (usually a year after lastReviewed).'),
    draft: z.boolean().default(false).describe('true keeps the article out of every page, list, feed, sitemap and search.'),
    startHere: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Public guides only: its place on "Where to start", the short list that leads the home page and /for-you/ (1 comes first). Leave it out of every other article.'),
  })
  .refine((a) => a.lastReviewed >= a.published, {
    message: 'lastReviewed is before published: a review cannot come before the article existed',
    path: ['lastReviewed'],
  })
  .refine((a) => a.nextReview > a.lastReviewed, {
    message: 'nextReview must come after lastReviewed',
    path: ['nextReview'],
  });

export type ArticleData = z.infer<typeof articleSchema>;
export const articleId = id('article');
