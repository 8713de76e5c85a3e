/**
 * The web editor in the browser (/admin/ only; no page of the site loads it): Decap CMS from
 * npm, started by hand with the configuration the build wrote into the page
 * (src/integrations/cms.ts), and the four MDX components in its text box.
 */
import CMS from 'decap-cms-app';
import { editorComponents, type ComponentChoices } from '../lib/cms-components.ts';
import type { CmsConfig } from '../lib/cms-config.ts';
import type { ComponentSet } from '../lib/mdx-guard.ts';
import { askFields } from './cms-dialog.ts';

interface AdminData {
  config: CmsConfig;
  choices: ComponentChoices;
  rules: ComponentSet;
}

const data = JSON.parse(document.getElementById('cms-data')?.textContent ?? '{}') as AdminData;

for (const component of editorComponents(data.choices, data.rules)) {
  const { fromMdx, toMdx, preview, ...definition } = component;
  // Decap shows a block's fields itself; an inline component asks through a small dialog of ours.
  const ask = (values: Record<string, unknown>) => askFields(component.label, component.fields, values);
  const inline = {
    fromInline: fromMdx,
    toInline: toMdx,
    onInsert: ({ selectedText }: { selectedText: string }) => ask({ text: selectedText }),
    onEdit: ({ data }: { data: Record<string, unknown> }) => ask(data),
  };
  CMS.registerEditorComponent({
    ...definition,
    ...(component.type === 'inline' ? inline : { fromBlock: fromMdx, toBlock: toMdx }),
    toPreview: preview,
  } as never);
}

CMS.init({ config: data.config as never });
