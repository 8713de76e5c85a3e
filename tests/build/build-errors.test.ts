/**
 * Each bad fixture is the good fixture site with one file broken. The real `astro build` must
 * refuse it with a message naming the file, the field, the bad value and the fix.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './astro-build.ts';

/** Builds the fixture site with `files` laid over it ([from, to inside content/]). */
async function buildWith(files: [string, string][]): Promise<{ output: string; built: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bad-'));
  try {
    cpSync('tests/fixtures/content', join(dir, 'content'), { recursive: true });
    for (const [from, to] of files) cpSync(from, join(dir, 'content', to), { recursive: true });
    const { ok, output } = await astroBuild({ content: join(dir, 'content'), out: join(dir, 'dist'), cache: join(dir, 'cache') });
    return { output: `${ok ? 'the build passed\n' : ''}${output.replaceAll(dir, '')}`, built: existsSync(join(dir, 'dist', 'index.html')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the build refuses bad content', { timeout: 60_000 }, () => {
  it.each([
    ['malformed-yaml', [/content\/articles\/public\/first-guide\.mdx:3/, /missed comma between flow collection entries/]],
    ['missing-field', [/content\/articles\/public\/first-guide\.mdx {2}title {2}is required but missing {2}The page title/]],
    ['wrong-type', [/content\/articles\/public\/first-guide\.mdx:6 {2}draft {2}must be true or false, not a string: "yes" {2}true keeps the article out/]],
    ['unknown-id', [/content\/articles\/public\/first-guide\.mdx {2}conditions {2}"test-conditon" is not a condition id {2}did you mean "test-condition"/]],
    ['unknown-instrument-id', [/content\/instruments\/fixture-scale\.mdx {2}conditions {2}"test-conditon" is not a condition id {2}did you mean "test-condition"/]],
    ['duplicate-id', [/multiple entries with the same slug: `first-guide`/, /articles\/public\/first-guide\.mdx/, /articles\/clinician\/first-guide\.mdx/]],
    // /for-you/2024/ would be page 2024 of the guides.
    ['numeric-id', [/content\/articles\/public\/2024\.mdx {2}id {2}the file name "2024" is only digits, .* {2}rename the file to words/]],
    // /clinicians/handouts/ is the list of handouts.
    ['route-collision', [/content\/articles\/clinician\/handouts\.mdx {2}id {2}the file name "handouts" would give this page the address \/clinicians\/handouts\/, which is already one of the site's own pages {2}rename the file/]],
    // Astro's own file loader would only log "Error reading data" and carry on with no entries.
    ['malformed-glossary', [/content\/glossary\.yaml:2 {2}\(whole file\) {2}the file is not valid YAML: bad indentation of a mapping entry {2}each entry starts with "- id: …"/]],
    // A self-check page cites from code: a reference it needs must not vanish from references.json unnoticed.
    ['missing-page-reference', [/\/self-check\/mood\/ cites "kroenke-2001", which content\/references\.json does not hold/]],
    // In check:content's words, not the JSX parser's or YAML's.
    ['curly-quotes', [/content\/articles\/public\/first-guide\.mdx:16 {2}<Cite> id {2}id=\u201dtest-ref\u201d is written with curly quotes .* {2}replace them with straight quotes: id="test-ref"/]],
    ['list-indented-too-far', [/content\/articles\/public\/first-guide\.mdx:9 {2}symptoms {2}this line is indented differently from the line above it .* {2}line the dashes up/]],
  ])('%s', async (overlay, expected) => {
    const { output } = await buildWith([[join('tests/fixtures/bad', overlay), '.']]);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });

  // One build holds every unsafe MDX fixture (tests/fixtures/mdx/): the content layer names
  // each file with its own message, then stops the build. tests/unit/mdx-guard.test.ts shows
  // each file alone is refused with exactly that message.
  it('refuses every unsafe MDX file, naming each, before anything is compiled', async () => {
    const fixtures = readdirSync('tests/fixtures/mdx');
    const { output, built } = await buildWith(fixtures.map((f) => [join('tests/fixtures/mdx', f), join('articles/public', f)]));
    expect(built).toBe(false);
    expect(output).toContain(`The content has ${fixtures.length} problems to fix before the site can build:`);
    for (const [file, message] of [
      ['import.mdx:14  import', 'an import is not allowed'],
      ['export.mdx:14  export', 'an export is not allowed'],
      ['expression.mdx:14  {…}', 'is a JavaScript expression'],
      ['attribute-expression.mdx:14  <Cite> id', 'is JavaScript'],
      ['unknown-component.mdx:14  <Quiz>', 'is not one of the project\'s components'],
      ['script.mdx:14  <script>', 'raw <script> is not allowed'],
      ['style.mdx:14  <style>', 'raw <style> is not allowed'],
      ['iframe.mdx:14  <iframe>', 'raw <iframe> is not allowed'],
      ['event-handler.mdx:14  <Callout> onClick', 'is an event handler'],
      ['javascript-url.mdx:14  link', 'is a javascript: address'],
      ['data-url.mdx:14  link', 'is a data: address'],
      ['html-element.mdx:14  <div>', 'the HTML tag <div> is not allowed'],
      ['image-without-alt.mdx:14  image', 'has no alt text'],
      ['remote-image.mdx:14  image', 'is an image on another website'],
      ['missing-image.mdx:14  image', 'there is no picture "no-such-chart.png" in content/images/'],
      ['svg-image.mdx:14  image', 'is not a picture format the site can use'],
      ['public-image.mdx:14  image', 'is a path on the site: a picture from there is sent at full size'],
      ['invalid-mdx.mdx:14  MDX', 'this is not valid MDX'],
    ]) {
      const line = output.split('\n').find((l) => l.includes(`content/articles/public/${file}  `));
      expect(line, file).toContain(message);
    }
  });

  it('refuses a single unsafe file on its own', async () => {
    const { output, built } = await buildWith([['tests/fixtures/mdx/script.mdx', 'articles/public/script.mdx']]);
    expect(built).toBe(false);
    expect(output).toMatch(/The content has 1 problem to fix before the site can build:\n {2}\/content\/articles\/public\/script\.mdx:14 {2}<script> {2}raw <script> is not allowed/);
  });
});
