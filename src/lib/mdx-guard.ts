/**
 * The MDX lockdown: an article may hold Markdown and the project's own components, and nothing
 * that could run code, load another site or change the page around it.
 *
 * The file is parsed by Sätteri, the parser Astro's MDX build itself compiles with, so the guard
 * sees exactly the tree the build would turn into a page: no syntax can mean one thing here and
 * another there. Pure: the content layer (src/lib/loaders.ts) calls it for every MDX entry, so
 * the build refuses a bad file, and `npm run check:content` calls it too.
 */
import { closest, distance } from 'fastest-levenshtein';
import { mdxToMdast, type Features, type MdastNode } from 'satteri';
import { contentPictures, imageProblem, type PictureFolder } from './images.ts';
import type { Problem } from './integrity.ts';

interface AttributeRule {
  required?: boolean;
  /** The only values allowed, when there is a fixed list. */
  values?: readonly string[];
}

export interface ComponentRule {
  /** What it is for, in an editor's words. */
  purpose: string;
  attributes: Record<string, AttributeRule>;
  /** Whether it wraps text (<Term>…</Term>) or stands alone (<Cite … />). */
  children: boolean;
  example: string;
}

export type ComponentSet = Record<string, ComponentRule>;

/**
 * What an MDX body (an article's or a term's) may use besides Markdown. Pages render exactly
 * these, from src/components/mdx.ts (a unit test holds the two lists together);
 * docs/components.md shows each with an example.
 */
export const allowedComponents: ComponentSet = {
  Cite: {
    purpose: 'a numbered citation of one or more references in content/references.json',
    attributes: { id: { required: true } },
    children: false,
    example: '<Cite id="palyo-2008" />',
  },
  Callout: {
    purpose: 'a highlighted aside',
    attributes: { kind: { values: ['note', 'tip', 'warning'] }, title: {} },
    children: true,
    example: '<Callout kind="tip" title="Try this">One small step today.</Callout>',
  },
  Term: {
    purpose: 'a word defined in content/glossary.yaml',
    attributes: { id: { required: true } },
    children: true,
    example: '<Term id="anhedonia">anhedonia</Term>',
  },
  HelpBox: {
    purpose: 'the box with emergency numbers and the way to helplines',
    attributes: { for: { values: ['supporter'] } },
    children: false,
    example: '<HelpBox />',
  },
};

/** The parser options Astro's MDX build uses (@astrojs/markdown-satteri with the default Markdown config). */
const features: Features = { gfm: true, smartPunctuation: true };

/** Astro's frontmatter rule (@astrojs/internal-helpers/frontmatter), blanked as Astro blanks it, so lines keep their numbers. */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const delimiterPattern = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

export function blankFrontmatter(source: string): string {
  const inner = frontmatterPattern.exec(source)?.[1];
  if (inner === undefined) return source;
  const delimiters = delimiterPattern.exec(source)?.[1] === '+++' ? '+++' : '---';
  return source.replace(`${delimiters}${inner}${delimiters}`, `   ${inner.replace(/[^\r\n]/g, ' ')}   `);
}

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const safeSchemes = ['http', 'https', 'mailto', 'tel'];

/** An address's scheme as a browser reads it: ignoring case, spaces and control characters. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** HTML tags that load or run something, each with the reason an editor can act on. */
const dangerousTags: Record<string, string> = {
  script: 'it would run code in the reader\u2019s browser',
  style: 'it would restyle the whole page, and could hide the help box or the warnings',
  iframe: 'it would load another website inside the page, which tells that site who is reading',
  object: 'it would load and run an embedded file',
  embed: 'it would load and run an embedded file',
  link: 'it would load a file from elsewhere into the page',
  meta: 'it would change how the browser treats the page',
  base: 'it would change where every link on the page leads',
  form: 'it would send what a reader types somewhere',
};

const componentList = Object.keys(allowedComponents).map((n) => `<${n}>`).join(', ');

/** An MDX comment, {/* like this *\/}, is the one expression allowed: it holds no code at all. */
const isComment = (expression: string) => /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/.test(expression);

