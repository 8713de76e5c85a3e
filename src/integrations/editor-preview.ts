/**
 * The preview (`npm run dev`) refuses what the build refuses, on the page itself. Before each
 * page is served, the content is checked with `npm run check:content`'s own function; while it
 * finds an error, every page shows those problems, in check:content's words, instead of a stack
 * trace or a page that quietly leaves an entry out. The rules over the knowledge base as a whole
 * (every reference cited, every term tagged…) are left out, as the build leaves them out: a page
 * being written is not refused for what the rest of the site lacks. Not part of a build.
 */
import type { AstroIntegration } from 'astro';
import type { Problem } from '../lib/integrity.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page an editor sees while the content has errors: each problem as check:content prints it. */
export function problemsPage(problems: Problem[], format: (p: Problem) => string): string {
  const errors = problems.filter((p) => p.severity === 'error');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${errors.length} problem${errors.length === 1 ? '' : 's'} to fix | Preview</title>
<style>
  body { font: 1.05rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.5rem; } li { margin: 0.75rem 0; } code { font: 0.95rem/1.45 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } }
</style>
<script type="module" src="/@vite/client"></script>
</head><body><main>
<h1>The build would refuse this content: ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix</h1>
<p>Each line says: file:line, the field, what is wrong, and how to fix it. These are the words <code>npm run check:content</code> uses. Fix them and save: this page reloads.</p>
<ul>${errors.map((p) => `<li><code>${escape(format(p))}</code></li>`).join('')}</ul>
<p>CONTRIBUTING.md, "Reading the errors", explains each kind of problem.</p>
</main></body></html>`;
}

/** A request for a page (not a script, style or image the page loads). */
const isPageRequest = (method = 'GET', url = '', accept = '') =>
  method === 'GET' && accept.includes('text/html') && !url.startsWith('/@') && !url.startsWith('/_') && !/\.[a-z0-9]+(?:\?|$)/i.test(url.split('?')[0] ?? '');

export function editorPreview(): AstroIntegration {
  return {
    name: 'editor-preview',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          if (!isPageRequest(req.method, req.url, req.headers.accept)) return next();
          // Loaded here, in the dev server only: check:content reads every file, in a second or less.
          const [{ checkContent }, { formatProblem }] = await Promise.all([import('../../scripts/check-content.ts'), import('../lib/integrity.ts')]);
          const { problems } = await checkContent({ siteRules: false });
          if (!problems.some((p) => p.severity === 'error')) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(problems, formatProblem));
        });
      },
    },
  };
}
