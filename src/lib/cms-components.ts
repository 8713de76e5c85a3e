/**
 * The four MDX components (src/lib/mdx-guard.ts, allowedComponents) as components of the web
 * editor's text box: a clinician picks a reference, a glossary word or a kind of box from a
 * list, and the editor writes exactly the MDX the build accepts. Pure: each definition turns
 * MDX into the fields and back; src/integrations/cms-admin.ts hands them to Decap
 * (CMS.registerEditorComponent). Attribute values with a fixed list come from the guard's own
 * rules (passed in, so the browser's bundle does not carry the MDX parser), so the two cannot
 * disagree.
 */
import type { Choice } from './cms-config.ts';
import type { ComponentSet } from './mdx-guard.ts';

export interface ComponentField {
  name: string;
  label: string;
  widget: 'select' | 'string' | 'text';
  required?: boolean;
  multiple?: boolean;
  default?: string;
  hint?: string;
  options?: Choice[] | string[];
}

type Data = Record<string, unknown>;

export interface EditorComponent {
  id: string;
  label: string;
  /** "inline" sits inside a sentence (a citation, a glossary word); others stand as their own block. */
  type?: 'inline';
  fields: ComponentField[];
  pattern: RegExp;
  fromMdx: (match: RegExpMatchArray) => Data;
  toMdx: (data: Data) => string;
  /** What the preview beside the editor shows: plain text, never the reader's HTML. */
  preview: (data: Data) => string;
}

/** Choices the components offer: reference and glossary ids with a line a person recognises. */
export interface ComponentChoices {
  references: Choice[];
  glossary: Choice[];
}

/** An attribute value as MDX reads it: a quotation mark inside would end the value. */
const attribute = (value: unknown) => String(value ?? '').replaceAll('"', '\u201d').trim();
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? value.split(/\s*,\s*/) : []);

export function editorComponents({ references, glossary }: ComponentChoices, rules: ComponentSet): EditorComponent[] {
  const values = (component: string, name: string) => [...(rules[component]?.attributes[name]?.values ?? [])];
  const kinds = values('Callout', 'kind');
  const helpBoxFor = values('HelpBox', 'for');
  return [
    {
      id: 'Cite',
      label: 'Citation',
      type: 'inline',
      fields: [
        {
          name: 'id',
          label: 'Reference',
          widget: 'select',
          multiple: true,
          options: references,
          hint: 'The source that supports this very sentence. Put the citation at the end of the sentence, before the full stop.',
        },
      ],
      // It sits after its sentence's last word, with a space, as editors write it by hand; the
      // space is part of the match, so reading and writing again never adds another.
      pattern: / ?<Cite\s+id="([^"]*)"\s*\/>/,
      fromMdx: (match) => ({ id: list(match[1]) }),
      toMdx: (data) => ` <Cite id="${list(data.id).map(attribute).join(', ')}" />`,
      preview: (data) => `[${list(data.id).join(', ')}]`,
    },
    {
      id: 'Callout',
      label: 'Callout box',
      fields: [
        { name: 'kind', label: 'Kind', widget: 'select', options: kinds, default: 'note', hint: 'note, tip, or warning (for safety advice).' },
        { name: 'title', label: 'Title', widget: 'string', required: false, hint: 'A short heading for the box.' },
        { name: 'text', label: 'Text', widget: 'text', hint: 'What the box says. Markdown works here: **bold**, [a link](/get-help/).' },
      ],
      pattern: /^<Callout(?:\s+kind="([^"]*)")?(?:\s+title="([^"]*)")?\s*>\s*([\s\S]*?)\s*<\/Callout>/,
      fromMdx: (match) => ({ kind: match[1] ?? 'note', title: match[2] ?? '', text: match[3] ?? '' }),
      toMdx: (data) => {
        const kind = kinds.includes(String(data.kind)) ? String(data.kind) : 'note';
        const title = attribute(data.title);
        return `<Callout kind="${kind}"${title ? ` title="${title}"` : ''}>\n${String(data.text ?? '').trim()}\n</Callout>`;
      },
      preview: (data) => `${attribute(data.title) || 'Note'}: ${String(data.text ?? '')}`,
    },
    {
      id: 'Term',
      label: 'Glossary word',
      type: 'inline',
      fields: [
        { name: 'id', label: 'Glossary entry', widget: 'select', options: glossary, hint: 'The entry in the glossary this word links to.' },
        { name: 'text', label: 'Word in the sentence', widget: 'string', hint: 'The word as the sentence uses it, for example "anhedonia".' },
      ],
      pattern: /<Term\s+id="([^"]*)"\s*>([^<]*)<\/Term>/,
      fromMdx: (match) => ({ id: match[1] ?? '', text: match[2] ?? '' }),
      toMdx: (data) => `<Term id="${attribute(data.id)}">${String(data.text ?? '').replace(/[<>{}]/g, '').trim()}</Term>`,
      preview: (data) => String(data.text ?? ''),
    },
    {
      id: 'HelpBox',
      label: 'Help box',
      fields: [
        {
          name: 'for',
          label: 'Speaks to',
          widget: 'select',
          required: false,
          options: [{ label: 'the reader himself', value: '' }, ...helpBoxFor.map((value) => ({ label: `someone worried about another person (${value})`, value }))],
          default: '',
          hint: 'Every article already ends with a help box: add one only where a passage calls for help at once.',
        },
      ],
      pattern: /^<HelpBox(?:\s+for="([^"]*)")?\s*\/>/,
      fromMdx: (match) => ({ for: match[1] ?? '' }),
      toMdx: (data) => (helpBoxFor.includes(String(data.for)) ? `<HelpBox for="${data.for}" />` : '<HelpBox />'),
      preview: () => 'Help box: emergency numbers and helplines',
    },
  ];
}
