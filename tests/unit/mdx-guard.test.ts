import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentPictures } from '../../src/lib/images.ts';
import { allowedComponents, blankFrontmatter, guardMdx } from '../../src/lib/mdx-guard.ts';

const fixtures = 'tests/fixtures/mdx';
const frontmatter = '---\ntitle: A test\n---\n\n';
// As if each file were an article of the fixture site, whose pictures are in its images/ folder.
const pictures = contentPictures('tests/fixtures/content');
const asArticle = (file: string) => `tests/fixtures/content/articles/public/${file}`;
const guard = (body: string) => guardMdx(frontmatter + body, asArticle('test.mdx'), pictures);

/** Each fixture breaks the lockdown one way, and gets its own message on its own line (14). */
const expected: Record<string, [field: string | RegExp, message: RegExp]> = {
  'import.mdx': ['import', /an import is not allowed/],
  'export.mdx': ['export', /an export is not allowed/],
  'expression.mdx': ['{…}', /"\{new Date\(\)\.getFullYear\(\) - 2020\}" is a JavaScript expression/],
  'attribute-expression.mdx': ['<Cite> id', /the value \{"test-ref"\} is JavaScript/],
  'unknown-component.mdx': ['<Quiz>', /"Quiz" is not one of the project's components/],
  'script.mdx': ['<script>', /raw <script> is not allowed: it would run code/],
  'style.mdx': ['<style>', /raw <style> is not allowed: it would restyle the whole page/],
  'iframe.mdx': ['<iframe>', /raw <iframe> is not allowed: it would load another website/],
  'event-handler.mdx': ['<Callout> onClick', /"onClick" is an event handler/],
  'javascript-url.mdx': ['link', /is a javascript: address, which runs code/],
  'data-url.mdx': ['link', /is a data: address/],
  'html-element.mdx': ['<div>', /the HTML tag <div> is not allowed/],
  'image-without-alt.mdx': ['image', /the image "\.\.\/\.\.\/images\/chart\.png" has no alt text/],
  'missing-image.mdx': ['image', /there is no picture "no-such-chart\.png" in content\/images\//],
  'svg-image.mdx': ['image', /"\.\.\/\.\.\/images\/chart\.svg" is not a picture format the site can use \(an SVG file can hold code\)/],
  'public-image.mdx': ['image', /"\/images\/chart\.png" is a path on the site: a picture from there is sent at full size/],
  'remote-image.mdx': ['image', /is an image on another website/],
  'invalid-mdx.mdx': ['MDX', /this is not valid MDX: Unexpected character after `<`/],
};

describe('the MDX guard', () => {
  it('has a fixture for every case, and a case for every fixture', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('refuses %s with its own message', (file, [field, message]) => {
    const problems = guardMdx(readFileSync(`${fixtures}/${file}`, 'utf8'), asArticle(file), pictures);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: asArticle(file), line: 14, field, severity: 'error', message: expect.stringMatching(message) });
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  it('accepts Markdown and the project components', () => {
    const body = [
      '# Heading',
      '',
      'Text with **bold**, _italic_, `code`, a [page](/get-help/), a [site](https://www.nhs.uk/), [mail](mailto:a@b.org), [call](tel:116123) and [a section](#top).',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- [ ] a task',
      '',
      'Braces written as text: \\{ and \\}. A less-than sign: \\<.',
      '',
      '{/* A note to other editors. */}',
      '',
      '![A chart of sleep over a week](../../images/chart.png)',
      '',
      '<Callout kind="warning" title="Take care">Words and a <Term id="anhedonia">term</Term>, cited <Cite id="a, b" />.</Callout>',
      '',
      '<HelpBox />',
    ].join('\n');
    expect(guard(body)).toEqual([]);
  });

  it.each([
    ['upper case', '[x](JaVaScRiPt:alert(1))'],
    ['an encoded tab inside', '[x](java&#09;script:alert(1))'],
    ['an entity', '[x](&#106;avascript:alert(1))'],
    ['a reference definition', '[x][bad]\n\n[bad]: javascript:alert(1)'],
    ['vbscript', '[x](vbscript:msgbox(1))'],
  ])('refuses a script address written with %s', (_, body) => {
    expect(guard(body)).toEqual([expect.objectContaining({ field: 'link', message: expect.stringMatching(/script: address/) })]);
  });

  it.each([
    ['a spread attribute', '<Callout {...props}>x</Callout>', /JavaScript/],
    ['an expression hidden after a comment', '{/* note */ alert(1)}', /JavaScript expression/],
    ['a fragment', '<>x</>', /empty tag/],
    ['a member component', '<Cite.Inner />', /"Cite\.Inner" is not one of/],
    ['a near-miss name', '<Cit id="x" />', /did you mean <Cite>/],
    ['an unknown attribute', '<Term id="x" href="/">x</Term>', /"href" is not an attribute of <Term>/],
    ['a missing id', '<Cite />', /<Cite> needs id=/],
    ['an unknown callout kind', '<Callout kind="danger">x</Callout>', /must be one of "note", "tip", "warning"/],
    ['a wrapped citation', '<Cite id="x">text</Cite>', /stands alone/],
    ['a lower-case event handler', '<Term id="x" onmouseover="alert(1)">x</Term>', /event handler/],
    ['an object tag', '<object data="x.swf"></object>', /raw <object>/],
  ])('refuses %s', (_, body, message) => {
    expect(guard(body).map((p) => `${p.message}  ${p.fix}`)).toContainEqual(expect.stringMatching(message));
  });

  it('names the file line of each problem, past the frontmatter', () => {
    const problems = guardMdx('---\ntitle: x\ndescription: y\n---\n\nFine.\n\n<script>x</script>\n\nAnd {1}.\n', 'f.mdx');
    expect(problems.map((p) => p.line)).toEqual([8, 10]);
  });

  it('blanks the frontmatter exactly as Astro does, so the guard parses what the build compiles', async () => {
    const fromMdx = createRequire(createRequire(import.meta.url).resolve('@astrojs/mdx'));
    const { parseFrontmatter } = (await import(pathToFileURL(fromMdx.resolve('@astrojs/internal-helpers/frontmatter')).href)) as typeof import('@astrojs/internal-helpers/frontmatter');
    const samples = [
      readFileSync(`${fixtures}/script.mdx`, 'utf8'),
      '\n---\na: 1\n---\nbody',
      '---\na: 1\n---\n<script>x</script>\n---\nb: 2\n---\n',
      'no frontmatter <script>x</script>',
      '+++\na = 1\n+++\nbody',
    ];
    for (const sample of samples) expect(blankFrontmatter(sample)).toBe(parseFrontmatter(sample, { frontmatter: 'empty-with-spaces' }).content);
  });

  it('allows exactly the components the pages render (src/components/mdx.ts)', () => {
    const source = readFileSync('src/components/mdx.ts', 'utf8');
    const rendered = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean);
    expect(rendered?.sort()).toEqual(Object.keys(allowedComponents).sort());
  });

  it('documents every component with an example in docs/components.md', () => {
    const doc = readFileSync('docs/components.md', 'utf8');
    for (const [name, rule] of Object.entries(allowedComponents)) {
      expect(doc).toContain(`## ${name}`);
      expect(doc).toContain(rule.example);
    }
  });
});
