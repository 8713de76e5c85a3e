/**
 * The web editor's four components write exactly the MDX the build accepts (src/lib/mdx-guard.ts),
 * and read back what they wrote and what editors write by hand.
 */
import { describe, expect, it } from 'vitest';
import { editorComponents, type EditorComponent } from '../../src/lib/cms-components.ts';
import { contentPictures } from '../../src/lib/images.ts';
import { allowedComponents, guardMdx } from '../../src/lib/mdx-guard.ts';

const components = editorComponents(
  { references: [{ label: 'Palyo 2008: …', value: 'palyo-2008' }], glossary: [{ label: 'anhedonia', value: 'anhedonia' }] },
  allowedComponents,
);
const byId = new Map(components.map((c) => [c.id, c]));
const pictures = contentPictures('tests/fixtures/content');
const guard = (body: string) => guardMdx(`---\ntitle: A test\n---\n\n${body}\n`, 'tests/fixtures/content/articles/public/test.mdx', pictures);
const read = (component: EditorComponent, mdx: string) => {
  const match = mdx.match(component.pattern);
  expect(match, `${component.id} reads ${mdx}`).not.toBeNull();
  return component.fromMdx(match!);
};

/** What a clinician might fill in, the awkward cases included. */
const samples: Record<string, Record<string, unknown>[]> = {
  Cite: [{ id: ['palyo-2008'] }, { id: ['palyo-2008', 'litz-gray-2002'] }],
  Callout: [
    { kind: 'warning', title: 'If you feel unsafe', text: 'Call your emergency number now. [Get help](/get-help/).' },
    { kind: 'tip', title: 'He said "try"', text: 'One small step.' },
    { kind: 'not-a-kind', title: '', text: 'A note.' },
  ],
  Term: [{ id: 'anhedonia', text: 'anhedonia' }],
  HelpBox: [{ for: '' }, { for: 'supporter' }],
};

describe('the editor components', () => {
  it('are exactly the components an article may use', () => {
    expect(components.map((c) => c.id).sort()).toEqual(Object.keys(allowedComponents).sort());
  });

  for (const component of components) {
    it(`${component.id}: what it writes passes the MDX lockdown, and reads back the same`, () => {
      for (const data of samples[component.id]!) {
        const mdx = component.toMdx(data);
        expect(guard(`A sentence ${mdx}`.replace('A sentence <Callout', '<Callout').replace('A sentence <HelpBox', '<HelpBox')), mdx).toEqual([]);
        expect(component.toMdx(read(component, mdx))).toBe(mdx);
      }
    });

    it(`${component.id}: reads the example in docs/components.md as an editor writes it`, () => {
      const example = allowedComponents[component.id]!.example;
      const data = read(component, example);
      expect(guard(component.toMdx(data))).toEqual([]);
      expect(read(component, component.toMdx(data))).toEqual(data);
    });
  }

  it('a value outside the guard\u2019s list is never written', () => {
    expect(byId.get('Callout')!.toMdx({ kind: 'danger', text: 'x' })).toBe('<Callout kind="note">\nx\n</Callout>');
    expect(byId.get('HelpBox')!.toMdx({ for: 'everyone' })).toBe('<HelpBox />');
  });
});
