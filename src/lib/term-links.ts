/**
 * The links between terms, one record each, read off the knowledge graph. Conditions sit in the
 * middle: a symptom is seen in a condition, and a condition is treated with a treatment. The
 * knowledge map draws these links and the open data publishes them.
 */
import type { KnowledgeGraph, Term } from './graph.ts';
import type { TermKind } from './urls.ts';

export type Relation = 'seen-in' | 'treated-with';

export interface TermLink {
  /** The symptom (seen in) or the condition (treated with). */
  source: Term;
  /** The condition (seen in) or the treatment (treated with). */
  target: Term;
  relation: Relation;
}

/** The order terms are read in, left to right: what you notice, what it may be, what helps. */
export const mapColumns: readonly TermKind[] = ['symptoms', 'conditions', 'treatments'];

/** "symptoms/anhedonia": a term's kind and id, unique across kinds. */
export const termKey = (term: Pick<Term, 'kind' | 'id'>) => `${term.kind}/${term.id}`;

type Graph = Pick<KnowledgeGraph, 'terms' | 'relatedTerms'>;

/** Every link in the graph: symptoms in condition order, then treatments, each by name. */
export function termLinks(graph: Graph): TermLink[] {
  return graph.terms.conditions.flatMap((condition) => {
    const related = graph.relatedTerms('conditions', condition.id);
    return [
      ...related.symptoms.map((symptom) => ({ source: symptom, target: condition, relation: 'seen-in' as const })),
      ...related.treatments.map((treatment) => ({ source: condition, target: treatment, relation: 'treated-with' as const })),
    ];
  });
}

export interface TermMap {
  terms: Term[];
  links: TermLink[];
}

/** The whole map: every term, linked or not, and every link. */
export function wholeMap(graph: Graph): TermMap {
  return { terms: mapColumns.flatMap((kind) => graph.terms[kind]), links: termLinks(graph) };
}

/** A term, the terms linked to it, and the links between them: what its own page draws. */
export function neighbourhood(graph: Graph, term: Term): TermMap {
  const related = graph.relatedTerms(term.kind, term.id);
  const terms = [term, ...mapColumns.flatMap((kind) => related[kind])];
  const keys = new Set(terms.map(termKey));
  const links = termLinks(graph).filter((link) => keys.has(termKey(link.source)) && keys.has(termKey(link.target)));
  return { terms, links };
}
