/**
 * The web editor in the browser (/admin/ only; no page of the site loads it): Decap CMS from
 * npm, started by hand with the configuration the build wrote into the page
 * (src/integrations/cms.ts), and the four MDX components in its text box.
 */
import CMS from 'decap-cms-app';
import { editorComponents, type ComponentChoices } from '../lib/cms-components.ts';
import type { CmsConfig } from '../lib/cms-config.ts';
import type { ComponentSet } from '../lib/mdx-guard.ts';

interface AdminData {
  config: CmsConfig;
  choices: ComponentChoices;
  rules: ComponentSet;
}

const data = JSON.parse(document.getElementById('cms-data')?.textContent ?? '{}') as AdminData;

for (const component of editorComponents(data.choices, data.rules)) {
  const { fromMdx, toMdx, preview, ...definition } = component;
  CMS.registerEditorComponent({
    ...definition,
    ...(component.type === 'inline' ? { fromInline: fromMdx, toInline: toMdx } : { fromBlock: fromMdx, toBlock: toMdx }),
    toPreview: preview,
  } as never);
}

CMS.init({ config: data.config as never });
