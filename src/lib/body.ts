/**
 * What the knowledge graph reads from an article's MDX body: citations and internal links.
 * The MDX guard allows only the project's own components, so these simple patterns see every one.
 */

const citePattern = /<Cite\s+id=["']([^"']+)["']\s*\/>/g;
const markdownLinkPattern = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const hrefPattern = /\bhref=["']([^"']+)["']/g;

/** Reference ids in the order they are first cited: that order numbers them [1], [2], ... */
export function citationOrder(body: string): string[] {
  const order: string[] = [];
  for (const match of body.matchAll(citePattern)) {
    for (const id of (match[1] ?? '').split(',').map((s) => s.trim())) {
      if (id && !order.includes(id)) order.push(id);
    }
  }
  return order;
}

const termPattern = /<Term\s+id=["']([^"']+)["']/g;

/** Glossary ids the body defines inline with <Term id="…">. */
export function glossaryMentions(body: string): string[] {
  return [...new Set([...body.matchAll(termPattern)].map((m) => m[1] ?? ''))];
}

/** Every link target written in the body, in order, repeats included. */
export function linkTargets(body: string): string[] {
  const targets: string[] = [];
  for (const pattern of [markdownLinkPattern, hrefPattern]) {
    for (const match of body.matchAll(pattern)) if (match[1]) targets.push(match[1]);
  }
  return targets;
}

/** The 1-based line of a character offset, so problems point editors at the right line. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** The line of its file an MDX body starts on, after the frontmatter, so problems name file lines. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body ? fileText.indexOf(body.slice(0, 200)) : -1;
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}
