import { describe, expect, it } from 'vitest';
import { findProblems, formatProblem, nearestIds, nearIds, type IntegrityInput } from '../../src/lib/integrity.ts';

const base = (): IntegrityInput => ({
  articles: [
    {
      id: 'why-numb',
      filePath: 'content/articles/public/why-numb.mdx',
      bodyStartLine: 7,
      body: 'Intro.\n\nSee [PTSD](/conditions/ptsd/) and [help](/get-help/). <Cite id="palyo-2008" /> <Term id="anhedonia">x</Term>',
      title: 'Why',
      description: 'd',
      audience: 'public',
      format: 'guide',
      conditions: ['ptsd'],
      symptoms: [],
      treatments: [],
      related: [],
      published: new Date('2026-01-01'),
      lastReviewed: new Date('2026-01-01'),
      nextReview: new Date('2027-01-01'),
      draft: false,
    },
  ],
  terms: {
    conditions: [{ id: 'ptsd', filePath: 'content/conditions/ptsd.mdx', name: 'PTSD', aliases: [], summary: 's', symptoms: [], treatments: [] }],
    symptoms: [{ id: 'numbness', filePath: 'content/symptoms/numbness.mdx', name: 'Numbness', aliases: [], summary: 's', conditions: [] }],
    treatments: [
      {
        id: 'cbt',
        filePath: 'content/treatments/cbt.mdx',
        name: 'CBT',
        aliases: [],
        summary: 's',
        conditions: ['ptsd'],
        evidence: [{ condition: 'ptsd', grade: 'meta-analysis', sources: ['ma-2021'], summary: 'A pooled review found it helps.', downsides: 'None reported.' }],
      },
    ],
  },
  referenceIds: ['palyo-2008', 'ma-2021'],
  glossary: [{ id: 'anhedonia', filePath: 'content/glossary.yaml', seeAlso: ['conditions/ptsd'] }],
});

