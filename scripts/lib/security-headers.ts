/**
 * The security headers the site asks hosts to send, read from where they are written down:
 * public/_headers (for Netlify and Cloudflare Pages) and the nginx snippet in docs/deploy.md.
 */
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** The headers public/_headers sends for one path pattern (every page, "/*", unless named), by lower-case name. */
export function headersFile(text = readFileSync(new URL('public/_headers', root), 'utf8'), pattern = '/*'): Map<string, string> {
  const headers = new Map<string, string>();
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === pattern;
      continue;
    }
    const at = line.indexOf(':');
    if (inBlock && at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return headers;
}

/** The headers the nginx snippet in docs/deploy.md adds, by lower-case name. */
export function nginxSnippet(markdown = readFileSync(new URL('docs/deploy.md', root), 'utf8')): Map<string, string> {
  const block = /```nginx\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  return new Map([...block.matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
}
