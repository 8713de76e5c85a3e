/**
 * What a content folder says, reduced to the facts a reviewer compares between two versions:
 * each article's and term's links, citations and backlinks, the reading figures of pages for
 * readers, clinician paragraphs without a citation, review dates, and every reference and
 * helpline with its source. Read as the build reads it (scripts/lib/content-source.ts, the
 * schemas) and measured with the build's and check:content's own modules.
 */
import { createHash } from 'node:crypto';
import { linkTargets } from '../../src/lib/body.ts';
import { shortCitation } from '../../src/lib/citations.ts';
import { buildGraph, type GraphInput } from '../../src/lib/graph.ts';
import { isoDate } from '../../src/lib/labels.ts';
import { uncitedStatements } from '../../src/lib/cited-statements.ts';
import { isForReaders, longestSentence, smog } from '../../src/lib/readability.ts';
import { isReviewOverdue } from '../../src/lib/reviews.ts';
import { internalPath, termKinds, termUrl } from '../../src/lib/urls.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import type { HelplineData } from '../../src/schemas/helpline.ts';
import { schemas } from '../../src/schemas/index.ts';
import type { ReferenceData } from '../../src/schemas/reference.ts';
import { readContent, type SourceEntry } from './content-source.ts';

export interface PageFacts {
  /** "article", "condition"… */
  kind: string;
  url: string;
  title: string;
  /** Changes whenever the file does. */
  digest: string;
  links: string[];
  citations: string[];
  backlinks: string[];
}

export interface ArticleFacts extends PageFacts {
  audience: string;
  lastReviewed: string;
  nextReview: string;
  overdue: boolean;
  /** Pages for the public and patient handouts only. */
  reading?: { grade: number; longest: { words: number; text: string } | undefined };
  /** Clinician articles only: the paragraphs that state something without a citation. */
  uncited?: string[];
}

export interface SourcedFacts {
  title: string;
  digest: string;
  /** Where it was checked: the record or page addresses, or a name. */
  sources: string[];
}

export interface HelplineFacts extends SourcedFacts {
  /** The numbers to call or text, digits only, as tel: and sms: links write them. */
  numbers: string[];
}

export interface ContentSnapshot {
  /** By address: "/for-you/why-numb/", "/conditions/ptsd/". */
  pages: Record<string, PageFacts | ArticleFacts>;
  references: Record<string, SourcedFacts>;
  helplines: Record<string, HelplineFacts>;
  /** Entries that did not pass their schema: named, so the report can say they were left out. */
  invalid: string[];
}

const digest = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 16);
const internalLinks = (body: string) => [...new Set(linkTargets(body).flatMap((href) => internalPath(href) ?? []))].sort();

export function snapshotContent(dir: string, today: Date = new Date()): ContentSnapshot {
  const source = readContent(dir);
  const invalid: string[] = [];
  const parsed = (entry: SourceEntry) => {
    const result = schemas[entry.collection].safeParse(entry.data);
    if (!result.success) invalid.push(entry.isItem ? `${entry.file} (${entry.id})` : entry.file);
    return result.success ? (result.data as Record<string, unknown>) : undefined;
  };
  const entries = source.entries.flatMap((entry) => {
    const data = parsed(entry);
    return data ? [{ entry, data }] : [];
  });
  const of = (collection: SourceEntry['collection']) => entries.filter((e) => e.entry.collection === collection);
  const fields = ({ entry, data }: { entry: SourceEntry; data: Record<string, unknown> }) => ({ ...data, id: entry.id, filePath: entry.file, body: entry.body });
  const graph = buildGraph({
    articles: of('articles').map(fields),
    terms: Object.fromEntries(termKinds.map((kind) => [kind, of(kind).map(fields)])),
  } as unknown as GraphInput);
  const textOf = new Map(source.entries.map((e) => [`${e.collection}/${e.id}`, e.text]));
  const backlinks = (url: string) => graph.linksTo(url).map((a) => a.url).sort();

  const pages: ContentSnapshot['pages'] = {};
  for (const article of graph.articles) {
    const data = article as ArticleData & typeof article;
    pages[article.url] = {
      kind: 'article',
      url: article.url,
      title: article.title,
      digest: digest(textOf.get(`articles/${article.id}`) ?? ''),
      links: internalLinks(article.body),
      citations: graph.citations(article.id),
      backlinks: backlinks(article.url),
      audience: article.audience,
      lastReviewed: isoDate(data.lastReviewed),
      nextReview: isoDate(data.nextReview),
      overdue: isReviewOverdue(data.nextReview, today),
      ...(isForReaders(data) && { reading: { grade: Math.round(smog(article.body) * 10) / 10, longest: longestSentence(article.body) } }),
      ...(article.audience === 'practitioner' && data.format !== 'handout' && { uncited: uncitedStatements(article.body).map((u) => u.text) }),
    };
  }
  for (const kind of termKinds) {
    for (const term of graph.terms[kind]) {
      const related = graph.relatedTerms(kind, term.id);
      pages[term.url] = {
        kind: kind.slice(0, -1),
        url: term.url,
        title: term.name,
        digest: digest(textOf.get(`${kind}/${term.id}`) ?? ''),
        links: [...new Set([...internalLinks(term.body ?? ''), ...termKinds.flatMap((k) => related[k].map((t) => termUrl(k, t.id)))])].sort(),
        citations: graph.termCitations(kind, term.id),
        backlinks: backlinks(term.url),
      };
    }
  }

  const references: ContentSnapshot['references'] = {};
  for (const { entry, data } of of('references')) {
    const ref = data as unknown as ReferenceData;
    references[entry.id] = { title: `${shortCitation(ref)}: ${ref.title}`, digest: digest(ref), sources: ref.checked?.records ?? [] };
  }
  const helplines: ContentSnapshot['helplines'] = {};
  for (const { entry, data } of of('helplines')) {
    const line = data as unknown as HelplineData;
    const numbers = [line.phone && `call ${line.phone}`, line.text && `text ${line.text.message ? `${line.text.message} to ` : ''}${line.text.number}`].filter(Boolean).join(', ');
    helplines[entry.id] = {
      title: `${line.service} (${line.country}, ${line.tier}): ${numbers}`,
      digest: digest(line),
      sources: [line.sourceUrl ?? line.source],
      numbers: [line.phone, line.text?.number].flatMap((n) => (n ? [n.replace(/\D/g, '')] : [])),
    };
  }
  return { pages, references, helplines, invalid: invalid.sort() };
}
