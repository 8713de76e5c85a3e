/**
 * A frontmatter list whose items do not line up. YAML reads an item indented further than the
 * one above it as more words of that item ("ptsd - anhedonia"), and one indented less as a broken
 * file, so its own messages name the wrong line or speak of mappings. This names the line and
 * says to line the dashes up. The content layer (through src/lib/validate.ts) and
 * `npm run check:content` both ask it.
 */
import type { Problem } from './integrity.ts';

const item = /^( *)-(?: +(.*))?$/;
const key = /^( *)([A-Za-z][\w-]*) *:/;

/** The frontmatter's lines with their file line numbers: between the first two --- lines. */
function frontmatterLines(text: string): { text: string; line: number }[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return lines.slice(1, end < 0 ? undefined : end).map((l, i) => ({ text: l, line: i + 2 }));
}

export function listIndentProblems(text: string, file: string): Problem[] {
  const lines = frontmatterLines(text);
  const problems: Problem[] = [];
  lines.forEach((current, i) => {
    const previous = lines[i - 1];
    const here = item.exec(current.text);
    const above = previous && item.exec(previous.text);
    if (!here || !above) return;
    const [, indent = '', value = ''] = here;
    const [, aboveIndent = '', aboveValue = ''] = above;
    // Only an item of plain words above: under "- name: value" an indented line may be its own.
    if (indent.length === aboveIndent.length || !aboveValue.trim() || /:(?:\s|$)/.test(aboveValue)) return;
    const owner = lines
      .slice(0, i)
      .reverse()
      .map((l) => key.exec(l.text))
      .find((m) => m && (m[1] ?? '').length < Math.max(indent.length, aboveIndent.length, 1));
    const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
    problems.push({
      file,
      line: current.line,
      field: owner?.[2] ?? 'frontmatter',
      message: `this line is indented differently from the line above it (${spaces(indent.length)}, not ${spaces(aboveIndent.length)}), so "${value.trim()}" is not read as an item of the list`,
      fix: `line the dashes up: every "- " of a list starts in the same column, as in "${aboveIndent}- ${aboveValue.trim()}" above.`,
      severity: 'error',
    });
  });
  return problems;
}

/** Leaves out the problems that only follow from a misaligned list: those of the same field. */
export function withoutListConsequences(problems: Problem[], indentProblems: Problem[]): Problem[] {
  const fields = new Set(indentProblems.map((p) => `${p.file}\0${p.field}`));
  return problems.filter((p) => indentProblems.includes(p) || !fields.has(`${p.file}\0${p.field.split('.')[0]}`));
}
