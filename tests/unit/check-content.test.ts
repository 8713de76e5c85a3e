/**
 * `npm run check:content` on the fixture site, and on copies of it with one file broken
 * (tests/fixtures/bad/<case>/ is laid over tests/fixtures/content/). Each broken file must be
 * reported with its own message; nothing else may be.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/integrity.ts';
import { checkContent } from '../../scripts/check-content.ts';

const today = new Date('2026-11-22');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture site with `files` laid over it: [from, to inside content/]. */
function site(files: [string, string][] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-check-'));
  dirs.push(dir);
  cpSync('tests/fixtures/content', join(dir, 'content'), { recursive: true });
  for (const [from, to] of files) cpSync(from, join(dir, 'content', to), { recursive: true });
  return join(dir, 'content');
}

/** A problem as printed, with the content folder's own path left out, so two sites compare. */
const relativeTo = (dir: string) => (p: Problem) => formatProblem({ ...p, file: p.file.slice(p.file.indexOf(dir) + dir.length) });

/**
 * What the fixture site holds on purpose: one article overdue for review (the page shows a
 * notice), and, as a small site built to test pages rather than a whole knowledge base, what the
 * rules over the whole site find (references only the self-check pages cite, terms no article is
 * about, a guide with nothing to read next). Each case below must add its own problem to these.
 */
const fixtureSite = await checkContent({ dir: 'tests/fixtures/content', today });
const known = new Set(fixtureSite.problems.map(relativeTo('tests/fixtures/content')));
const check = async (dir: string) => (await checkContent({ dir, today })).problems.filter((p) => !known.has(relativeTo(dir)(p)));

