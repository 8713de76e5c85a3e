/**
 * The web editor's configuration (Decap CMS at /admin/), made from the article schema and the
 * content itself, so its fields, their formats and the term pickers can never drift from what
 * the build accepts. Pure: the schema, the choices and the backend in, a Decap config out
 * (src/integrations/cms.ts reads the content and serves the result).
 *
 * Every field of the schema becomes a field of the editor, through the schema's JSON Schema
 * (zod's own z.toJSONSchema, as the build reads it: "input"): required exactly when the schema
 * requires it, its description as the hint under the field, lengths and patterns as the
 * editor's own check, fixed lists as a select, dates as a date picker, lists of ids as a picker
 * by plain name. A field of a type not handled here stops the build, naming the field.
 */
import { z } from 'astro/zod';
import { articleSchema, type Audience } from '../schemas/article.ts';
import { collectionSources } from './content-paths.ts';
import { articleUrl } from './urls.ts';

/** The editor's address on the site. It is not a page of the site: no sitemap, search, budgets or page checks. */
export const adminPath = '/admin/';

/** One entry of a picker: the plain name a clinician reads, the id the file stores. */
export interface Choice {
  label: string;
  value: string;
}

/** Decap's field and config shapes, as far as this file writes them. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: Choice[] | string[];
  multiple?: boolean;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  create: true;
  extension: 'mdx';
  format: 'frontmatter';
  slug: string;
  identifier_field: 'title';
  summary: string;
  sortable_fields: string[];
  /** Where the article will be on the site: the editor links a deploy preview of its pull request there. */
  preview_path: string;
  fields: CmsField[];
}

export interface CmsBackend {
  /** The repository on GitHub, "owner/name", whose pull requests the editor opens. */
  repo: string;
  branch: string;
  /** Where the GitHub login is completed (an OAuth client; docs/deploy.md); GitHub's own when left out. */
  authBaseUrl?: string;
  /** decap-server's address, for editing a local copy (npm run dev, the tests); left out on the real site. */
  localBackendUrl?: string;
}

export interface CmsConfig {
  load_config_file: false;
  backend: { name: 'github'; repo: string; branch: string; base_url?: string; squash_merges: true };
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow';
  site_url?: string;
  logo_url?: string;
  /** File names from titles in plain ASCII, as ids must be: "Why I feel numb" -> why-i-feel-numb. */
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  media_folder: string;
  public_folder: string;
  collections: CmsCollection[];
}

type JsonSchema = {
  type?: string;
  enum?: string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  pattern?: string;
  format?: string;
};

/** "lastReviewed" -> "Last reviewed": a label for people, from the field's name. */
export const fieldLabel = (name: string): string => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Strings longer than this get a box of several lines. */
const SHORT_TEXT_MAX = 80;

/** Dates are written as the schema reads them: YYYY-MM-DD, with no time. */
const dateOptions = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };

const isDate = (field: JsonSchema) => (field.anyOf ?? []).some((option) => option.type === 'string' && option.format === 'date');