type Node = MdastNode & { children?: Node[]; position?: { start: { line: number } } };
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

const curly = '\u201c\u201d\u2018\u2019\u201e\u2033';
/** A component's opening tag, on one line. */
const openingTag = /<([A-Za-z][\w.]*)\s[^<>\n]*>?/g;
/** An attribute whose value opens with a curly quote, as a word processor types it. */
const curlyAttribute = new RegExp(`([A-Za-z]+)\\s*=\\s*[${curly}]([^${curly}"'<>\\n]*)[${curly}]?`, 'g');

/**
 * Attributes written in curly quotes (“ ” ‘ ’), as text pasted from a word processor has them.
 * MDX reads only straight quotes, so its own message would be about JSX; this says what to
 * change, on the line, before the parser is asked.
 */
export function curlyQuoteProblems(source: string, file: string): Problem[] {
  return blankFrontmatter(source)
    .split('\n')
    .flatMap((text, i) =>
      [...text.matchAll(openingTag)].flatMap(([tagText, tag]) =>
        [...tagText.matchAll(curlyAttribute)].map(([written, attribute, value]): Problem => ({
          file,
          line: i + 1,
          field: `<${tag}> ${attribute}`,
          message: `${written.trim()} is written with curly quotes (“ ” or ‘ ’), as a word processor types them; <${tag}> reads only straight quotes`,
          fix: `replace them with straight quotes: ${attribute}="${value}". Text pasted from a word processor brings curly quotes with it: retype the quotes in a plain-text editor.`,
          severity: 'error',
        })),
      ),
    );
}

/**
 * Every way the MDX source breaks the lockdown, each as file, line, what is wrong and the fix.
 * `source` is the whole file, frontmatter included, so lines are the file's own.
 */
