/**
 * The knowledge graph: computed once per build from the content, then only asked.
 * Pure: it knows nothing of Astro, so it is tested on small tables of plain objects.
 */
import { audiences, type ArticleData } from '../schemas/article.ts';
import { strongestFirst } from '../schemas/evidence.ts';
import type { ConditionData, SymptomData, TreatmentData } from '../schemas/term.ts';
import { citationOrder, linkTargets } from './body.ts';
import { startHereOrder } from './start-here.ts';
import { articleUrl, internalPath, termKinds, termUrl, type TermKind } from './urls.ts';

export interface Article extends ArticleData {
  id: string;
  filePath: string;
  body: string;
  /** The file line the body starts on, so problems in the body name file lines. */
  bodyStartLine?: number;
  url: string;
}

type TermData = { conditions: ConditionData; symptoms: SymptomData; treatments: TreatmentData };
interface TermFields<T extends TermKind> {
  kind: T;
  id: string;
  filePath: string;
  url: string;
  /** The MDX body; may cite references like an article. */
  body?: string;
  bodyStartLine?: number;
}
export type Term<K extends TermKind = TermKind> = { [T in K]: TermData[T] & TermFields<T> }[K];

export interface GraphInput {
  articles: Omit<Article, 'url'>[];
  terms: { [K in TermKind]: Omit<Term<K>, 'url' | 'kind'>[] };
}

export type TermsByKind = Record<TermKind, Term[]>;

export interface KnowledgeGraph {
  /** Published articles, newest first. */
  articles: Article[];
  article(id: string): Article | undefined;
  /** Every term of a kind, by name. */
  terms: TermsByKind;
  term(kind: TermKind, id: string): Term | undefined;
  /** The terms an article is tagged with. */
  termsOf(article: Article): TermsByKind;
  /** Articles tagged with a term, newest first. */
  articlesAbout(kind: TermKind, id: string): Article[];
  /** Terms linked to a term in either direction, by kind. */
  relatedTerms(kind: TermKind, id: string): TermsByKind;
  /** Articles whose body links to a page (its path, such as "/conditions/ptsd/"). */
  linksTo(path: string): Article[];
  /**
   * "Read next": other articles ranked by the terms they share, editors' picks first. A public
   * guide is followed only by what its reader can use (see `suitsReaderOf`).
   */
  relatedArticles(id: string, limit?: number): Article[];
  /** "Where to start": the public guides editors chose to lead with, in their order (src/lib/start-here.ts). */
  startHere: Article[];
  /** Reference ids an article cites, in the order they are numbered. */
  citations(id: string): string[];
  /** Reference ids a term page cites (its body, then a treatment's graded evidence), in the order they are numbered. */
  termCitations(kind: TermKind, id: string): string[];
  /** Articles citing a reference. */
  citedBy(referenceId: string): Article[];
  /** Condition, symptom and treatment pages citing a reference, by kind and then by name. */
  termsCiting(referenceId: string): Term[];
}

/**
 * Whether an article is fit to send the reader of another on to. A public guide's reader is a
 * man (or someone close to him), not a clinician: he is sent on to public guides and to patient
 * handouts, never to a clinical summary. Clinicians may be sent anywhere.
 */
export function suitsReaderOf(from: Pick<ArticleData, 'audience'>, to: Pick<ArticleData, 'audience' | 'format'>): boolean {
  return from.audience !== 'public' || to.audience === 'public' || to.format === 'handout';
}

const termKey = (kind: TermKind, id: string) => `${kind}/${id}`;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const newestFirst = (a: Article, b: Article) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title);
const emptyKinds = (): Record<TermKind, Set<string>> => ({ conditions: new Set(), symptoms: new Set(), treatments: new Set() });

/** The ids a term names as related, by kind, as its own frontmatter writes them. */
function declaredRelations(term: Term): Partial<Record<TermKind, string[]>> {
  switch (term.kind) {
    case 'conditions':
      return { symptoms: term.symptoms, treatments: term.treatments };
    case 'symptoms':
      return { conditions: term.conditions };
    case 'treatments':
      return { conditions: term.conditions };
  }
}

