/**
 * Synthetic articles for the benchmark: a content folder with the real content (articles,
 * terms, references, glossary, helplines), and N generated articles of about 760 words that tag, cite, define
 * and link those real entries the way editors' articles do. Seeded, so every run is the same.
 * Their prose is either sentences of the real articles (`real`) or `plain`: sentences drawn word
 * by word from the 400 commonest words of the real articles, a smaller vocabulary in which each
 * word is on far more pages (the search index's chunks split differently; see README).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const WORDS_PER_ARTICLE = 760;
/** How many of the real references the generated articles cite. */
const CITED_REFERENCES = 12;

/** A small seeded random number generator (mulberry32), so runs are reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return { next, pick, some };
}

const idsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const nameOf = (file: string) => (load(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as { name: string }).name;

/** Plain sentences from the real articles' bodies: no components, headings, lists or links. */
function realSentences(articlesDir: string): string[] {
  const files = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const prose = files.flatMap((f) =>
    readFileSync(join(articlesDir, f), 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('---')
      .split('\n')
      .filter((line) => /^[A-Z]/.test(line)),
  );
  return prose
    .join(' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`{}]/g, '')
    .split(/(?<=[.?!])\s+/)
    .filter((s) => s.split(' ').length >= 5 && !/[<>]/.test(s));
}

/** What the generated articles' sentences are made of. */
export type Prose = 'real' | 'plain';
export const proseKinds: readonly Prose[] = ['real', 'plain'];

/** Sentences of 8 to 16 words drawn from the commonest words of `sentences`, as often as they occur there. */
function plainSentences(sentences: string[], rng: ReturnType<typeof random>, count: number): string[] {
  const counts = new Map<string, number>();
  for (const word of sentences.join(' ').toLowerCase().match(/[a-z']+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 400);
  const weighted = common.flatMap(([word, n]) => Array<string>(n).fill(word));
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 8 + Math.floor(rng.next() * 9) }, () => rng.pick(weighted));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  });
}

export interface SyntheticSite {
  dir: string;
  /** Every article in the folder: the generated ones and the real ones. */
  articles: number;
  /** Path of one article, for the one-article-change rebuild. */
  sampleArticle: string;
}

/** Writes `count` articles into `dir`/articles, beside copies of the real entries. */
export function generateContent(realContent: string, dir: string, count: number, prose: Prose = 'real'): SyntheticSite {
  rmSync(dir, { recursive: true, force: true });
  // The real articles come too: term pages link to them.
  for (const part of ['articles', 'conditions', 'symptoms', 'treatments', 'instruments', 'references.json', 'glossary.yaml', 'helplines.yaml', 'crisis-words.yaml']) {
    cpSync(join(realContent, part), join(dir, part), { recursive: true });
  }
  const terms = {
    conditions: idsIn(join(realContent, 'conditions')),
    symptoms: idsIn(join(realContent, 'symptoms')),
    treatments: idsIn(join(realContent, 'treatments')),
  };
  const termNames = new Map(
    Object.entries(terms).flatMap(([kind, ids]) => ids.map((id) => [`${kind}/${id}`, nameOf(join(realContent, kind, `${id}.mdx`))] as const)),
  );
  const references = (JSON.parse(readFileSync(join(realContent, 'references.json'), 'utf8')) as { id: string }[]).map((r) => r.id);
  const glossary = (load(readFileSync(join(realContent, 'glossary.yaml'), 'utf8')) as { id: string; term: string }[]).map((g) => ({ id: g.id, term: g.term }));
  const real = realSentences(join(realContent, 'articles'));
  const rng = random(20261122);
  const sentences = prose === 'real' ? real : plainSentences(real, random(20261203), 5000);

  const ids = Array.from({ length: count }, (_, i) => `synthetic-${String(i + 1).padStart(5, '0')}`);
  const audienceOf = (i: number) => (i % 10 < 7 ? 'public' : 'practitioner');
  const paragraph = (words: number) => {
    const out: string[] = [];
    let n = 0;
    while (n < words) {
      const s = rng.pick(sentences);
      out.push(s);
      n += s.split(' ').length;
    }
    return { text: out.join(' ') };
  };

  let latestPublic: string | undefined;
  ids.forEach((id, i) => {
    const audience = audienceOf(i);
    const tags = {
      conditions: rng.some(terms.conditions, 1, 2),
      symptoms: rng.some(terms.symptoms, 1, 4),
      treatments: rng.some(terms.treatments, 1, 3),
    };
    // Citations come from a fixed few references, so that some are cited often enough to need
    // pages of their own however long content/references.json grows.
    const cites = rng.some(references.slice(0, CITED_REFERENCES), 2, 4);
    // A public guide is sent on to public guides only, as the site requires (suitsReaderOf in
    // src/lib/graph.ts): a pick that is not public is dropped, or replaced by the latest public
    // guide before it. The random draws stay the same, so the rest of the content does too.
    const readable = (other: string) => audience !== 'public' || audienceOf(ids.indexOf(other)) === 'public';
    const related = (i > 0 ? rng.some(ids.slice(Math.max(0, i - 50), i), 0, 2) : []).filter(readable);
    const drawn = i > 0 ? ids[Math.floor(rng.next() * i)]! : undefined;
    const linked = drawn && !readable(drawn) ? latestPublic : drawn;
    if (audience === 'public') latestPublic = id;
    const topic = termNames.get(`symptoms/${tags.symptoms[0]}`)!;
    const published = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng.next() * 1000) * 86_400_000);
    const nextReview = new Date(published.getTime() + 730 * 86_400_000);
    const date = (d: Date) => d.toISOString().slice(0, 10);

    const body: string[] = [];
    let words = 0;
    // Sections of about 120 words, until the article is about WORDS_PER_ARTICLE long.
    for (let section = 0; words < WORDS_PER_ARTICLE - 60; section++) {
      const heading = ['What it is like', 'Why it happens', 'What helps', 'When to get help', 'What the research says', 'Next steps'][section % 6]!;
      body.push(`## ${heading}`);
      const { text } = paragraph(45);
      const term = rng.pick(glossary);
      const kind = rng.pick(['conditions', 'symptoms', 'treatments'] as const);
      const tag = rng.pick(tags[kind]);
      body.push(`${text} <Cite id="${cites[section % cites.length]}" />`);
      const second = paragraph(45);
      body.push(`${second.text} Read about <Term id="${term.id}">${term.term}</Term>, or see [${termNames.get(`${kind}/${tag}`)}](/${kind}/${tag}/).`);
      if (section === 1) body.push(`<Callout kind="tip" title="Try this">\n${paragraph(25).text}\n</Callout>`);
      if (section === 2 && linked) {
        body.push(`There is more in [another guide](/${audienceOf(ids.indexOf(linked)) === 'public' ? 'for-you' : 'clinicians'}/${linked}/).`);
      }
      words = body.join(' ').split(/\s+/).length;
    }

    const frontmatter = [
      '---',
      `title: "${topic}: article ${i + 1}"`,
      `description: "A generated article for the benchmark about ${topic.toLowerCase()}, what it is like, why it happens and what helps."`,
      `audience: ${audience}`,
      `format: ${audience === 'public' ? rng.pick(['guide', 'explainer', 'checklist']) : rng.pick(['clinical-summary', 'handout'])}`,
      `conditions: [${tags.conditions.join(', ')}]`,
      `symptoms: [${tags.symptoms.join(', ')}]`,
      `treatments: [${tags.treatments.join(', ')}]`,
      `related: [${related.join(', ')}]`,
      `published: ${date(published)}`,
      `lastReviewed: ${date(published)}`,
      `nextReview: ${date(nextReview)}`,
      '---',
    ];
    const folder = join(dir, 'articles', audience === 'public' ? 'public' : 'clinician');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${id}.mdx`), `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`);
  });

  const articles = readdirSync(join(dir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
  return { dir, articles, sampleArticle: join(dir, 'articles', 'public', `${ids[0]}.mdx`) };
}
