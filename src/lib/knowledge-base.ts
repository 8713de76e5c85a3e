/**
 * The site's one door to its content: loads every collection once, refuses the build if any
 * id or link does not resolve, and builds the knowledge graph. Pages ask it by name
 * ("public articles, newest first") and never query collections themselves.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Audience } from '../schemas/article.ts';
import type { Country, HelplineData, Tier } from '../schemas/helpline.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import { bodyStartLine } from './body.ts';
import { idsWritten } from './data-files.ts';
import { buildGraph, type Article, type KnowledgeGraph } from './graph.ts';
import { indexInstruments, type Instrument, type InstrumentIndex } from './instruments.ts';
import { ContentError, findProblems } from './integrity.ts';
import { collectionSources, contentDir } from './content-paths.ts';
import { termKinds, type TermKind } from './urls.ts';

export interface Reference extends ReferenceData {
  /** The APA 7 entry as HTML, from citation-js, formatted when the file was loaded (src/lib/reference-loader.ts). */
  apa: string;
}

export interface KnowledgeBase extends KnowledgeGraph, InstrumentIndex {
  articlesFor(audience: Audience): Article[];
  references: Reference[];
  reference(id: string): Reference | undefined;
  glossary: GlossaryData[];
  helplines: HelplineData[];
  helplinesFor(country: Country, tier?: Tier): HelplineData[];
  /** Every phrase in content/crisis-words.yaml: a search holding one puts crisis help first. */
  crisisPhrases: string[];
  /** The MDX entry behind an article or term, for render(). */
  entry(article: Article): CollectionEntry<'articles'>;
  termEntry(kind: TermKind, id: string): CollectionEntry<TermKind>;
  /** True for a draft that the preview (`npm run dev`) shows; never true in a build. */
  isDraft(id: string): boolean;
  /** The MDX entry behind an assessment tool, for render(). */
  instrumentEntry(instrument: Instrument): CollectionEntry<'instruments'>;
}

const relative = (filePath: string | undefined) => filePath ?? '(unknown file)';

/** Where an entry's body starts in its file, so errors name real lines. */
const startLine = (filePath: string | undefined, body: string | undefined) =>
  filePath && body ? bodyStartLine(readFileSync(filePath, 'utf8'), body) : 1;

async function load(): Promise<KnowledgeBase> {
  const [articleEntries, conditions, symptoms, treatments, referenceEntries, glossaryEntries, helplineEntries, instrumentEntries, crisisWordEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('conditions'),
    getCollection('symptoms'),
    getCollection('treatments'),
    getCollection('references'),
    getCollection('glossary'),
    getCollection('helplines'),
    getCollection('instruments'),
    getCollection('crisisWords'),
  ]);
  const termEntries = { conditions, symptoms, treatments };

  // What the graph and the integrity checks need of any MDX entry, besides its frontmatter.
  const mdxFields = (e: { id: string; filePath?: string; body?: string }) => ({
    id: e.id,
    filePath: relative(e.filePath),
    body: e.body ?? '',
    bodyStartLine: startLine(e.filePath, e.body),
  });
  const articles = articleEntries.map((e) => ({ ...e.data, ...mdxFields(e) }));
  const terms = {
    conditions: conditions.map((e) => ({ ...e.data, ...mdxFields(e) })),
    symptoms: symptoms.map((e) => ({ ...e.data, ...mdxFields(e) })),
    treatments: treatments.map((e) => ({ ...e.data, ...mdxFields(e) })),
  };
  const references = referenceEntries.map((e) => e.data);
  const instruments = instrumentEntries.map((e) => ({ ...e.data, ...mdxFields(e) }));

  const problems = findProblems({
    articles,
    terms,
    referenceIds: references.map((r) => r.id),
    glossary: glossaryEntries.map((e) => ({ ...e.data, filePath: `${contentDir()}/${collectionSources.glossary.path}` })),
    instruments,
  });
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);

  // Editors preview drafts with `npm run dev`, which asks for them by name. Both conditions, so
  // that no build ever contains a draft, whatever NODE_ENV or DEV a test runner leaves set.
  const previewDrafts = import.meta.env.DEV && process.env.PREVIEW_DRAFTS === '1';
  const graph = buildGraph({ articles: articles.map((a) => ({ ...a, draft: a.draft && !previewDrafts })), terms });
  const previewedDrafts = new Set(previewDrafts ? articles.filter((a) => a.draft).map((a) => a.id) : []);
  // Each reference's APA entry was formatted when its file was loaded (src/lib/reference-loader.ts).
  const formatted = referenceEntries
    .map((e) => ({ ...e.data, apa: e.rendered?.html ?? '' }))
    .sort((a, b) => a.apa.localeCompare(b.apa));
  const referenceById = new Map(formatted.map((r) => [r.id, r]));
  const entryById = new Map(articleEntries.map((e) => [e.id, e]));
  const termEntryByKey = new Map(termKinds.flatMap((k) => termEntries[k].map((e) => [`${k}/${e.id}`, e] as const)));
  const glossary = glossaryEntries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term));
  // A country's lines are shown in the order helplines.yaml lists them (the main line first);
  // the file loader hands them over sorted by id.
  const helplineOrder = idsWritten(readFileSync(`${contentDir()}/${collectionSources.helplines.path}`, 'utf8'));
  const helplines = helplineEntries.map((e) => e.data).sort((a, b) => helplineOrder.indexOf(a.id) - helplineOrder.indexOf(b.id));
  const instrumentEntryById = new Map(instrumentEntries.map((e) => [e.id, e]));

  return {
    ...graph,
    ...indexInstruments(instruments),
    articlesFor: (audience) => graph.articles.filter((a) => a.audience === audience),
    references: formatted,
    reference: (id) => referenceById.get(id),
    glossary,
    helplines,
    helplinesFor: (country, tier) => helplines.filter((h) => h.country === country && (!tier || h.tier === tier)),
    crisisPhrases: crisisWordEntries.flatMap((e) => e.data.phrases),
    entry: (article) => entryById.get(article.id)!,
    termEntry: (kind, id) => termEntryByKey.get(`${kind}/${id}`)! as CollectionEntry<TermKind>,
    isDraft: (id) => previewedDrafts.has(id),
    instrumentEntry: (instrument) => instrumentEntryById.get(instrument.id)!,
  };
}

let loading: Promise<KnowledgeBase> | undefined;

/** Loaded once per build (and once per change in dev, where modules reload). */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  loading ??= load();
  return loading;
}
