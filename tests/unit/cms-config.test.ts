/**
 * The web editor's configuration follows the article schema: every field, required exactly
 * when the schema requires it, the schema's own options, lengths and descriptions; a field added
 * to a schema appears in the editor, and one the editor cannot show stops the build.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content-source.ts';
import { cmsChoices } from '../../src/integrations/cms.ts';
import { cmsConfig, schemaFields, type Choice, type CmsField } from '../../src/lib/cms-config.ts';
import { adminCsp, adminPage } from '../../src/lib/cms-page.ts';
import { articleSchema, formats } from '../../src/schemas/article.ts';
import { pageBudgetProblems } from '../e2e/page-budgets.ts';

const choices: Record<string, Choice[]> = {
  conditions: [{ label: 'Post-traumatic stress disorder (PTSD)', value: 'ptsd' }],
  symptoms: [{ label: 'Feeling numb', value: 'emotional-numbness' }],
  treatments: [{ label: 'Talking therapy', value: 'cbt' }],
  related: [{ label: 'First steps', value: 'first-steps' }],
};
const backend = { repo: 'example/feeling-nothing', branch: 'main' };
const config = cmsConfig({ backend, choices });
const byName = (fields: CmsField[]) => new Map(fields.map((f) => [f.name, f]));

describe('the editor config follows src/schemas/article.ts', () => {
  const shape = articleSchema.shape;

  for (const collection of config.collections) {
    it(`${collection.label}: every schema field, required exactly when the schema requires it`, () => {
      const fields = byName(collection.fields);
      expect([...fields.keys()]).toEqual([...Object.keys(shape), 'body']);
      for (const [name, field] of Object.entries(shape)) {
        // What the schema accepts when the field is left out is what the editor may leave out.
        const optional = (field as z.ZodType).safeParse(undefined).success;
        expect(fields.get(name)?.required, name).toBe(!optional);
        const hint = (field as z.ZodType).description;
        // A picker names no folder of ids: its hint is the schema's up to the colon.
        if (fields.get(name)?.multiple) expect(fields.get(name)?.hint, name).toBe(`${hint?.split(': ')[0]}. Pick them by name.`);
        else expect(fields.get(name)?.hint, name).toBe(hint);
      }
    });
  }

  it('fixed lists are selects with exactly the schema\u2019s options; each folder has its own audience', () => {
    const [publicArticles, clinicianArticles] = config.collections.map((c) => byName(c.fields));
    expect(publicArticles!.get('format')).toMatchObject({ widget: 'select', options: [...formats] });
    expect(publicArticles!.get('audience')).toMatchObject({ widget: 'hidden', default: 'public' });
    expect(clinicianArticles!.get('audience')).toMatchObject({ widget: 'hidden', default: 'practitioner' });
    expect(config.collections.map((c) => c.folder)).toEqual(['content/articles/public', 'content/articles/clinician']);
    expect(config.collections.every((c) => c.extension === 'mdx' && c.format === 'frontmatter')).toBe(true);
    // A deploy preview opens where the article will be.
    expect(config.collections.map((c) => c.preview_path)).toEqual(['for-you/{{slug}}/', 'clinicians/{{slug}}/']);
  });

  it('lists of ids are pickers by plain name; dates are YYYY-MM-DD; lengths are the schema\u2019s', () => {
    const fields = byName(config.collections[0]!.fields);
    expect(fields.get('conditions')).toMatchObject({ widget: 'select', multiple: true, options: choices.conditions, hint: 'Conditions this article is about. Pick them by name.' });
    expect(fields.get('published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(fields.get('startHere')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
    const [pattern] = fields.get('title')!.pattern!;
    const title = (length: number) => 'a'.repeat(length);
    for (const length of [2, 3, 70, 71]) {
      expect(new RegExp(pattern).test(title(length)), `${length} characters`).toBe(shape.title.safeParse(title(length)).success);
    }
  });

  it('saves through pull requests: editorial workflow on GitHub, decap-server only when asked for', () => {
    expect(config).toMatchObject({ load_config_file: false, publish_mode: 'editorial_workflow', backend: { name: 'github', repo: 'example/feeling-nothing', branch: 'main' } });
    expect(config.local_backend).toBeUndefined();
    expect(cmsConfig({ backend: { ...backend, localBackendUrl: 'http://localhost:8081/api/v1' }, choices }).local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
  });
});

describe('a schema change reaches the editor, or stops the build', () => {
  const fixture = z.strictObject({
    title: z.string().min(3).describe('The title.'),
    mood: z.enum(['calm', 'tense']).describe('A field added to the schema.'),
    seen: z.boolean().default(false).describe('Another one, optional.'),
  });

  it('a field added to a schema appears, with its options and required-ness', () => {
    const fields = byName(cmsConfig({ backend, choices, schema: fixture }).collections[0]!.fields);
    expect(fields.get('mood')).toMatchObject({ widget: 'select', options: ['calm', 'tense'], required: true, hint: 'A field added to the schema.' });
    expect(fields.get('seen')).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('a list of ids without a picker, or a type the editor cannot show, is an error naming the field', () => {
    expect(() => schemaFields(z.strictObject({ instruments: z.array(z.string()).describe('x') }), choices, 'article.ts')).toThrow(
      'article.ts: the field "instruments" is a list of ids, and the web editor has no list of choices for it',
    );
    expect(() => schemaFields(z.strictObject({ scores: z.record(z.string(), z.number()) }), choices, 'article.ts')).toThrow('the field "scores" has a type the web editor does not know');
  });
});

describe('the pickers come from the content, by plain name', () => {
  const { fields, components } = cmsChoices(readContent('tests/fixtures/content').entries);

  it('conditions by their name, articles by their title, references by author and year, glossary words by the word', () => {
    expect(fields.conditions).toContainEqual({ label: 'Test condition', value: 'test-condition' });
    expect(fields.related).toContainEqual({ label: 'A first guide for tests', value: 'first-guide' });
    // A draft is named nowhere in a build, the editor's page included.
    expect((fields.related ?? []).map((a) => a.value)).not.toContain('secret-draft');
    expect(components.references.find((r) => r.value === 'test-ref')?.label).toMatch(/^\S.* \d{4}: /);
    expect(components.glossary.find((g) => g.value === 'test-word')).toBeDefined();
    // What the build accepts: the schema's own fields, each with its choices.
    expect(() => cmsConfig({ backend, choices: fields })).not.toThrow();
  });
});

describe('the /admin/ page stands apart from the site', () => {
  it('is noindex, carries its own CSP, and keeps a title with </script> inside its JSON', () => {
    const page = adminPage({ config, data: { note: 'a </script><script>alert(1)</script>' }, script: '/admin/cms.js' });
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain(`content="${adminCsp(config)}"`);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });

  it('is outside the page budgets, which still hold every other page', () => {
    // Random bytes do not compress: this page's HTML and script are far over any budget.
    const editor = `<html><body><script type="module" src="/admin/cms.js"></script>${randomBytes(30_000).toString('base64')}</body></html>`;
    const readAsset = () => randomBytes(30_000).toString('base64');
    expect(pageBudgetProblems({ path: '/admin/', html: editor }, readAsset)).toEqual([]);
    expect(pageBudgetProblems({ path: '/about/', html: editor }, readAsset).length).toBeGreaterThan(0);
  });

  it('may connect to the site, GitHub and, only when configured, decap-server', () => {
    expect(adminCsp(config)).toContain("connect-src 'self' https://api.github.com;");
    const local = cmsConfig({ backend: { ...backend, localBackendUrl: 'http://localhost:8084/api/v1' }, choices });
    expect(adminCsp(local)).toContain("connect-src 'self' https://api.github.com http://localhost:8084;");
  });
});
