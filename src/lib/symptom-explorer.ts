/**
 * The symptom explorer ("Does any of this sound familiar?"): which conditions, treatments and
 * guides the knowledge graph links to what a reader ticks, ranked, and why each is shown.
 *
 * Pure and small, because it runs twice: at build time `explorerData()` packs the graph into
 * /sound-familiar/data.json, and in the reader's browser `readExplorerData()` checks that file
 * and `rankMatches()` ranks it. Nothing the reader ticks leaves the browser.
 */
import { explorerDefaults, type Commonness } from '../schemas/term-defaults.ts';
import type { KnowledgeGraph } from './graph.ts';
import { inSentence, listInWords } from './words.ts';

/**
 * The shape of the data file. The page and its script may be older than the file (a page kept
 * open, or cached, across a new build): raise this when the shape changes, and a script that
 * does not know the new shape says the data could not be loaded instead of ranking wrongly.
 */
export const explorerDataVersion = 2;

export interface ExplorerData {
  version: typeof explorerDataVersion;
  /** `risk` only where it is true: a tick that can mean danger. */
  symptoms: { id: string; name: string; risk?: true }[];
  /** With the editors' settings filled in: how common it is, and how many ticks it takes to be listed. */
  conditions: { id: string; name: string; url: string; symptoms: string[]; commonness: Commonness; minMatches: number }[];
  treatments: { id: string; name: string; url: string; conditions: string[] }[];
  /** Guides for the public only: the reader is the person who feels this. */
  articles: { title: string; url: string; symptoms: string[]; conditions: string[] }[];
}

/** The graph, cut down to what the explorer ranks: ids, names and addresses, no prose. */
export function explorerData(graph: Pick<KnowledgeGraph, 'terms' | 'relatedTerms' | 'articles'>): ExplorerData {
  const ids = (terms: { id: string }[]) => terms.map((t) => t.id);
  return {
    version: explorerDataVersion,
    symptoms: graph.terms.symptoms.map((s) => (s.kind === 'symptoms' && s.risk ? { id: s.id, name: s.name, risk: true as const } : { id: s.id, name: s.name })),
    conditions: graph.terms.conditions.map((c) => ({
      id: c.id,
      name: c.name,
      url: c.url,
      symptoms: ids(graph.relatedTerms('conditions', c.id).symptoms),
      commonness: (c.kind === 'conditions' && c.commonness) || explorerDefaults.commonness,
      minMatches: (c.kind === 'conditions' && c.minMatches) || explorerDefaults.minMatches,
    })),
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
  /** Something ticked can mean danger: urgent help comes before everything else. */
  urgent: boolean;
  conditions: Match[];
  treatments: Match[];
  articles: Match[];
}

/** Names listed inside a sentence: "always tired and feeling numb", "depression and PTSD". */
const said = (names: string[]) => listInWords(names.map(inSentence));

const byScore = <T extends { score: number }>(a: T, b: T) => b.score - a.score;

/** How much a condition's rarity weighs against it: a rare one counts one tick less, a less common one half a tick less. */
const rarityPenalty: Record<Commonness, number> = { common: 0, 'less-common': 0.5, rare: 1 };

/**
 * The explorer's rules, all here:
 * - Ticking a symptom flagged `risk` makes the result urgent: the page puts urgent help first.
 * - A condition is listed only once at least its `minMatches` of its symptoms are ticked, so a
 *   serious or rare condition (minMatches 2 or 3) never shows on a single tick.
 * - Conditions are ranked by the ticks they share, less their rarity penalty; between equals,
 *   the one whose usual signs were more fully ticked. Ties keep the data's order (by name).
 * - Treatments follow the listed conditions they are used for, and guides the symptoms (counted
 *   double) and listed conditions they are about; guides tie newest first.
 */
export function rankMatches(data: ExplorerData, ticked: readonly string[]): Matches {
  const tickedSet = new Set(ticked);
  // Symptoms are named in the order the page lists them, whatever order a file gives them in.
  const names = (ids: string[]) => data.symptoms.filter((s) => ids.includes(s.id)).map((s) => s.name);
  const urgent = data.symptoms.some((s) => s.risk && tickedSet.has(s.id));

  const conditions = data.conditions
    .map((c) => {
      const matched = c.symptoms.filter((id) => tickedSet.has(id));
      return { ...c, matched, score: matched.length - rarityPenalty[c.commonness], share: matched.length / Math.max(c.symptoms.length, 1) };
    })
    .filter((c) => c.matched.length > 0 && c.matched.length >= c.minMatches)
    .sort((a, b) => byScore(a, b) || b.share - a.share);
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
    urgent,
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
