/**
 * The web editor's page, /admin/: a bare HTML document that is no part of the public site.
 * It has its own Content Security Policy, wider than the public pages' (which stays as
 * astro.config.mjs sets it) in exactly what Decap CMS needs, and a robots "noindex". Pure.
 */
import type { CmsConfig } from './cms-config.ts';

export interface AdminPageInput {
  config: CmsConfig;
  /** Everything else the browser script reads (the components' choices and rules). */
  data: Record<string, unknown>;
  /** The editor's script, from this page's folder. */
  script: string;
}

/** GitHub's API, where the editor reads and writes branches and pull requests; its avatars, for the signed-in user's picture. */
const githubApi = 'https://api.github.com';
const githubAvatars = 'https://avatars.githubusercontent.com';

const origin = (url: string | undefined) => (url ? new URL(url).origin : undefined);

/**
 * What the editor may do, and no more:
 * - script-src 'unsafe-eval': Decap validates its configuration with ajv, which compiles each
 *   schema into a function; 'wasm-unsafe-eval': it shrinks uploaded pictures with WebAssembly.
 * - style-src 'unsafe-inline': its interface styles itself at run time (emotion).
 * - connect-src: the site, GitHub's API, and decap-server when editing a local copy.
 * - img-src blob: and data:: previews of pictures it has read from the repository.
 */
export function adminCsp(config: CmsConfig): string {
  const connect = ["'self'", githubApi, origin(config.local_backend?.url)].filter(Boolean);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${githubAvatars}`,
    `connect-src ${connect.join(' ')}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** JSON inside a <script> element: "</script>" or "<!--" in a title must not end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function adminPage({ config, data, script }: AdminPageInput): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminCsp(config)}">
<title>Editor · Feeling nothing?</title>
<script type="application/json" id="cms-data">${scriptJson({ config, ...data })}</script>
<script type="module" src="${script}"></script>
</head>
<body>
<noscript>The editor needs JavaScript. Without it, edit the files in content/ as CONTRIBUTING.md describes.</noscript>
</body>
</html>
`;
}
