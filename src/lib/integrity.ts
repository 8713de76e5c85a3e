/**
 * Cross-entry checks that no single schema can make: every id used anywhere must name an
 * entry that exists (Astro's reference() does not check this), and every internal link must
 * lead to a page. Pure: the build and `npm run check:content` both call it.
 */
import { closest, distance } from 'fastest-levenshtein';
import { evidenceGrades } from '../schemas/evidence.ts';
import { citationOrder, glossaryMentions, lineOf, linkTargets } from './body.ts';
import { suitsReaderOf, type GraphInput } from './graph.ts';
import { startHereProblems } from './start-here.ts';
import { articleUrl, fixedPages, instrumentUrl, internalPath, termKinds, termUrl, referenceUrl, type TermKind } from './urls.ts';

export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

/** What the checks read of an assessment tool (content/instruments/). */
export interface InstrumentInput {
  id: string;
  filePath: string;
  body: string;
  bodyStartLine?: number;
  conditions: string[];
  symptoms: string[];
  references: string[];
  cutOffs: { source: string }[];
}

export interface IntegrityInput extends GraphInput {
  referenceIds: string[];
  glossary: { id: string; filePath: string; seeAlso: string[] }[];
  instruments?: InstrumentInput[];
}

const singular: Record<TermKind | 'related', string> = {
  conditions: 'condition',
  symptoms: 'symptom',
  treatments: 'treatment',
  related: 'article',
};

/** Up to three valid ids nearest to a bad one, nearest first. */
export function nearestIds(bad: string, valid: readonly string[]): string[] {
  if (valid.length === 0) return [];
  const best = closest(bad, valid as string[]);
  const rest = [...valid]
    .filter((v) => v !== best)
    .map((v) => ({ v, d: distance(bad, v) }))
    .sort((a, b) => a.d - b.d || a.v.localeCompare(b.v))
    .slice(0, 2)
    .map(({ v }) => v);
  return [best, ...rest];
}

/** Whether a valid id is near enough to a bad one to be what the editor meant (a slip of a few letters). */
export const isNear = (bad: string, valid: string): boolean => distance(bad, valid) <= Math.max(2, Math.floor(bad.length / 3));

/** The valid ids near enough to a bad one to suggest, nearest first: never an unrelated id. */
export const nearIds = (bad: string, valid: readonly string[]): string[] => nearestIds(bad, valid).filter((id) => isNear(bad, id));

function unknownId(file: string, field: string, value: string, what: string, valid: readonly string[], where: string, line?: number): Problem {
  const near = nearIds(value, valid);
  const list = /\.(?:json|ya?ml)$/.test(where);
  const validIds = list ? `Valid ids are the ids in ${where}.` : `Valid ids are the file names in ${where}.`;
  const fix =
    near.length
      ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}? ${validIds}`
      : valid.length === 0
        ? `add ${where} first; there are none yet.`
        : what === 'reference'
          ? `if it is a new source, add it to ${where} first (CONTRIBUTING.md, "References and evidence grades"), then cite it by its id.`
          : `if it is new, add it to ${where} first. ${validIds}`;
  return {
    file,
    line,
    field,
    message: `"${value}" is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`,
    fix,
    severity: 'error',
  };
}

/**
 * An entry's id is the last part of its address, so it must not take an address the site
 * already uses: an id made only of digits is, or may one day be, a page of a list
 * (/for-you/2/ is the second page of guides), and an id like "handouts" in the clinician
 * section is the address of a page of its own (/clinicians/handouts/).
 */
export function idProblems(file: string, id: string, url: string): Problem[] {
  const rename = 'rename the file to words that say what it is about, like "why-you-feel-flat.mdx": the id is the file name';
  if (/^\d+$/.test(id)) {
    return [{
      file,
      field: 'id',
      message: `the file name "${id}" is only digits, and an address ending in a number is a page of a list (/for-you/2/ is the second page of guides)`,
      fix: `${rename}, and needs at least one letter.`,
      severity: 'error',
    }];
  }
  if ((fixedPages as readonly string[]).includes(url)) {
    return [{
      file,
      field: 'id',
      message: `the file name "${id}" would give this page the address ${url}, which is already one of the site's own pages`,
      fix: `${rename}, and must not be the name of a page the site already has.`,
      severity: 'error',
    }];
  }
  return [];
}