function lengthRule(field: JsonSchema): [string, string] | undefined {
  const { minLength: min, maxLength: max } = field;
  if (min === undefined && max === undefined) return undefined;
  const message = max === undefined ? `At least ${min} characters.` : `Between ${min ?? 0} and ${max} characters.`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

/**
 * One editor field for one schema field. `choices` names the picker for each list of ids; a
 * list without one is an error, so a new kind of link in the schema cannot reach the editor as
 * a free text box that would let any id through.
 */
function cmsField(name: string, field: JsonSchema, required: boolean, choices: Record<string, Choice[]>, schemaName: string): CmsField {
  const base = {
    name,
    label: fieldLabel(name),
    required,
    ...(field.description && { hint: field.description }),
    ...(field.default !== undefined && { default: field.default }),
  };
  if (isDate(field)) return { ...base, ...dateOptions };
  if (field.type === 'string' && field.enum) return { ...base, widget: 'select', options: [...field.enum] };
  if (field.type === 'string') {
    const rule = lengthRule(field);
    return { ...base, widget: (field.maxLength ?? Infinity) > SHORT_TEXT_MAX ? 'text' : 'string', ...(rule && { pattern: rule }) };
  }
  if (field.type === 'boolean') return { ...base, widget: 'boolean' };
  if (field.type === 'integer' || field.type === 'number') {
    return { ...base, widget: 'number', value_type: field.type === 'integer' ? 'int' : 'float', ...(field.minimum !== undefined && { min: field.minimum }) };
  }
  if (field.type === 'array' && field.items?.type === 'string') {
    const options = choices[name];
    if (!options) throw new Error(`${schemaName}: the field "${name}" is a list of ids, and the web editor has no list of choices for it. Add one in src/integrations/cms.ts (cmsChoices).`);
    // The schema's hint names the folder the ids come from, for editors of files; here each is picked by its name.
    const hint = field.description && `${field.description.split(': ')[0]}. Pick them by name.`;
    return { ...base, ...(hint && { hint }), widget: 'select', multiple: true, options };
  }
  throw new Error(`${schemaName}: the field "${name}" has a type the web editor does not know (${JSON.stringify(field).slice(0, 120)}). Teach src/lib/cms-config.ts (cmsField) to show it.`);
}

/** Every field of a schema, in the schema's order, as editor fields. */
export function schemaFields(schema: z.ZodType, choices: Record<string, Choice[]>, schemaName = 'schema'): CmsField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, field]) => cmsField(name, field, required.has(name), choices, schemaName));
}

/** The two article folders, each a collection of its own in the editor, each with its audience. */
const articleFolders: { name: string; folder: string; audience: Audience; label: string; singular: string; description: string }[] = [
  {
    name: 'public',
    folder: 'public',
    audience: 'public',
    label: 'Articles for the public',
    singular: 'Article for the public',
    description: 'Pages for men and the people close to them: plain words, short sentences, the way to help.',
  },
  {
    name: 'clinician',
    folder: 'clinician',
    audience: 'practitioner',
    label: 'Articles for clinicians',
    singular: 'Article for clinicians',
    description: 'The clinician section: precise, concise and referenced.',
  },
];

/** The article body: Markdown with the project's four components (src/lib/cms-components.ts). */
const bodyField: CmsField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: true,
  hint: 'Start headings at "Heading 2": the title is the page\u2019s only first-level heading. The + button adds a citation, a callout, a glossary term or the help box.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['Cite', 'Callout', 'Term', 'HelpBox'],
  sanitize_preview: true,
};

export interface CmsInput {
  backend: CmsBackend;
  /** Pickers by field name: conditions, symptoms, treatments, related. */
  choices: Record<string, Choice[]>;
  siteUrl?: string;
  /** The article schema; a test passes another to prove that the editor follows it. */
  schema?: z.ZodType;
}

export function cmsConfig({ backend, choices, siteUrl, schema = articleSchema }: CmsInput): CmsConfig {
  const fields = schemaFields(schema, choices, 'src/schemas/article.ts');
  const articles = collectionSources.articles.path;
  return {
    load_config_file: false,
    backend: { name: 'github', repo: backend.repo, branch: backend.branch, squash_merges: true, ...(backend.authBaseUrl && { base_url: backend.authBaseUrl }) },
    ...(backend.localBackendUrl && { local_backend: { url: backend.localBackendUrl } }),
    // Every save is a branch and a pull request; nothing reaches main without a review.
    publish_mode: 'editorial_workflow',
    ...(siteUrl && { site_url: siteUrl }),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    media_folder: 'content/images',
    public_folder: '../../images',
    collections: articleFolders.map(({ name, folder, audience, label, singular, description }) => ({
      name,
      label,
      label_singular: singular,
      description,
      folder: `content/${articles}/${folder}`,
      create: true,
      extension: 'mdx',
      format: 'frontmatter',
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title', 'lastReviewed'],
      preview_path: articleUrl({ id: '{{slug}}', audience }).slice(1),
      // Each folder is one audience: the field is written, not asked, so a guide for the public cannot be filed as a clinician's.
      fields: [...fields.map((field) => (field.name === 'audience' ? { ...field, widget: 'hidden', default: audience } : field)), bodyField],
    })),
  };
}
