/**
 * Graded evidence, as pages show it: what each grade is called (precisely for clinicians, in
 * plain words for everyone), and a treatment's grades next to the terms they are about. The
 * grades themselves are defined, and checked, in src/schemas/evidence.ts and src/lib/integrity.ts.
 */
import { evidenceGrades, strongestFirst, type ConditionEvidence, type EvidenceGrade } from '../schemas/evidence.ts';
import type { KnowledgeGraph, Term } from './graph.ts';

/** Each grade's name in a clinician's table, and in plain words ("how well it works"). */
export const gradeLabels: Record<EvidenceGrade, { clinical: string; plain: string }> = {
  'guideline-recommendation': { clinical: 'Guideline recommendation', plain: 'Recommended in national health guidelines' },
  'meta-analysis': { clinical: 'Meta-analysis of randomised trials', plain: 'Many fair tests, pooled together, found it helps' },
  'randomised-trial': { clinical: 'Randomised controlled trial', plain: 'At least one fair test (a randomised trial) found it helps' },
  observational: { clinical: 'Observational studies only', plain: 'Linked with feeling better, but not proven to cause it' },
  'expert-opinion': { clinical: 'Expert opinion only', plain: 'Experts suggest it, but it has not been tested well' },
  'no-evidence-found': { clinical: 'No good evidence found', plain: 'We have not found good evidence that it helps with this' },
};

/** One grade beside the term it is about: a condition on a treatment's page, a treatment on a condition's. */
export interface GradedRow {
  term: Term;
  evidence: ConditionEvidence;
}

const strength = (grade: EvidenceGrade) => evidenceGrades.indexOf(grade);

/**
 * How well each treatment linked to a condition works for it: strongest evidence first; equal
 * grades in the order the condition's own page lists its treatments, then by name.
 */
export function gradesForCondition(graph: KnowledgeGraph, conditionId: string): GradedRow[] {
  const condition = graph.term('conditions', conditionId);
  const listed = condition?.kind === 'conditions' ? condition.treatments : [];
  const place = (id: string) => (listed.includes(id) ? listed.indexOf(id) : listed.length);
  return graph
    .relatedTerms('conditions', conditionId)
    .treatments.flatMap((term) => {
      const evidence = term.kind === 'treatments' ? term.evidence.find((e) => e.condition === conditionId) : undefined;
      return evidence ? [{ term, evidence }] : [];
    })
    .sort((a, b) => strength(a.evidence.grade) - strength(b.evidence.grade) || place(a.term.id) - place(b.term.id) || a.term.name.localeCompare(b.term.name));
}

/**
 * A treatment's grades, one for each condition, strongest first: the order its page shows them,
 * and so the order their sources are numbered in (src/lib/graph.ts, termCitations).
 */
export function gradesOfTreatment(graph: KnowledgeGraph, treatment: Term<'treatments'>): GradedRow[] {
  return strongestFirst(treatment.evidence).flatMap((evidence) => {
    const term = graph.term('conditions', evidence.condition);
    return term ? [{ term, evidence }] : [];
  });
}
