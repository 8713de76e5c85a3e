/**
 * The rule "every statement of fact on a clinical page carries a citation", owned here so the
 * content tests (tests/content/citations.test.ts) and, later, `npm run check:content` ask the
 * same question. It reads the MDX body as text: the MDX guard (src/lib/mdx-guard.ts) already
 * allows only Markdown and the four components, so these patterns see every construct.
 *
 * What counts as a statement of fact, block by block (blocks are separated by blank lines;
 * notes to editors, `{/* … *\/}`, are removed first):
 *
 * - A prose paragraph states a fact and must hold a `<Cite>`, with these exceptions:
 *   - a heading;
 *   - a question and nothing else (a question to put to the patient states nothing);
 *   - `<HelpBox />` alone (the emergency box: help, not a claim);
 *   - a cross-reference, a paragraph that only points to another page ("See [x](/x/).");
 *   - a paragraph that introduces a list or table (it ends with ":") whose list or table
 *     carries the citations instead.
 * - A list is one statement made in several lines: it is covered by a `<Cite>` in the list
 *   itself or in the paragraph that introduces it (ending with ":"). A list made only of
 *   questions (a checklist of what to ask) states nothing and needs no citation.
 * - A table row is one statement: every body row must hold a `<Cite>`, unless the paragraph
 *   introducing the table (ending with ":") cites the source of the whole table.
 * - A callout is read like the rest of the page: its paragraphs and lists follow the rules
 *   above, whatever its kind. A callout whose title says its content is not referenced
 *   ("Not yet referenced", "unreferenced", "unsourced") is itself a problem: sourced text
 *   replaces it, or the claim goes.
 */

/** One block of a page that states something without saying where it comes from. */
export interface UncitedStatement {
  /** 1-based line in the MDX body where the block starts. */
  line: number;
  /** The block as written, trimmed. */
  text: string;
  /** Why the block was reported, in words an editor can act on. */
  reason: string;
}

const citePattern = /<Cite\s+id=["'][^"']+["']\s*\/>/;
const hasCite = (text: string): boolean => citePattern.test(text);

/** A callout title that admits its content has no source. */
const unsourcedTitle = /not yet referenced|unreferenced|unsourced|no reference/i;

const calloutOpen = /^<Callout\b[^>]*>/;
const calloutClose = /<\/Callout>\s*$/;

const isHeading = (block: string): boolean => /^#{1,6}\s/.test(block);
const isHelpBox = (block: string): boolean => /^<HelpBox\s*\/>$/.test(block);
const listLine = /^\s*(?:[-*+]|\d+[.)])\s/;
const isList = (block: string): boolean =>
  block.split('\n').every((line) => listLine.test(line) || /^\s{2,}\S/.test(line)) && listLine.test(block);
const isTable = (block: string): boolean => block.split('\n').every((line) => line.trim().startsWith('|'));
const introduces = (block: string | undefined): boolean => !!block && /:\s*(?:<Cite[^>]*\/>\s*)?$/.test(block.trim());

/** A paragraph whose only purpose is to send the reader to another page of the site. */
export function isCrossReference(block: string): boolean {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!/\]\(\/[^)]*\)/.test(text)) return false;
  return text.split(/(?<=[.!?])\s+/).every((sentence) => /^(?:(?:for [^,]+|and|also),\s*)?see\b/i.test(sentence));
}

/** A paragraph that only asks a question, such as a question to put to the patient, states nothing. */
function isQuestion(block: string): boolean {
  const text = block.replace(/[*_`]/g, '').trim();
  return /\?["'”’)]*$/.test(text) && !/[.!:]["'”’)]*\s/.test(text.replace(/^\d+\.\s/, ''));
}

/** Every list item is a question to ask ("- [ ] \"Do you…?\""), not a claim. */
function isQuestionList(block: string): boolean {
  return block
    .split('\n')
    .filter((line) => listLine.test(line))
    .every((line) => /\?["'”’)]*\s*$/.test(line.replace(citePattern, '').trim()));
}

interface Block {
  text: string;
  line: number;
  /** The callout the block sits in, if any: its opening tag, and which callout of the page it is. */
  callout?: { tag: string; index: number; line: number };
}

/** The body cut into blocks, with callouts opened up so their paragraphs are read one by one. */
export function blocks(body: string): Block[] {
  const withoutNotes = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (note) => note.replace(/[^\n]/g, ''));
  const out: Block[] = [];
  let callout: { tag: string; index: number; line: number } | undefined;
  let callouts = 0;
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    const text = current.join('\n').trim();
    if (text) out.push({ text, line: start + 1, ...(callout ? { callout } : {}) });
    current = [];
  };
  withoutNotes.split('\n').forEach((raw, i) => {
    let line = raw;
    const open = line.trim().match(calloutOpen);
    if (open) {
      flush();
      callout = { tag: open[0], index: callouts++, line: i + 1 };
      line = line.trim().slice(open[0].length);
      start = i;
    }
    const closes = calloutClose.test(line);
    if (closes) line = line.replace(calloutClose, '');
    if (!line.trim()) {
      flush();
      start = i + 1;
    } else {
      if (!current.length) start = i;
      current.push(line);
    }
    if (closes) {
      flush();
      callout = undefined;
      start = i + 1;
    }
  });
  flush();
  return out;
}

/** Table body rows (not the header and not the `| --- |` line) that hold no citation, with their offset in the table. */
function uncitedRows(table: string): { row: string; offset: number }[] {
  return table
    .split('\n')
    .map((row, offset) => ({ row: row.trim(), offset }))
    .slice(2)
    .filter(({ row }) => !/^\|[\s:|-]+\|$/.test(row) && !hasCite(row));
}

/**
 * Blocks of an MDX body that state something without a citation, and callouts that say their
 * content has no source. An empty list means every statement on the page names its source.
 */
export function uncitedStatements(body: string): UncitedStatement[] {
  const all = blocks(body);
  const problems: UncitedStatement[] = [];
  const reported = new Set<number>();
  all.forEach((block, i) => {
    const { text, line, callout } = block;
    if (callout && !reported.has(callout.index)) {
      const title = callout.tag.match(/title=["']([^"']*)["']/)?.[1] ?? '';
      if (unsourcedTitle.test(title)) {
        reported.add(callout.index);
        problems.push({
          line: callout.line,
          text: callout.tag,
          reason: `the callout "${title}" says its content has no source: replace it with text that cites one, or remove the claim`,
        });
      }
    }
    if (isHeading(text) || isHelpBox(text) || isCrossReference(text) || isQuestion(text)) return;
    const before = all[i - 1]?.text;
    const after = all[i + 1]?.text;
    const introCites = introduces(before) && hasCite(before ?? '');
    if (isTable(text)) {
      if (introCites) return;
      for (const { row, offset } of uncitedRows(text)) {
        problems.push({ line: line + offset, text: row, reason: 'this table row states something but cites no source: add <Cite id="…" /> to the row' });
      }
      return;
    }
    if (isList(text)) {
      if (hasCite(text) || introCites || isQuestionList(text)) return;
      problems.push({
        line,
        text,
        reason: 'this list states something but neither the list nor the line introducing it (ending with ":") cites a source',
      });
      return;
    }
    if (hasCite(text)) return;
    if (introduces(text) && after && (isList(after) || isTable(after))) {
      const next = after;
      const covered = isTable(next) ? uncitedRows(next).length === 0 : hasCite(next) || isQuestionList(next);
      if (covered) return;
    }
    problems.push({ line, text, reason: 'this paragraph states something but cites no source: add <Cite id="…" /> where the claim is made' });
  });
  return problems;
}
