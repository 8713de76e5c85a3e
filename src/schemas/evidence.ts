import { z } from 'astro/zod';
import './messages.ts';
import { id } from './ids.ts';

/**
 * How strong the evidence is that a treatment helps with one condition, as the strongest kind of
 * source behind it, strongest first. The scale is fixed so that every treatment page is graded
 * the same way (CONTRIBUTING.md, "Evidence grades"):
 *
 * - guideline-recommendation: a current national clinical guideline (such as NICE) recommends it
 *   for this condition;
 * - meta-analysis: a systematic review that pooled randomised trials found it works;
 * - randomised-trial: at least one randomised controlled trial found a benefit, with no pooled review;
 * - observational: only studies without random allocation (before and after, cross-sectional,
 *   cohort) found an association, which cannot show that the treatment caused the change;
 * - expert-opinion: only expert recommendations, proposals or narrative reviews;
 * - no-evidence-found: no source the site has checked supports it for this condition.
 */
export const evidenceGrades = ['guideline-recommendation', 'meta-analysis', 'randomised-trial', 'observational', 'expert-opinion', 'no-evidence-found'] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

/** Strongest evidence first, by the scale's own order; a stable sort keeps equal grades as written. */
export const strongestFirst = <E extends { grade: EvidenceGrade }>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => evidenceGrades.indexOf(a.grade) - evidenceGrades.indexOf(b.grade));

/** The grade that says no checked source supports the use; it alone may cite nothing. */
export const NO_EVIDENCE: EvidenceGrade = 'no-evidence-found';

/** The evidence for one treatment in one condition. */
export const conditionEvidenceSchema = z
  .strictObject({
    condition: id('condition').describe('The condition this grade is for: an id from content/conditions/, such as "ptsd".'),
    grade: z
      .enum(evidenceGrades)
      .describe(
        'The strongest kind of source that supports it for this condition: guideline-recommendation, meta-analysis, randomised-trial, observational, expert-opinion, or no-evidence-found. See CONTRIBUTING.md, "Evidence grades".',
      ),
    sources: z
      .array(id('reference'))
      .refine((ids) => new Set(ids).size === ids.length, { message: 'lists the same reference twice' })
      .default([])
      .describe('The references behind the grade, its summary and its downsides, strongest first: ids from content/references.json. Required unless the grade is no-evidence-found.'),
    summary: z
      .string()
      .min(20)
      .max(220)
      .describe('How well it works for this condition, in one plain sentence that says what the sources found and in whom. 220 characters at most.'),
    downsides: z
      .string()
      .min(10)
      .max(260)
      .describe('Its downsides and risks for this condition, in plain words, as the sources report them; say so if they report none. 260 characters at most.'),
  })
  .refine((e) => e.grade === NO_EVIDENCE || e.sources.length > 0, {
    message: 'names no source: every grade but no-evidence-found rests on at least one reference',
    path: ['sources'],
  });

export type ConditionEvidence = z.infer<typeof conditionEvidenceSchema>;

/** A treatment's evidence, one entry for each condition it is linked to. */
export const treatmentEvidence = z
  .array(conditionEvidenceSchema)
  .refine((entries) => new Set(entries.map((e) => e.condition)).size === entries.length, { message: 'grades the same condition twice' })
  .default([])
  .describe(
    'How well it works for each condition it is used for: one entry per condition (its own conditions and any condition that lists it), each with condition, grade, sources, summary and downsides.',
  );
