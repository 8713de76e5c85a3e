/** Graded evidence as pages show it: which rows, in what order, and the numbering of their sources. */
import { describe, expect, it } from 'vitest';
import { gradeLabels, gradesForCondition, gradesOfTreatment } from '../../src/lib/evidence.ts';
import { buildGraph, type GraphInput, type Term } from '../../src/lib/graph.ts';
import { evidenceGrades, type ConditionEvidence, type EvidenceGrade } from '../../src/schemas/evidence.ts';

const graded = (condition: string, grade: EvidenceGrade, sources: string[] = []): ConditionEvidence => ({
  condition,
  grade,
  sources,
  summary: `How well it works for ${condition}.`,
  downsides: 'None reported.',
});
const term = (id: string, name = id) => ({ id, name, filePath: `${id}.mdx`, aliases: [], summary: 'A summary.' });
const input: GraphInput = {
  articles: [],
  terms: {
    // The condition's own page lists mindfulness before CBT.
    conditions: [
      { ...term('ptsd', 'PTSD'), symptoms: [], treatments: ['mindfulness', 'cbt'] },
      { ...term('depression', 'Depression'), symptoms: [], treatments: [] },
    ],
    symptoms: [],
    treatments: [
      {
        ...term('cbt', 'CBT'),
        conditions: ['depression'],
        body: 'Text <Cite id="body-ref" />.',
        // Written weakest first: the page still shows, and numbers, the strongest first.
        evidence: [graded('ptsd', 'randomised-trial', ['trial', 'shared']), graded('depression', 'guideline-recommendation', ['guideline', 'shared'])],
      },
      { ...term('emdr', 'EMDR'), conditions: ['ptsd'], evidence: [graded('ptsd', 'randomised-trial', ['trial'])] },
      { ...term('mindfulness', 'Mindfulness'), conditions: ['ptsd'], evidence: [graded('ptsd', 'randomised-trial')] },
      { ...term('journaling', 'Journaling'), conditions: ['ptsd'], evidence: [graded('ptsd', 'no-evidence-found')] },
      { ...term('rest', 'Rest'), conditions: [], evidence: [] },
    ],
  },
};
const graph = buildGraph(input);
const names = (rows: { term: Term }[]) => rows.map((r) => r.term.name);

describe('graded evidence on pages', () => {
  it('names every grade, for clinicians and in plain words', () => {
    expect(Object.keys(gradeLabels).sort()).toEqual([...evidenceGrades].sort());
    for (const grade of evidenceGrades) expect(gradeLabels[grade].plain).not.toBe(gradeLabels[grade].clinical);
  });

  it('shows a treatment its grades strongest first, whatever order its file gives', () => {
    const cbt = graph.term('treatments', 'cbt') as Term<'treatments'>;
    expect(gradesOfTreatment(graph, cbt).map((r) => [r.term.id, r.evidence.grade])).toEqual([
      ['depression', 'guideline-recommendation'],
      ['ptsd', 'randomised-trial'],
    ]);
  });

  it('numbers a treatment page\'s sources in that order, after its body, each once', () => {
    expect(graph.termCitations('treatments', 'cbt')).toEqual(['body-ref', 'guideline', 'shared', 'trial']);
    expect(graph.termsCiting('trial').map((t) => t.id)).toEqual(['cbt', 'emdr']);
  });

  it('shows a condition its treatments strongest first, then in the order its page lists them, then by name', () => {
    // The CBT-PTSD link is declared on the condition's side only, and still graded.
    expect(names(gradesForCondition(graph, 'ptsd'))).toEqual(['Mindfulness', 'CBT', 'EMDR', 'Journaling']);
    expect(names(gradesForCondition(graph, 'depression'))).toEqual(['CBT']);
  });
});
