/**
 * The assessment tools, as pages ask for them: every tool by short name, one by id, the tools
 * that measure a condition or symptom (the term pages' "Measured by"), and the order a tool
 * page numbers its citations in. Pure: plain data in, plain data out.
 */
import type { InstrumentData } from '../schemas/instrument.ts';
import { citationOrder } from './body.ts';
import type { KnowledgeGraph, TermsByKind } from './graph.ts';
import { TITLE_MAX, writtenLength } from './labels.ts';
import { instrumentUrl, type TermKind } from './urls.ts';

export interface Instrument extends InstrumentData {
  id: string;
  filePath: string;
  /** The MDX body: the clinical notes, which may cite references like an article. */
  body: string;
  bodyStartLine?: number;
  url: string;
}

export interface InstrumentIndex {
  /** Every tool, by short name. */
  instruments: Instrument[];
  instrument(id: string): Instrument | undefined;
  /** The tools that measure a condition or a symptom, by short name. */
  instrumentsMeasuring(kind: TermKind, id: string): Instrument[];
}

/** The kinds of term a tool can measure; treatments are not measured. */
export type MeasuredKind = Extract<TermKind, 'conditions' | 'symptoms'>;
export const measuredKinds: readonly MeasuredKind[] = ['conditions', 'symptoms'];

export function indexInstruments(entries: Omit<Instrument, 'url'>[]): InstrumentIndex {
  const instruments = entries
    .map((entry) => ({ ...entry, url: instrumentUrl(entry.id) }))
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'en', { numeric: true }));
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const measuring = new Map<string, Instrument[]>();
  for (const instrument of instruments) {
    for (const kind of measuredKinds) {
      for (const id of instrument[kind]) {
        const key = `${kind}/${id}`;
        measuring.set(key, [...(measuring.get(key) ?? []), instrument]);
      }
    }
  }
  return {
    instruments,
    instrument: (id) => byId.get(id),
    instrumentsMeasuring: (kind, id) => measuring.get(`${kind}/${id}`) ?? [],
  };
}

/**
 * The references a tool page lists, numbered as they are first cited: the notes' citations in
 * order, then the sources of the cut-offs, then the tool's own references.
 */
export function instrumentCitations(instrument: Pick<Instrument, 'body' | 'cutOffs' | 'references'>): string[] {
  return [...new Set([...citationOrder(instrument.body), ...instrument.cutOffs.map((c) => c.source), ...instrument.references])];
}

/** The conditions and symptoms a tool measures, as terms with their pages, by name. */
export function termsMeasuredBy(graph: Pick<KnowledgeGraph, 'term'>, instrument: Pick<Instrument, MeasuredKind>): TermsByKind {
  const termsOf = (kind: MeasuredKind) =>
    instrument[kind].flatMap((id) => graph.term(kind, id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
  return { conditions: termsOf('conditions'), symptoms: termsOf('symptoms'), treatments: [] };
}

/** A tool page's <title>: full name and short name where they fit in a search result, else the longer that fits. */
export function instrumentTitle(instrument: Pick<Instrument, 'name' | 'shortName'>): string {
  const both = `${instrument.name} (${instrument.shortName})`;
  return [both, instrument.name].find((title) => writtenLength(title) <= TITLE_MAX) ?? instrument.shortName;
}
