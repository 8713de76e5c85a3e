/**
 * Every statement of fact on a clinical page names its source, and no callout in the clinician
 * section admits it has none. The rule itself, and what counts as a statement, is
 * src/lib/cited-statements.ts; this file shows it failing on a known-bad page and holds the
 * real content to it.
 */
import { describe, expect, it } from 'vitest';
import { uncitedStatements } from '../../src/lib/cited-statements.ts';
import { problemsOf } from './checked.ts';
import { clinicianArticles, readEntry, termKinds, terms } from './content.ts';

const texts = (body: string) => uncitedStatements(body).map((p) => p.text);

describe('the rule finds what a page states without a source', () => {
  it('reports each uncited paragraph, list, table row and unsourced callout of the bad fixture, and a claim hidden before a question', () => {
    const { body } = readEntry('tests/fixtures/citations/uncited.mdx');
    expect(uncitedStatements(body).map(({ line, text }) => ({ line, text }))).toEqual([
      { line: 4, text: 'Emotional numbing is common after trauma.' },
      { line: 11, text: '- a list that nobody introduced or cited\n- and that states something' },
      { line: 17, text: '| Depression | Shares loss of interest | |' },
      { line: 19, text: '<Callout kind="note" title="Not yet referenced: practice points">' },
      { line: 24, text: 'Ask directly about suicidal thoughts.' },
      { line: 29, text: 'Numbing is a sign of PTSD. Is it always?' },
    ]);
  });

  it('accepts the good fixture: cited claims, a question to ask, a checklist of questions, a cited table, a cross-reference and the help box', () => {
    expect(texts(readEntry('tests/fixtures/citations/cited.mdx').body)).toEqual([]);
  });

  it('names the line, and says what to do', () => {
    const [problem] = uncitedStatements('\n\nA claim with no source.');
    expect(problem).toMatchObject({ line: 3, reason: expect.stringContaining('<Cite id="…" />') });
  });
});

// Patient handouts are exempt from in-text citations (they are written for patients and print on
// one page), but not from the rule against unsourced callouts. check:content's own function holds
// the content to the rule.
describe('clinician articles cite a source for every statement; no callout in the clinician section says it is unsourced', () => {
  it.each(clinicianArticles().map((a) => [a.id, a] as const))('%s', (_, article) => {
    expect(problemsOf('citation', article.file)).toEqual([]);
  });
});

describe('term pages cite a source for every statement', () => {
  const pages = termKinds.flatMap((kind) => terms(kind).map((t) => [`${kind}/${t.id}`, t] as const));
  it.each(pages)('%s', (_, page) => {
    expect(problemsOf('citation', page.file)).toEqual([]);
  });
});
