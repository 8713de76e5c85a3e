/**
 * The symptom explorer ("Does any of this sound familiar?"): which conditions, treatments and
 * guides the knowledge graph links to what a reader ticks, ranked, and why each is shown.
 *
 * Pure and small, because it runs twice: at build time `explorerData()` packs the graph into
 * /sound-familiar/data.json, and in the reader's browser `readExplorerData()` checks that file
 * and `rankMatches()` ranks it. Nothing the reader ticks leaves the browser.
 */
import type { KnowledgeGraph } from './graph.ts';
import { inSentence, listInWords } from './words.ts';

/**
 * The shape of the data file. The page and its script may be older than the file (a page kept
 * open, or cached, across a new build): raise this when the shape changes, and a script that
 * does not know the new shape says the data could not be loaded instead of ranking wrongly.
 */
export const explorerDataVersion = 1;

export interface ExplorerData {
  version: typeof explorerDataVersion;
  symptoms: { id: string; name: string }[];
  conditions: { id: string; name: string; url: string; symptoms: string[] }[];
  treatments: { id: string; name: string; url: string; conditions: string[] }[];
  /** Guides for the public only: the reader is the person who feels this. */
  articles: { title: string; url: string; symptoms: string[]; conditions: string[] }[];
}

/** The graph, cut down to what the explorer ranks: ids, names and addresses, no prose. */
export function explorerData(graph: Pick<KnowledgeGraph, 'terms' | 'relatedTerms' | 'articles'>): ExplorerData {
  const ids = (terms: { id: string }[]) => terms.map((t) => t.id);
  return {
    version: explorerDataVersion,
    symptoms: graph.terms.symptoms.map(({ id, name }) => ({ id, name })),
    conditions: graph.terms.conditions.map(({ id, name, url }) => ({ id, name, url, symptoms: ids(graph.relatedTerms('conditions', id).symptoms) })),
    treatments: graph.terms.treatments.map(({ id, name, url }) => ({ id, name, url, conditions: ids(graph.relatedTerms('treatments', id).conditions) })),
    articles: graph.articles
      .filter((a) => a.audience === 'public')
      .map(({ title, url, symptoms, conditions }) => ({ title, url, symptoms, conditions })),
  };
}

/**
 * The data file as fetched, if it is one this script can rank: its version and its four lists.
 * The file comes from the site's own build, so this guards against a stale page, not an attacker.
 */
export function readExplorerData(json: unknown): ExplorerData | undefined {
  const data = json as Partial<ExplorerData> | null;
  const lists = [data?.symptoms, data?.conditions, data?.treatments, data?.articles];
  return data?.version === explorerDataVersion && lists.every(Array.isArray) ? (data as ExplorerData) : undefined;
}

export interface Match {
  name: string;
  url: string;
  /** One plain sentence: why this is shown. */
  why: string;
}

export interface Matches {
  conditions: Match[];
  treatments: Match[];
  articles: Match[];
}

/** Names listed inside a sentence: "always tired and feeling numb", "depression and PTSD". */
const said = (names: string[]) => listInWords(names.map(inSentence));

const byScore = <T extends { score: number; name: string }>(a: T, b: T) => b.score - a.score;

/**
 * Conditions linked to more of the ticked symptoms come first; between equals, the one whose
 * usual signs were more fully ticked. Treatments follow the conditions they are used for, and
 * guides the symptoms (counted double) and conditions they are about. Ties keep the data's
 * order: conditions and treatments by name, guides newest first.
 */
export function rankMatches(data: ExplorerData, ticked: readonly string[]): Matches {
  const tickedSet = new Set(ticked);
  // Symptoms are named in the order the page lists them, whatever order a file gives them in.
  const names = (ids: string[]) => data.symptoms.filter((s) => ids.includes(s.id)).map((s) => s.name);

  const conditions = data.conditions
    .map((c) => {
      const matched = c.symptoms.filter((id) => tickedSet.has(id));
      return { ...c, matched, score: matched.length + matched.length / Math.max(c.symptoms.length, 1) / 2 };
    })
    .filter((c) => c.matched.length > 0)
    .sort(byScore);
  const strength = new Map(conditions.map((c) => [c.id, c.matched.length]));
  const conditionName = new Map(conditions.map((c) => [c.id, c.name]));

  const treatments = data.treatments
    .map((t) => {
      const via = t.conditions.filter((id) => strength.has(id));
      return { ...t, via, score: via.reduce((sum, id) => sum + strength.get(id)!, 0) };
    })
    .filter((t) => t.via.length > 0)
    .sort(byScore);

  const articles = data.articles
    .map((a) => {
      const symptoms = a.symptoms.filter((id) => tickedSet.has(id));
      const about = a.conditions.filter((id) => strength.has(id));
      return { ...a, name: a.title, symptoms, about, score: 2 * symptoms.length + about.length };
    })
    .filter((a) => a.score > 0)
    .sort(byScore);

  return {
    conditions: conditions.map((c) => ({
      name: c.name,
      url: c.url,
      why:
        `Linked to ${c.matched.length === 1 ? 'one thing' : `${c.matched.length} things`} you ticked: ${said(names(c.matched))}. ` +
        (c.symptoms.length === 1 ? 'It is the only sign we list for it.' : `${c.matched.length} of the ${c.symptoms.length} signs we list for it.`),
    })),
    treatments: treatments.map((t) => ({
      name: t.name,
      url: t.url,
      why: `Used for ${said(t.via.map((id) => conditionName.get(id)!))}.`,
    })),
    articles: articles.map((a) => ({
      name: a.title,
      url: a.url,
      why: `About ${said([...names(a.symptoms), ...a.about.map((id) => conditionName.get(id)!)])}.`,
    })),
  };
}