describe('findProblems', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(findProblems(base())).toEqual([]);
  });

  const cases: [string, (i: IntegrityInput) => void, RegExp][] = [
    ['an unknown condition tag', (i) => (i.articles[0]!.conditions = ['ptds']), /why-numb\.mdx {2}conditions {2}"ptds" is not a condition id {2}did you mean "ptsd"/],
    ['an unknown symptom relation', (i) => (i.terms.conditions[0]!.symptoms = ['numbnes']), /ptsd\.mdx {2}symptoms {2}"numbnes" is not a symptom id {2}did you mean "numbness"/],
    ['an unknown citation', (i) => (i.articles[0]!.body += '\n<Cite id="palyo-2009" />'), /why-numb\.mdx:10 {2}<Cite id> {2}"palyo-2009" is not a reference id {2}did you mean "palyo-2008"/],
    ['an unknown related article', (i) => (i.articles[0]!.related = ['why-numbb']), /related {2}"why-numbb" is not an article id/],
    ['a link to a missing page', (i) => (i.articles[0]!.body += '\n[x](/conditions/ptds/)'), /link {2}links to \/conditions\/ptds\/, but there is no such page {2}did you mean "\/conditions\/ptsd\/"/],
    ['an unknown glossary term', (i) => (i.articles[0]!.body += '<Term id="anhedonai">x</Term>'), /<Term id> {2}"anhedonai" is not a glossary id {2}did you mean "anhedonia"/],
    ['an unknown citation in a term body', (i) => (i.terms.symptoms[0]!.body = 'x\n<Cite id="ma-2012" />'), /numbness\.mdx:2 {2}<Cite id> {2}"ma-2012" is not a reference id {2}did you mean "ma-2021"/],
    ['a link to a missing page from a term body', (i) => (i.terms.conditions[0]!.body = '[x](/symptoms/numbnes/)'), /ptsd\.mdx:1 {2}link {2}links to \/symptoms\/numbnes\/, but there is no such page {2}did you mean "\/symptoms\/numbness\/"/],
    ['an unknown glossary see-also', (i) => (i.glossary[0]!.seeAlso = ['conditions/ptds']), /anhedonia\.seeAlso {2}"conditions\/ptds" is not a condition id/],
    // Every condition a treatment is linked to, from either side, has its grade; each grade's sources exist.
    ['a treatment with no grade for its own condition', (i) => (i.terms.treatments[0]!.evidence = []), /cbt\.mdx {2}evidence {2}has no grade for "ptsd", though its own conditions name it {2}add an entry for it: condition: ptsd, grade \(one of guideline-recommendation, .*no-evidence-found\)/],
    [
      'a treatment with no grade for a condition that lists it',
      (i) => {
        i.terms.conditions[0]!.treatments = ['cbt'];
        Object.assign(i.terms.treatments[0]!, { conditions: [], evidence: [] });
      },
      /cbt\.mdx {2}evidence {2}has no grade for "ptsd", though content\/conditions\/ptsd\.mdx lists it among its treatments/,
    ],
    ['a grade for a condition the treatment is not linked to', (i) => (i.terms.treatments[0]!.conditions = []), /cbt\.mdx {2}evidence {2}grades "ptsd", but the treatment is not linked to that condition {2}add "ptsd" to conditions, or remove its entry/],
    ['a grade for an unknown condition', (i) => i.terms.treatments[0]!.evidence.push({ ...i.terms.treatments[0]!.evidence[0]!, condition: 'ptds' }), /cbt\.mdx {2}evidence {2}"ptds" is not a condition id {2}did you mean "ptsd"/],
    ['an unknown source of a grade', (i) => (i.terms.treatments[0]!.evidence[0]!.sources = ['ma-2012']), /cbt\.mdx {2}evidence {2}"ma-2012" is not a reference id \(a source of the grade for "ptsd"\) {2}did you mean "ma-2021"/],
    // A page number's address: /for-you/2/ is the second page of guides.
    ['an article id made only of digits', (i) => Object.assign(i.articles[0]!, { id: '2024', filePath: 'content/articles/public/2024.mdx' }), /public\/2024\.mdx {2}id {2}the file name "2024" is only digits, .*\/for-you\/2\/ is the second page of guides.* {2}rename the file to words that say what it is about/],
    ['a term id made only of digits', (i) => Object.assign(i.terms.symptoms[0]!, { id: '42', filePath: 'content/symptoms/42.mdx' }), /symptoms\/42\.mdx {2}id {2}the file name "42" is only digits, .* {2}rename the file/],
    // An address the site already has: /clinicians/handouts/ is the list of handouts.
    ['a clinician article named like a page of the section', (i) => Object.assign(i.articles[0]!, { id: 'handouts', audience: 'practitioner', filePath: 'content/articles/clinician/handouts.mdx' }), /clinician\/handouts\.mdx {2}id {2}the file name "handouts" would give this page the address \/clinicians\/handouts\/, which is already one of the site's own pages {2}rename the file/],
  ];
  it.each(cases)('reports %s with the file, field, value and fix', (_name, breakIt, expected) => {
    const input = base();
    breakIt(input);
    const problems = findProblems(input);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(expected);
  });

  it('refuses a public article that suggests a clinical summary as related reading', () => {
    const input = base();
    input.articles.push(
      { ...input.articles[0]!, id: 'summary', filePath: 'content/articles/clinician/summary.mdx', audience: 'practitioner', format: 'clinical-summary', body: '' },
      { ...input.articles[0]!, id: 'handout', filePath: 'content/articles/clinician/handout.mdx', audience: 'practitioner', format: 'handout', body: '' },
    );
    input.articles[0]!.related = ['summary', 'handout'];
    expect(findProblems(input).map(formatProblem)).toEqual([
      expect.stringMatching(/why-numb\.mdx {2}related {2}"summary" is a clinical summary for clinicians, and this article is for the public {2}suggest a public guide or a patient handout instead/),
    ]);
  });

  describe('"Where to start" (startHere)', () => {
    const withPlaces = (...places: [string, number | undefined, ('public' | 'practitioner')?][]) => {
      const input = base();
      input.articles = places.map(([id, startHere, audience = 'public']) => ({
        ...base().articles[0]!,
        id,
        filePath: `content/articles/${audience}/${id}.mdx`,
        audience,
        startHere,
        body: '',
      }));
      return findProblems(input).map(formatProblem);
    };
    it('accepts a list of public guides, each with its own place', () => {
      expect(withPlaces(['a', 1], ['b', 2], ['c', undefined])).toEqual([]);
    });
    it('refuses two guides in one place, naming both', () => {
      expect(withPlaces(['a', 1], ['b', 1])).toEqual([
        expect.stringMatching(/public\/a\.mdx {2}startHere {2}1 is also the place of content\/articles\/public\/b\.mdx {2}give each guide/),
        expect.stringMatching(/public\/b\.mdx {2}startHere {2}1 is also the place of content\/articles\/public\/a\.mdx/),
      ]);
    });
    it('refuses a clinician article on the list', () => {
      expect(withPlaces(['a', 1], ['s', 2, 'practitioner'])).toEqual([
        expect.stringMatching(/practitioner\/s\.mdx {2}startHere {2}is set on an article for "practitioner" readers, but "Where to start" lists public guides only {2}remove startHere/),
      ]);
    });
    it('refuses a list longer than the pages can lead with', () => {
      const problems = withPlaces(...[1, 2, 3, 4, 5, 6].map((n): [string, number] => [`g${n}`, n]));
      expect(problems).toEqual([expect.stringMatching(/public\/g6\.mdx {2}startHere {2}"Where to start" holds 6 guides; .* 5 at most/)]);
    });
  });

  it('treats a draft as unpublished for links and related lists', () => {
    const input = base();
    input.articles.push({ ...input.articles[0]!, id: 'later', filePath: 'content/articles/public/later.mdx', draft: true, body: '' });
    input.articles[0]!.related = ['later'];
    input.articles[0]!.body += ' [soon](/for-you/later/)';
    const messages = findProblems(input).map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/related {2}"later" is a draft/),
      expect.stringMatching(/links to \/for-you\/later\/, but there is no such page \(that article is a draft\)/),
    ]);
  });
});

describe('an unknown id suggests only ids near enough to be a slip', () => {
  it('suggests a near spelling, and for a new source says to add it to references.json first', () => {
    expect(nearIds('palyo-2009', ['palyo-2008', 'ma-2021'])).toEqual(['palyo-2008']);
    expect(nearIds('a-new-source-2025', ['palyo-2008', 'ma-2021', 'flack-2000'])).toEqual([]);
    const input = base();
    input.articles[0]!.body += '\n<Cite id="smith-2025" />';
    const problem = findProblems(input).find((p) => p.message.includes('smith-2025'));
    expect(problem?.fix).toBe('if it is a new source, add it to content/references.json first (CONTRIBUTING.md, "References and evidence grades"), then cite it by its id.');
  });
});

describe('nearestIds', () => {
  it.each([
    ['ptds', ['ptsd', 'cbt', 'grief'], ['ptsd', 'cbt', 'grief']],
    ['x', [], []],
  ])('orders the ids nearest to %s first', (bad, valid, expected) => {
    expect(nearestIds(bad, valid)).toEqual(expected);
  });
});
