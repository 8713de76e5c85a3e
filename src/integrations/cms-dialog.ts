/**
 * The small form an inline component (a citation, a glossary word) asks for when it is added
 * to a sentence or clicked: Decap leaves inline components' fields to the site (onInsert,
 * onEdit), so this is a native <dialog> with a labelled list for each choice (and a box that
 * narrows a long list as one types) and a text box for each word. Browser only, /admin/ only.
 */
import type { ComponentField } from '../lib/cms-components.ts';

type Data = Record<string, unknown>;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

/** One field of the form, and how to read its value back. */
function fieldControl(field: ComponentField, value: unknown, id: string): { node: HTMLElement; read: () => unknown } {
  const hint = field.hint ? element('p', { id: `${id}-hint`, className: 'hint' }, field.hint) : '';
  if (field.widget !== 'select') {
    const input = element('input', { id, type: 'text', value: String(value ?? '') });
    if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
    return { node: element('div', {}, element('label', { htmlFor: id }, field.label), input, hint), read: () => input.value.trim() };
  }
  const chosen = new Set((Array.isArray(value) ? value : [value]).map(String));
  const options = (field.options ?? []).map((o) => (typeof o === 'string' ? { label: o, value: o } : o));
  const select = element('select', { id, multiple: Boolean(field.multiple), size: Math.min(8, Math.max(options.length, 2)) });
  select.append(...options.map((o) => element('option', { value: o.value, selected: chosen.has(o.value) }, o.label)));
  if (hint) select.setAttribute('aria-describedby', `${id}-hint`);
  const filter = element('input', { id: `${id}-filter`, type: 'search', placeholder: 'Type to narrow the list' });
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase();
    for (const option of select.options) option.hidden = !option.text.toLowerCase().includes(words);
  });
  const node = element('div', {}, element('label', { htmlFor: id }, field.label), element('label', { htmlFor: `${id}-filter`, className: 'filter' }, 'Find', filter), select, hint);
  return { node, read: () => (field.multiple ? [...select.selectedOptions].map((o) => o.value) : select.value) };
}

const styles = `
  dialog.cms-fields { max-width: 40rem; width: calc(100% - 2rem); font: 1rem/1.4 system-ui, sans-serif; border: 1px solid #555; border-radius: 6px; padding: 1.25rem; }
  dialog.cms-fields label { display: block; font-weight: 600; margin-top: 0.75rem; }
  dialog.cms-fields label.filter { font-weight: 400; }
  dialog.cms-fields input, dialog.cms-fields select { display: block; width: 100%; font: inherit; margin-top: 0.25rem; padding: 0.35rem; }
  dialog.cms-fields .hint { color: #444; font-size: 0.9rem; margin: 0.25rem 0 0; }
  dialog.cms-fields .buttons { display: flex; gap: 0.75rem; justify-content: flex-end; margin-top: 1rem; }
  dialog.cms-fields button { font: inherit; padding: 0.4rem 1rem; }`;

/** Asks for a component's fields; the new values, or null if the editor cancels. */
export function askFields(label: string, fields: ComponentField[], data: Data): Promise<Data | null> {
  if (!document.getElementById('cms-fields-style')) document.head.append(element('style', { id: 'cms-fields-style', textContent: styles }));
  const controls = fields.map((field, i) => ({ field, ...fieldControl(field, data[field.name] ?? field.default, `cms-field-${i}`) }));
  const insert = element('button', { type: 'submit', value: 'ok' }, 'Insert');
  const cancel = element('button', { type: 'button' }, 'Cancel');
  const form = element('form', { method: 'dialog' }, element('h2', {}, label), ...controls.map((c) => c.node), element('div', { className: 'buttons' }, cancel, insert));
  const dialog = element('dialog', { className: 'cms-fields' }, form);
  dialog.setAttribute('aria-label', label);
  document.body.append(dialog);
  return new Promise((done) => {
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      const ok = dialog.returnValue === 'ok';
      dialog.remove();
      done(ok ? Object.fromEntries(controls.map((c) => [c.field.name, c.read()])) : null);
    });
    dialog.showModal();
  });
}