describe('npm run check:content', () => {
  it('finds nothing wrong with the fixture site but the overdue review it holds on purpose, leaving out the rules over the whole site as the preview does', async () => {
    const { problems } = await checkContent({ dir: 'tests/fixtures/content', today, siteRules: false });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^warning tests\/fixtures\/content\/articles\/clinician\/first-summary\.mdx:\d+ {2}nextReview {2}the review was due on 2026-03-01, 266 days ago/),
    ]);
  });

  it('holds the fixture site, a partial site, to the rules over the whole site too: the references, terms and "Read next" it lacks', () => {
    const site = fixtureSite.problems.filter((p) => p.severity === 'error').map((p) => `${p.file.replace('tests/fixtures/content/', '')}  ${p.field}`);
    expect(site).toEqual([
      'articles/public/first-guide.mdx  Read next',
      'conditions/serious-condition.mdx  tagged by',
      'conditions/third-condition.mdx  tagged by',
      'references.json  cited by',
      'references.json  cited by',
      'references.json  cited by',
      'symptoms/risk-symptom.mdx  tagged by',
      'symptoms/third-symptom.mdx  tagged by',
      'treatments/unlinked-treatment.mdx  tagged by',
    ]);
  });

  it.each([
    ['malformed-yaml', 'first-guide.mdx:3  frontmatter  the frontmatter is not valid YAML: missed comma between flow collection entries'],
    ['malformed-glossary', 'glossary.yaml:2  (whole file)  the file is not valid YAML: bad indentation'],
    ['unknown-field', 'first-guide.mdx:10  lastreviewed  "lastreviewed" is not a field here  did you mean "lastReviewed"?'],
    ['missing-field', 'first-guide.mdx  title  is required but missing  The page title'],
    ['wrong-type', 'first-guide.mdx:6  draft  must be true or false, not a string: "yes"'],
    ['unknown-id', 'first-guide.mdx:6  conditions  "test-conditon" is not a condition id  did you mean "test-condition"'],
    ['unknown-instrument-id', 'instruments/fixture-scale.mdx:32  conditions  "test-conditon" is not a condition id  did you mean "test-condition"'],
    ['unknown-citation', 'first-guide.mdx:16  <Cite id>  "test-reff" is not a reference id  did you mean "test-ref"'],
    ['broken-link', 'first-guide.mdx:16  link  links to /symptoms/test-symptm/, but there is no such page  did you mean "/symptoms/test-symptom/"'],
    ['long-description', 'first-guide.mdx:3  description  is 162 characters long; it must be 160 at most'],
    ['long-sentence', 'first-guide.mdx:14  sentence length  this sentence has 41 words: "This fixture mentions the word zanzibarfixture only here'],
    ['uncited-statement', 'clinician/first-summary.mdx:17  citation  "Emotional numbing is common after trauma." states something without a source  this paragraph states something but cites no source'],
    ['reading-level', 'first-guide.mdx:14  reading level  the text reads at SMOG grade 19.5; pages for the public and patient handouts must be 10 or lower'],
    ['reading-level', "articles/public  reading level  the public articles' median SMOG grade is 9.8; together they must be 9 or lower"],
    ['copied-from-seed', 'first-guide.mdx:16  originality  12 words in a row are the same as in a source document (a seed): "emotional numbness may limit your ability to both express and experience emotions"  write it anew in your own words'],
    ['links-to-clinician-page', 'first-guide.mdx:16  link for clinicians  links to /clinicians/first-summary/, a page written for clinicians, from a page for the public'],
    ['no-help-link', 'first-guide.mdx:14  help link  this page for the public does not link to /get-help/  add a link such as [where to get help now](/get-help/)'],
    ['no-term-link', 'first-guide.mdx:14  help link  this page for the public links to no condition, symptom or treatment page'],
    ['uncited-reference', 'references.json:188  cited by  the reference "uncited-fixture-ref" is cited by no published article, term page or assessment tool  cite it with <Cite id="uncited-fixture-ref" />'],
    ['untagged-term', 'conditions/untagged-condition.mdx  tagged by  no published article is tagged with the condition "untagged-condition"'],
    ['curly-quotes', 'first-guide.mdx:16  <Cite> id  id=\u201dtest-ref\u201d is written with curly quotes (\u201c \u201d or \u2018 \u2019), as a word processor types them; <Cite> reads only straight quotes  replace them with straight quotes: id="test-ref".'],
    ['new-source', 'first-guide.mdx:16  <Cite id>  "fixture-2025" is not a reference id  if it is a new source, add it to content/references.json first (CONTRIBUTING.md, "References and evidence grades"), then cite it by its id.'],
    ['list-indented-too-far', 'first-guide.mdx:9  symptoms  this line is indented differently from the line above it (3 spaces, not 2 spaces), so "second-symptom" is not read as an item of the list  line the dashes up'],
    ['list-indented-too-little', 'first-guide.mdx:9  symptoms  this line is indented differently from the line above it (1 space, not 2 spaces), so "second-symptom" is not read as an item of the list  line the dashes up'],
    ['date-day-first', 'first-guide.mdx:9  published  must be a date written as YYYY-MM-DD, for example 2026-11-22'],
    ['review-overdue', 'warning '],
    ['duplicate-id', 'clinician/first-guide.mdx  id  "first-guide" is also the id of'],
    ['duplicate-glossary-id', 'glossary.yaml:5  id  entry 2 repeats the id "test-word"'],
    ['numeric-id', 'public/2024.mdx  id  the file name "2024" is only digits'],
    ['unchecked-reference', 'references.json:3  checked.records  the reference "test-ref" does not say how it was checked  How this reference was checked (required)'],
    ['ungraded-treatment', 'treatments/test-treatment.mdx:4  evidence  has no grade for "third-condition", though'],
    ['invalid-grade', 'treatments/test-treatment.mdx:4  evidence.0.grade  must be one of "guideline-recommendation", "meta-analysis", "randomised-trial", "observational", "expert-opinion", "no-evidence-found", not "strong"'],
    ['grade-without-source', 'treatments/test-treatment.mdx:4  evidence.0.sources  names no source: every grade but no-evidence-found rests on at least one reference'],
    ['unknown-evidence-source', 'treatments/test-treatment.mdx:4  evidence  "test-reff" is not a reference id (a source of the grade for "test-condition")  did you mean "test-ref"'],
    ['route-collision', 'clinician/handouts.mdx  id  the file name "handouts" would give this page the address /clinicians/handouts/'],
    ['rare-on-one-tick', 'conditions/serious-condition.mdx:6  commonness  is "rare", so the symptom explorer must need at least 2 ticks to list it'],
    ['helpline-without-source', 'helplines.yaml:11  sourceUrl  is required but missing  The address of that page'],
  ])('reports %s with its own message, and nothing else', async (overlay, expected) => {
    const problems = await check(site([[join('tests/fixtures/bad', overlay), '.']]));
    const lines = problems.map(formatProblem);
    expect(lines.some((line) => line.includes(expected))).toBe(true);
    // The unknown field also leaves lastReviewed missing; a duplicate names both files.
    // The reading-level case also lifts the public articles' median.
    const count = { 'unknown-field': 2, 'duplicate-id': 2, 'reading-level': 2 }[overlay] ?? 1;
    expect(lines).toHaveLength(count);
  });

  it('checks the prose of a page whose fields failed, so one run shows every problem', async () => {
    const problems = await check(site([['tests/fixtures/bad/date-and-long-sentence', '.']]));
    expect(problems.map((p) => `${p.line}  ${p.field}`)).toEqual(['9  published', '14  sentence length']);
  });

  it('warns, without failing, when a review date has passed', async () => {
    const problems = await check(site([['tests/fixtures/bad/review-overdue', '.']]));
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'nextReview', line: 11, message: expect.stringMatching(/due on 2026-02-01, 294 days ago/) }),
    ]);
  });

  it('reports every unsafe MDX file at once, each with its own message', async () => {
    const fixtures = readdirSync('tests/fixtures/mdx');
    const dir = site(fixtures.map((f) => [join('tests/fixtures/mdx', f), join('articles/public', f)]));
    // Their lockdown problems: these bare fixture pages also link nowhere, which is not the point here.
    const problems = (await check(dir)).filter((p) => p.field !== 'help link');
    expect(problems.map((p) => p.file.split('/').pop()).sort()).toEqual(fixtures.sort());
    expect(new Set(problems.map((p) => p.message)).size).toBe(fixtures.length);
  });

  it('prints file:line  field  problem  fix and fails; passes a good site', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, CONTENT_DIR: site([['tests/fixtures/bad/unknown-id', '.']]) };
    const failed = await run('node', ['scripts/check-content.ts'], { env }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/articles\/public\/first-guide\.mdx:6 {2}conditions {2}"test-conditon" is not a condition id {2}did you mean/);
    expect(failed.stdout).toMatch(/\d+ errors?, 1 warning\. Each line says/);
    const passed = await run('node', ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_DIR: 'content' } });
    expect(passed.stdout).toMatch(/0 errors, \d+ warnings?\./);
  });
});