export function guardMdx(source: string, file: string, pictures: PictureFolder = contentPictures()): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number | undefined, field: string, message: string, fix: string) =>
    problems.push({ file, line, field, message, fix, severity: 'error' });

  // Curly quotes make the parser's message about JSX; this one says what to change.
  const curlyQuotes = curlyQuoteProblems(source, file);
  if (curlyQuotes.length) return curlyQuotes;

  let tree: Node;
  try {
    tree = mdxToMdast(blankFrontmatter(source), { features }) as Node;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const [, line, message = text] = /^(\d+):\d+: ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(text) ?? [];
    add(
      line ? Number(line) : undefined,
      'MDX',
      `this is not valid MDX: ${message}`,
      'in an article, "<" starts a component and "{" starts code: write \\< or \\{ to show the character itself, and close every component you open.',
    );
    return problems;
  }

  const checkUrl = (url: string, line: number | undefined, what: 'link' | 'image') => {
    const scheme = schemeOf(url);
    if (scheme === 'javascript' || scheme === 'vbscript') {
      add(line, what, `"${url.slice(0, 40)}" is a ${scheme}: address, which runs code when clicked`, 'link to a page instead: a path on this site such as /get-help/, or an https:// address.');
    } else if (scheme === 'data') {
      add(line, what, `"${url.slice(0, 40)}…" is a data: address, which hides its content inside the link where no one can review it`, 'save a picture in content/images/ and use its path, or link to an https:// page.');
    } else if (scheme && !safeSchemes.includes(scheme)) {
      add(line, what, `"${url}" uses the ${scheme}: scheme, which a reader's browser cannot safely open`, 'use a path on this site, or an https://, mailto: or tel: address.');
    } else if (what === 'image' && scheme) {
      add(line, 'image', `"${url}" is an image on another website: loading it would tell that site who is reading`, 'save the picture in content/images/ and name it by its path from this file, for example ![A chart of sleep](../../images/sleep.png).');
    } else if (what === 'image' && !scheme) {
      const problem = imageProblem(file, url, pictures);
      if (problem) add(line, 'image', ...problem);
    }
  };

  const checkElement = (node: Node & { name: string | null; attributes: JsxAttribute[] }, line: number | undefined) => {
    const name = node.name;
    const rule = name ? allowedComponents[name] : undefined;
    const tag = name ? `<${name}>` : '<>';
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(line, `${tag} {…}`, `"{${attribute.value}}" is JavaScript, which articles may not contain`, 'write each attribute as name="value".');
      } else if (/^on/i.test(attribute.name)) {
        add(line, `${tag} ${attribute.name}`, `"${attribute.name}" is an event handler: it would run code when a reader clicks or loads the page`, 'delete the attribute; articles cannot run code.');
      } else if (attribute.value && typeof attribute.value === 'object') {
        add(line, `${tag} ${attribute.name}`, `the value {${attribute.value.value}} is JavaScript, which articles may not contain`, `write it in quotes: ${attribute.name}="…".`);
      } else if (rule && !(attribute.name in rule.attributes)) {
        const allowed = Object.keys(rule.attributes);
        add(line, `${tag} ${attribute.name}`, `"${attribute.name}" is not an attribute of ${tag}`, allowed.length ? `${tag} takes: ${allowed.join(', ')}. Example: ${rule.example}` : `${tag} takes no attributes: write ${rule.example}`);
      } else if (rule) {
        const values = rule.attributes[attribute.name]?.values;
        if (values && !values.includes(String(attribute.value))) {
          add(line, `${tag} ${attribute.name}`, `must be one of ${values.map((v) => `"${v}"`).join(', ')}, not "${attribute.value}"`, `Example: ${rule.example}`);
        }
      }
    }

    if (!name || !rule) {
      if (name && /^[a-z]/.test(name) && !name.includes('.') && !name.includes(':')) {
        const reason = dangerousTags[name];
        if (reason) add(line, tag, `raw ${tag} is not allowed: ${reason}`, 'delete it. Articles are Markdown plus the components in docs/components.md.');
        else add(line, tag, `the HTML tag ${tag} is not allowed in articles`, 'write Markdown instead: **bold**, _italic_, lists, > quotes and [links](/get-help/). For an aside, use <Callout>.');
      } else {
        const near = name ? closest(name, Object.keys(allowedComponents)) : undefined;
        add(
          line,
          tag,
          `${name ? `"${name}"` : 'an empty tag <>'} is not one of the project's components`,
          `the components allowed are ${componentList}${near && distance(name!, near) <= 2 ? `; did you mean <${near}>?` : '.'} See docs/components.md.`,
        );
      }
      return;
    }
    for (const [attribute, { required }] of Object.entries(rule.attributes)) {
      if (required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)) {
        add(line, `${tag} ${attribute}`, `${tag} needs ${attribute}="…"`, `Example: ${rule.example}`);
      }
    }
    if (!rule.children && (node.children ?? []).length > 0) {
      add(line, tag, `${tag} stands alone and cannot wrap text`, `write it as ${rule.example}`);
    }
  };

  const visit = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value);
        add(
          line,
          isImport ? 'import' : 'export',
          isImport ? 'an import is not allowed: articles cannot load code or other files' : 'an export is not allowed: articles cannot define code',
          isImport
            ? `delete the line. The components articles may use (${componentList}) need no import.`
            : 'delete it. Facts about the article belong in the frontmatter between the --- lines.',
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          add(line, '{…}', `"{${node.value.trim().slice(0, 40)}}" is a JavaScript expression, which articles may not contain`, 'write the text itself. To show a curly brace, write \\{ ; for a note to other editors, write {/* note */}.');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as Node & { name: string | null; attributes: JsxAttribute[] }, line);
        break;
      case 'html':
        add(line, 'HTML', 'raw HTML is not allowed in articles', 'write Markdown instead, or use a component from docs/components.md.');
        return;
      case 'link':
      case 'definition':
        checkUrl(node.url, line, 'link');
        break;
      case 'image':
        checkUrl(node.url, line, 'image');
        if (!node.alt?.trim()) {
          add(line, 'image', `the image "${node.url}" has no alt text`, 'describe what it shows for readers who cannot see it: ![A chart of …](../../images/chart.png).');
        }
        break;
      case 'imageReference':
        if (!node.alt?.trim()) add(line, 'image', 'the image has no alt text', 'describe what it shows for readers who cannot see it: ![A chart of …][image-name].');
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