export function findProblems(input: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const published = input.articles.filter((a) => !a.draft);
  const draftIds = new Set(input.articles.filter((a) => a.draft).map((a) => a.id));
  const termIds = Object.fromEntries(termKinds.map((k) => [k, input.terms[k].map((t) => t.id)])) as Record<TermKind, string[]>;
  const articleIds = published.map((a) => a.id);
  const publishedById = new Map(published.map((a) => [a.id, a]));
  // Sets for the checks themselves: a list lookup per related id grows with the square of the site.
  const known = { related: new Set(articleIds), ...Object.fromEntries(termKinds.map((k) => [k, new Set(termIds[k])])) } as Record<TermKind | 'related', Set<string>>;

  const instruments = input.instruments ?? [];
  const pages = new Set<string>([
    ...fixedPages,
    ...instruments.map((i) => instrumentUrl(i.id)),
    ...published.map((a) => articleUrl(a)),
    ...termKinds.flatMap((k) => termIds[k].map((id) => termUrl(k, id))),
    ...input.referenceIds.map(referenceUrl),
  ]);

  const checkIds = (file: string, field: string, ids: string[], kind: TermKind | 'related') => {
    const valid = kind === 'related' ? articleIds : termIds[kind];
    const where = kind === 'related' ? 'content/articles/' : `content/${kind}/`;
    for (const id of ids) {
      if (kind === 'related' && draftIds.has(id)) {
        problems.push({ file, field, message: `"${id}" is a draft, so it is not published`, fix: 'remove it until that article is published.', severity: 'error' });
      } else if (!known[kind].has(id)) {
        problems.push(unknownId(file, field, id, singular[kind], valid, where));
      }
    }
  };

  /** Citations, glossary words and links in an MDX body (an article's or a term's) must all resolve. */
  const checkBody = (file: string, body: string, bodyStartLine = 1) => {
    const lineIn = (needle: string) => {
      const line = lineOf(body, needle);
      return line === undefined ? undefined : line + bodyStartLine - 1;
    };
    for (const ref of citationOrder(body)) {
      if (!input.referenceIds.includes(ref)) {
        problems.push(unknownId(file, '<Cite id>', ref, 'reference', input.referenceIds, 'content/references.json', lineIn(ref)));
      }
    }
    for (const id of glossaryMentions(body)) {
      if (!input.glossary.some((g) => g.id === id)) {
        problems.push(unknownId(file, '<Term id>', id, 'glossary', input.glossary.map((g) => g.id), 'content/glossary.yaml', lineIn(`"${id}"`)));
      }
    }
    for (const href of linkTargets(body)) {
      const path = internalPath(href);
      if (path && !pages.has(path)) {
        const near = nearIds(path, [...pages]);
        problems.push({
          file,
          line: lineIn(href),
          field: 'link',
          message: `links to ${href}, but there is no such page${draftIds.has(path.split('/')[2] ?? '') ? ' (that article is a draft)' : ''}`,
          fix: near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : 'check the address.',
          severity: 'error',
        });
      }
    }
  };

  for (const article of input.articles) problems.push(...idProblems(article.filePath, article.id, articleUrl(article)));
  for (const kind of termKinds) for (const term of input.terms[kind]) problems.push(...idProblems(term.filePath, term.id, termUrl(kind, term.id)));
  for (const tool of instruments) problems.push(...idProblems(tool.filePath, tool.id, instrumentUrl(tool.id)));

  for (const article of input.articles) {
    for (const kind of termKinds) checkIds(article.filePath, kind, article[kind], kind);
    checkIds(article.filePath, 'related', article.related.filter((id) => id !== article.id), 'related');
    for (const id of article.related) {
      const target = publishedById.get(id);
      if (target && !suitsReaderOf(article, target)) {
        problems.push({
          file: article.filePath,
          field: 'related',
          message: `"${id}" is a ${target.format.replace('-', ' ')} for clinicians, and this article is for the public`,
          fix: 'suggest a public guide or a patient handout instead: a reader of a public page is sent on to pages written for him.',
          severity: 'error',
        });
      }
    }
    if (article.related.includes(article.id)) {
      problems.push({ file: article.filePath, field: 'related', message: 'the article lists itself as related', fix: `remove "${article.id}".`, severity: 'error' });
    }
    checkBody(article.filePath, article.body, article.bodyStartLine);
  }

  for (const kind of termKinds) {
    for (const term of input.terms[kind]) {
      const relations: [string, string[], TermKind][] =
        kind === 'conditions'
          ? [['symptoms', (term as { symptoms: string[] }).symptoms, 'symptoms'], ['treatments', (term as { treatments: string[] }).treatments, 'treatments']]
          : [['conditions', (term as { conditions: string[] }).conditions, 'conditions']];
      for (const [field, ids, otherKind] of relations) checkIds(term.filePath, field, ids, otherKind);
      checkBody(term.filePath, term.body ?? '', term.bodyStartLine);
    }
  }

  problems.push(...evidenceProblems(input, termIds.conditions));
  problems.push(...startHereProblems(input.articles));
  for (const tool of instruments) {
    checkIds(tool.filePath, 'conditions', tool.conditions, 'conditions');
    checkIds(tool.filePath, 'symptoms', tool.symptoms, 'symptoms');
    const sources: [string, string][] = [...tool.references.map((id): [string, string] => ['references', id]), ...tool.cutOffs.map((c, i): [string, string] => [`cutOffs.${i}.source`, c.source])];
    for (const [field, id] of sources) {
      if (!input.referenceIds.includes(id)) problems.push(unknownId(tool.filePath, field, id, 'reference', input.referenceIds, 'content/references.json'));
    }
    checkBody(tool.filePath, tool.body, tool.bodyStartLine);
  }

  const glossaryIds = input.glossary.map((g) => g.id);
  for (const entry of input.glossary) {
    for (const target of entry.seeAlso) {
      const [kind, id] = target.includes('/') ? target.split('/', 2) : ['glossary', target];
      if (kind === 'glossary') {
        if (!glossaryIds.includes(id!)) problems.push(unknownId(entry.filePath, `${entry.id}.seeAlso`, target, 'glossary', glossaryIds, 'content/glossary.yaml'));
      } else if ((termKinds as readonly string[]).includes(kind!)) {
        const valid = termIds[kind as TermKind].map((t) => `${kind}/${t}`);
        if (!valid.includes(target)) problems.push(unknownId(entry.filePath, `${entry.id}.seeAlso`, target, singular[kind as TermKind], valid, `content/${kind}/`));
      } else {
        problems.push({ file: entry.filePath, field: `${entry.id}.seeAlso`, message: `"${target}" names no kind of page`, fix: 'write a glossary id, or "conditions/…", "symptoms/…" or "treatments/…".', severity: 'error' });
      }
    }
  }

  return problems;
}