export function buildGraph(input: GraphInput): KnowledgeGraph {
  const articles = input.articles
    .filter((a) => !a.draft)
    .map((a) => ({ ...a, url: articleUrl(a) }))
    .sort(newestFirst);
  const articleById = new Map(articles.map((a) => [a.id, a]));

  const terms = Object.fromEntries(
    termKinds.map((kind) => [
      kind,
      input.terms[kind].map((t) => ({ ...t, kind, url: termUrl(kind, t.id) }) as Term).sort(byName),
    ]),
  ) as TermsByKind;
  const termByKey = new Map(termKinds.flatMap((kind) => terms[kind].map((t) => [termKey(kind, t.id), t] as const)));

  // Term relations are written on one side only, and read from both.
  const relations = new Map<string, Record<TermKind, Set<string>>>();
  const relate = (kind: TermKind, id: string, otherKind: TermKind, otherId: string) => {
    const key = termKey(kind, id);
    if (!relations.has(key)) relations.set(key, emptyKinds());
    relations.get(key)![otherKind].add(otherId);
  };
  for (const term of termByKey.values()) {
    for (const [otherKind, ids] of Object.entries(declaredRelations(term)) as [TermKind, string[]][]) {
      for (const otherId of ids) {
        relate(term.kind, term.id, otherKind, otherId);
        relate(otherKind, otherId, term.kind, term.id);
      }
    }
  }

  const aboutTerm = new Map<string, Article[]>();
  const linkedFrom = new Map<string, Article[]>();
  const citing = new Map<string, Article[]>();
  const citationsOf = new Map<string, string[]>();
  // Articles are added one at a time, so a repeat (a tag listed twice) can only be the last one.
  const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list.at(-1) !== value) list.push(value);
  };
  for (const article of articles) {
    for (const kind of termKinds) for (const id of article[kind]) push(aboutTerm, termKey(kind, id), article);
    for (const href of linkTargets(article.body)) {
      const path = internalPath(href);
      if (path && path !== article.url) push(linkedFrom, path, article);
    }
    const cited = citationOrder(article.body);
    citationsOf.set(article.id, cited);
    for (const ref of cited) push(citing, ref, article);
  }

  // A term page cites its body's sources and then, on a treatment's page, those of its graded
  // evidence, which the page shows after the text, strongest first.
  const termCitationsOf = new Map<string, string[]>();
  const citingTerms = new Map<string, Term[]>();
  for (const [key, term] of termByKey) {
    const graded = term.kind === 'treatments' ? strongestFirst(term.evidence).flatMap((e) => e.sources) : [];
    const cited = [...new Set([...citationOrder(term.body ?? ''), ...graded])];
    termCitationsOf.set(key, cited);
    for (const ref of cited) push(citingTerms, ref, term);
  }

  const lookUp = (kinds: Record<TermKind, Iterable<string>>): TermsByKind =>
    Object.fromEntries(
      termKinds.map((kind) => [
        kind,
        [...kinds[kind]].flatMap((id) => termByKey.get(termKey(kind, id)) ?? []).sort(byName),
      ]),
    ) as TermsByKind;

  // Related articles: only those sharing a term can score 1 or more, so the candidates come from
  // the term index, not a scan of every article, and only the best few are kept, not sorted.
  // Articles are counted by their place in `articles` (newest first, so a lower place breaks a
  // tie in score as newestFirst would), in typed arrays: at 10,000 articles each page's list
  // visits thousands of candidates.
  const place = new Map(articles.map((a, i) => [a, i]));
  const placesAbout = new Map<string, Int32Array>();
  const placesOf = (key: string) => {
    let places = placesAbout.get(key);
    if (!places) placesAbout.set(key, (places = Int32Array.from(aboutTerm.get(key) ?? [], (a) => place.get(a)!)));
    return places;
  };
  const shared = new Uint16Array(articles.length);
  const touched = new Int32Array(articles.length);
  const audienceOf = Uint8Array.from(articles, (a) => audiences.indexOf(a.audience));
  const rankByShared = (article: Article, exclude: Article[], limit: number): Article[] => {
    let count = 0;
    for (const kind of termKinds) {
      for (const id of article[kind]) {
        for (const i of placesOf(termKey(kind, id))) {
          if (shared[i] === 0) touched[count++] = i;
          shared[i] = shared[i]! + 1;
        }
      }
    }
    const best: { i: number; score: number }[] = [];
    const audience = audiences.indexOf(article.audience);
    for (let t = 0; t < count; t++) {
      const i = touched[t]!;
      const score = shared[i]! + (audienceOf[i] === audience ? 0.5 : 0);
      shared[i] = 0;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.i > i))) at--;
      if (at < limit && articles[i] !== article && suitsReaderOf(article, articles[i]!) && !exclude.includes(articles[i]!)) {
        best.splice(at, 0, { i, score });
        if (best.length > limit) best.pop();
      }
    }
    return best.map(({ i }) => articles[i]!);
  };

  return {
    articles,
    article: (id) => articleById.get(id),
    terms,
    term: (kind, id) => termByKey.get(termKey(kind, id)),
    termsOf: (article) => lookUp({ conditions: article.conditions, symptoms: article.symptoms, treatments: article.treatments }),
    articlesAbout: (kind, id) => aboutTerm.get(termKey(kind, id)) ?? [],
    relatedTerms: (kind, id) => lookUp(relations.get(termKey(kind, id)) ?? emptyKinds()),
    linksTo: (path) => linkedFrom.get(internalPath(path) ?? path) ?? [],
    relatedArticles(id, limit = 4) {
      const article = articleById.get(id);
      if (!article) return [];
      const picks = article.related.flatMap((r) => articleById.get(r) ?? []).filter((pick) => suitsReaderOf(article, pick));
      return [...picks, ...rankByShared(article, picks, limit)].slice(0, limit);
    },
    startHere: startHereOrder(articles),
    citations: (id) => citationsOf.get(id) ?? [],
    termCitations: (kind, id) => termCitationsOf.get(termKey(kind, id)) ?? [],
    citedBy: (referenceId) => citing.get(referenceId) ?? [],
    termsCiting: (referenceId) => citingTerms.get(referenceId) ?? [],
  };
}
