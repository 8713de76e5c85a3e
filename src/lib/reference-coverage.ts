/**
 * The knowledge base hangs together: every reference is cited somewhere a reader sees it, and
 * every condition, symptom and treatment is what at least one published article is about.
 * `npm run check:content` and the content tests ask this.
 */
import { citationOrder } from './body.ts';
import type { IntegrityInput, Problem } from './integrity.ts';
import { termKinds, type TermKind } from './urls.ts';

/**
 * Reference ids cited by nothing: not by a published article, nor a term page (in its text, or a
 * treatment's graded evidence), nor an assessment tool (its text, references or cut-offs' sources).
 */
export function uncitedReferences(input: IntegrityInput): string[] {
  const cited = new Set([
    ...input.articles.filter((a) => !a.draft).flatMap((a) => citationOrder(a.body)),
    ...termKinds.flatMap((kind) =>
      input.terms[kind].flatMap((t) => [...citationOrder(t.body ?? ''), ...((t as { evidence?: { sources: string[] }[] }).evidence ?? []).flatMap((e) => e.sources)]),
    ),
    ...(input.instruments ?? []).flatMap((tool) => [...citationOrder(tool.body), ...tool.references, ...tool.cutOffs.map((c) => c.source)]),
  ]);
  return input.referenceIds.filter((id) => !cited.has(id));
}

/** Terms of a kind that no published article is tagged with. */
export function untaggedTerms(input: IntegrityInput, kind: TermKind): { id: string; filePath: string }[] {
  const tagged = new Set(input.articles.filter((a) => !a.draft).flatMap((a) => a[kind]));
  return input.terms[kind].filter((t) => !tagged.has(t.id));
}

/** Both rules, as problems; `referencesFile` is where the references are listed, `referenceLine` finds one's line there. */
export function coverageProblems(input: IntegrityInput, referencesFile: string, referenceLine: (id: string) => number | undefined = () => undefined): Problem[] {
  return [
    ...uncitedReferences(input).map((id) => ({
      file: referencesFile,
      line: referenceLine(id),
      field: 'cited by',
      message: `the reference "${id}" is cited by no published article, term page or assessment tool`,
      fix: `cite it with <Cite id="${id}" /> on the sentence it supports, or remove it if nothing relies on it.`,
      severity: 'error' as const,
    })),
    ...termKinds.flatMap((kind) =>
      untaggedTerms(input, kind).map((term) => ({
        file: term.filePath,
        field: 'tagged by',
        message: `no published article is tagged with the ${kind.slice(0, -1)} "${term.id}", so its page would list no guide`,
        fix: `add ${term.id} to the ${kind} of an article about it (or publish one), or remove this page.`,
        severity: 'error' as const,
      })),
    ),
  ];
}