/** The grades, as an editor writes them, for the "how to fix" of each evidence problem. */
const gradeList = evidenceGrades.join(', ');

/**
 * Every treatment grades the evidence for each condition it is linked to, whichever file
 * declares the link (its own conditions, or a condition's treatments), and grades nothing else;
 * each grade's sources are references that exist.
 */
function evidenceProblems(input: IntegrityInput, conditionIds: string[]): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(conditionIds);
  const references = new Set(input.referenceIds);
  for (const treatment of input.terms.treatments) {
    // A treatment whose own fields failed their schema (so its evidence was not read) is reported there.
    if (treatment.evidence === undefined) continue;
    const file = treatment.filePath;
    const evidence = treatment.evidence;
    // Each linked condition, and the file that links it, for the message.
    const linkedBy = new Map<string, string>((treatment.conditions ?? []).map((id) => [id, 'its own conditions name it']));
    for (const condition of input.terms.conditions) {
      if ((condition.treatments ?? []).includes(treatment.id) && !linkedBy.has(condition.id)) linkedBy.set(condition.id, `${condition.filePath} lists it among its treatments`);
    }
    const graded = new Set(evidence.map((e) => e.condition));
    for (const [conditionId, where] of linkedBy) {
      if (graded.has(conditionId) || !known.has(conditionId)) continue;
      problems.push({
        file,
        field: 'evidence',
        message: `has no grade for "${conditionId}", though ${where}`,
        fix: `add an entry for it: condition: ${conditionId}, grade (one of ${gradeList}), sources (reference ids), summary and downsides. See CONTRIBUTING.md, "Evidence grades".`,
        severity: 'error',
      });
    }
    for (const entry of evidence) {
      if (!known.has(entry.condition)) {
        problems.push(unknownId(file, 'evidence', entry.condition, 'condition', conditionIds, 'content/conditions/'));
      } else if (!linkedBy.has(entry.condition)) {
        problems.push({
          file,
          field: 'evidence',
          message: `grades "${entry.condition}", but the treatment is not linked to that condition`,
          fix: `add "${entry.condition}" to conditions, or remove its entry from evidence.`,
          severity: 'error',
        });
      }
      for (const source of entry.sources) {
        if (references.has(source)) continue;
        const problem = unknownId(file, 'evidence', source, 'reference', input.referenceIds, 'content/references.json');
        problems.push({ ...problem, message: `${problem.message} (a source of the grade for "${entry.condition}")` });
      }
    }
  }
  return problems;
}

/** One problem a line: `file:line  field  what is wrong  how to fix`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'warning' ? 'warning ' : ''}${where}  ${p.field}  ${p.message}  ${p.fix}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before the site can build:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
