/**
 * `npm run new`: starts a new article or term entry in the right folder, with a frontmatter
 * that passes the schema (every required field, today's dates) and an outline for its readers.
 * Asks for anything not given as a flag; refuses an id that exists; says what to do next.
 *
 *   npm run new
 *   npm run new -- article --audience public --format guide --title "…" --description "…"
 *   npm run new -- condition --name "…" --summary "…"        (or symptom, treatment --evidence "…")
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-paths.ts';
import { formatProblem, idProblems, type Problem } from '../src/lib/integrity.ts';
import { isoDate } from '../src/lib/labels.ts';
import { aYearAfter } from '../src/lib/reviews.ts';
import { suggestTerms, termChoices, type NamedTerm } from '../src/lib/term-search.ts';
import { articleUrl, termKinds, termUrl, type TermKind } from '../src/lib/urls.ts';
import { schemaProblems } from '../src/lib/validate.ts';
import { audiences, formatHelp, formats, type Audience, type Format } from '../src/schemas/article.ts';
import { idPattern } from '../src/schemas/ids.ts';
import { schemas } from '../src/schemas/index.ts';
import { displayPath, readContent } from './lib/content-source.ts';

const usage = `Start a new article or term entry.

  npm run new                  asks for everything, step by step
  npm run new -- article   --audience public|practitioner --format ${formats.join('|')}
                           --title "…" --description "…"
  npm run new -- condition --name "…" --summary "…"
  npm run new -- symptom   --name "…" --summary "…"
  npm run new -- treatment --name "…" --summary "…" --evidence "…"

  Formats:
${formats.map((f) => `    ${f.padEnd(17)}${formatHelp[f]}`).join('\n')}

  Any entry:      --slug file-name (made from the title or name if left out)
  Articles:       --conditions a,b  --symptoms a,b  --treatments a,b  (ids, optional)
  Conditions:     --symptoms a,b  --treatments a,b
  Symptoms, treatments: --conditions a,b`;

const kinds = { article: 'articles', condition: 'conditions', symptom: 'symptoms', treatment: 'treatments' } as const;
type Kind = keyof typeof kinds;

/** A file name from a title: lower case, plain letters, words joined by hyphens. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) if (`${slug}-${word}`.length <= 60 || !slug) slug = slug ? `${slug}-${word}` : word;
  return slug;
}

/** A YAML value: plain when it reads back the same, otherwise double-quoted. */
const yamlValue = (value: string | string[] | boolean): string => {
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return /^[A-Za-z0-9(][^:#"\n]*$/.test(value) && value.trim() === value && !/^(true|false|yes|no|null|~|on|off)$/i.test(value) ? value : JSON.stringify(value);
};

const frontmatter = (fields: Record<string, string | string[] | boolean>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${yamlValue(value)}`)
    .join('\n')}\n---\n`;

const note = (text: string) => `{/* ${text} */}`;

/** The first headings of an article, with notes for the writer that readers never see. */
function articleOutline(audience: Audience, format: Format): string {
  if (audience === 'public' || format === 'handout') {
    const sections =
      format === 'checklist'
        ? ['## Before you start', '## Your checklist', '## What to do next']
        : format === 'handout'
          ? ['## What is happening', '## What you can do', '## Where to get help']
          : format === 'guide'
            ? ['## What you might notice', '## What you can do', '## When to get help']
            : ['## What this is', '## Why it happens', '## What helps'];
    return [
      note('Write to one man, as "you". Keep sentences to 20 words or fewer and use everyday words, the plain word first: "feeling nothing (emotional numbness)". Back each fact with a Cite tag (docs/components.md). Reading level: SMOG 10 or lower; npm run check:content tells you. A checklist item is written "- [ ] item".'),
      ...sections.flatMap((heading) => ['', heading]),
      '',
      'If this is hard to carry on your own, [find someone to talk to](/get-help/).',
      '',
    ].join('\n');
  }
  return [
    note('Precise, concise and referenced: each statement that is not common knowledge carries a Cite tag (docs/components.md). The reference list is built from those tags.'),
    ...['## Key points', '## Presentation', '## Differential diagnosis', '## Assessment', '## Management', '## Engaging men'].flatMap((heading) => ['', heading]),
    '',
  ].join('\n');
}

function termOutline(kind: TermKind): string {
  const headings = {
    conditions: ['## What it is', '## How it can feel', '## What helps'],
    symptoms: ['## What it can feel like', '## Where it comes from', '## What helps'],
    treatments: ['## What it is', '## What the evidence says', '## How to get it'],
  }[kind];
  return [
    note(`Plain words first, clinical words in brackets. Back each fact with a Cite tag (docs/components.md). Articles link here with the address /${kind}/ followed by this file's name.`),
    ...headings.flatMap((heading) => ['', heading]),
    '',
  ].join('\n');
}

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

class Refused extends Error {}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      audience: { type: 'string' },
      format: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      name: { type: 'string' },
      summary: { type: 'string' },
      evidence: { type: 'string' },
      slug: { type: 'string' },
      conditions: { type: 'string' },
      symptoms: { type: 'string' },
      treatments: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const missing: string[] = [];
  interface Question {
    choices?: readonly string[];
    /** What is wrong with an answer, if anything; asked again until right. */
    check?: (answer: string) => string | undefined;
    optional?: boolean;
  }
  /** A value from its flag, or asked for; without a terminal, a missing one is noted. */
  const ask = async (flag: string, question: string, given: string | undefined, { choices, check, optional }: Question = {}): Promise<string> => {
    if (given !== undefined && choices && !choices.includes(given)) throw new Refused(`--${flag} "${given}" is not one of: ${choices.join(', ')}.`);
    // A flag's value is checked with everything else at the end, so all its problems show at once.
    if (given !== undefined) return given.trim();
    if (!rl) {
      if (!optional) missing.push(`--${flag}`);
      return '';
    }
    for (;;) {
      const answer = (await rl.question(`${question}${choices ? ` (${choices.join(', ')})` : ''}: `)).trim();
      if (!answer && optional) return '';
      const wrong = !answer ? 'Please type an answer.' : choices && !choices.includes(answer) ? `Please type one of: ${choices.join(', ')}.` : check?.(answer);
      if (!wrong) return answer;
      console.log(`  ${wrong}`);
    }
  };

  try {
    const kind = (await ask('kind', 'What are you adding', positionals[0], { choices: Object.keys(kinds) })) as Kind;
    if (!kind) throw new Refused(`say what to add: article, condition, symptom or treatment.\n\n${usage}`);
    const collection = kinds[kind];
    const dir = contentDir();
    const content = readContent(dir);
    const idsOf = (c: string) => content.entries.filter((e) => e.collection === c).map((e) => e.id);
    /** A kind's terms with their plain names and aliases, to list and to search. */
    const termsOf = (c: TermKind): NamedTerm[] =>
      content.entries
        .filter((e) => e.collection === c)
        .map((e) => ({ id: e.id, name: String(e.data?.name ?? e.id), aliases: Array.isArray(e.data?.aliases) ? e.data.aliases.map(String) : [] }));
    /** What is wrong with one id, and the ids its words, names or spelling suggest. */
    const unknownTag = (termKind: TermKind, id: string) => {
      const near = suggestTerms(id, termsOf(termKind));
      return {
        message: `"${id}" is not a ${termKind.slice(0, -1)} id`,
        fix: `${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}? ` : ''}The ids are the file names in ${dir}/${termKind}/.`,
      };
    };
    const shape = (schemas[collection] as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }> }).shape;
    /** The schema's own verdict on one field, in the schema's words. */
    const field = (name: string) => (answer: string) => {
      const result = shape[name]?.safeParse(answer);
      return result && !result.success ? `That ${result.error?.issues[0]?.message}.` : undefined;
    };
    /** Ids of one kind of term, each checked against the existing files. */
    const tags = async (termKind: TermKind, given: string | undefined) => {
      if (rl && given === undefined) console.log(`\nThe ${termKind} you can choose (id, then name):\n${termChoices(termsOf(termKind)).map((l) => `  ${l}`).join('\n')}`);
      return list(
        await ask(termKind, `Which ${termKind} is it about (ids or names, separated by commas; Enter for none)`, given, {
          optional: true,
          check: (answer) => {
            const unknown = list(answer).find((id) => !idsOf(termKind).includes(id));
            if (!unknown) return undefined;
            const { message, fix } = unknownTag(termKind, unknown);
            return `${message}: ${fix}`;
          },
        }),
      );
    };

    const today = new Date();
    let fields: Record<string, string | string[] | boolean>;
    let title: string;
    let audience: Audience | undefined;
    let format: Format = 'guide';
    if (kind === 'article') {
      audience = (await ask('audience', 'Who is it for', values.audience, { choices: audiences })) as Audience;
      if (rl && values.format === undefined) console.log(`\nKinds of page:\n${formats.map((f) => `  ${f.padEnd(17)}${formatHelp[f]}`).join('\n')}`);
      format = (await ask('format', 'What kind of page', values.format, { choices: formats })) as Format;
      title = await ask('title', 'Title (as a reader would say it)', values.title, { check: field('title') });
      const description = await ask('description', 'Description for search results (40 to 160 characters)', values.description, { check: field('description') });
      fields = {
        title,
        description,
        audience,
        format,
        conditions: await tags('conditions', values.conditions),
        symptoms: await tags('symptoms', values.symptoms),
        treatments: await tags('treatments', values.treatments),
        related: [],
        published: isoDate(today),
        lastReviewed: isoDate(today),
        nextReview: isoDate(aYearAfter(today)),
        draft: true,
      };
    } else {
      title = await ask('name', `Name of the ${kind} (the plain name a reader would use)`, values.name, { check: field('name') });
      const summary = await ask('summary', 'Summary (one or two plain sentences, 20 to 240 characters)', values.summary, { check: field('summary') });
      fields = { name: title, aliases: [], summary };
      if (kind === 'condition') Object.assign(fields, { symptoms: await tags('symptoms', values.symptoms), treatments: await tags('treatments', values.treatments) });
      else fields.conditions = await tags('conditions', values.conditions);
      if (kind === 'treatment') fields.evidence = await ask('evidence', 'What the evidence says, in the words of its sources', values.evidence, { check: field('evidence') });
    }
    if (missing.length) throw new Refused(`missing ${missing.join(', ')}.\n\n${usage}`);

    const slug = values.slug ?? slugify(title);
    if (!idPattern.test(slug)) throw new Refused(`"${slug}" cannot be a file name: use lower-case words joined by hyphens, like "why-you-feel-flat".`);
    const existing = content.entries.find((e) => e.collection === collection && e.id === slug);
    if (existing) throw new Refused(`${existing.file} already has the id "${slug}". Edit that file, or choose another name with --slug.`);

    // The same schema the build uses, and the ids the build will look up.
    const problems: Problem[] = [];
    const result = schemas[collection].safeParse(fields);
    const file = join(dir, collection, kind === 'article' ? (audience === 'public' ? 'public' : 'clinician') : '', `${slug}.mdx`);
    if (!result.success) problems.push(...schemaProblems(result.error, schemas[collection], displayPath(file), '', 1, fields));
    const url = kind === 'article' ? articleUrl({ id: slug, audience: audience! }) : termUrl(collection as TermKind, slug);
    problems.push(...idProblems(displayPath(file), slug, url));
    for (const termKind of termKinds) {
      for (const id of Array.isArray(fields[termKind]) ? (fields[termKind] as string[]) : []) {
        if (!idsOf(termKind).includes(id)) {
          problems.push({ file: displayPath(file), field: termKind, ...unknownTag(termKind, id), severity: 'error' as const });
        }
      }
    }
    // With a wrong id, the ids of that kind with their names, to pick from.
    const choices = termKinds
      .filter((k) => problems.some((p) => p.field === k))
      .map((k) => `\nThe ${k} you can choose (id, then name):\n${termChoices(termsOf(k)).map((l) => `  ${l}`).join('\n')}`);
    if (problems.length) throw new Refused(`nothing was written, because:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n${choices.join('\n')}`);
    if (existsSync(file)) throw new Refused(`${displayPath(file)} already exists.`);

    const body = kind === 'article' ? articleOutline(audience!, format) : termOutline(collection as TermKind);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${frontmatter(fields)}\n${body}`);

    console.log(`Created ${displayPath(file)}${kind === 'article' ? ' (a draft: only `npm run dev` shows it)' : ''}.

Next steps:
  1. Write it under the headings. Notes in {/* … */} are for you: readers never see them.
     Tag it with the ids of the conditions, symptoms and treatments it is about.
  2. Preview it: npm run dev, then open http://localhost:4321${url}
  3. Check it: npm run check:content (every problem at once, each with how to fix it).${
    kind === 'article' ? '\n  4. When it is ready, delete the line "draft: true" and open a pull request.' : '\n  4. Open a pull request.'
  }
     CONTRIBUTING.md has the editorial standard and the checklist reviewers use.`);
  } catch (error) {
    if ((error as Error).name === 'AbortError') error = new Refused('stopped; nothing was written.');
    if (!(error instanceof Refused)) throw error;
    console.error(`npm run new: ${error.message}`);
    process.exitCode = 1;
  } finally {
    rl?.close();
  }
}

if (import.meta.main) await main();
