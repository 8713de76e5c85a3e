/**
 * The web editor at /admin/ (Decap CMS), for clinicians who never open a terminal: each new or
 * changed article is saved as a pull request, which CI checks and a reviewer merges.
 *
 * Not an Astro page, so it is in no sitemap, search index, page list or budget, and the public
 * pages' Content Security Policy stays exactly as astro.config.mjs sets it. After a build it
 * writes dist/admin/ (the page and the bundled script); `npm run dev` serves the same at
 * /admin/. The configuration is made afresh from the article schema and the content each time
 * (src/lib/cms-config.ts), so a new condition is in the editor's picker with the next build.
 *
 * Environment (docs/deploy.md): CMS_REPO (owner/name on GitHub), CMS_BRANCH (main),
 * CMS_AUTH_URL (the OAuth client that completes a GitHub login), CMS_LOCAL_BACKEND (decap-server's
 * address, for a build that edits a local copy; `npm run dev` uses http://localhost:8081/api/v1).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContent, type SourceEntry } from '../../scripts/lib/content-source.ts';
import type { ComponentChoices } from '../lib/cms-components.ts';
import { adminPath, cmsConfig, type Choice, type CmsConfig } from '../lib/cms-config.ts';
import { adminPage } from '../lib/cms-page.ts';
import { allowedComponents } from '../lib/mdx-guard.ts';
import { adminBundle, adminScript } from './cms-bundle.ts';

/** The placeholder until CMS_REPO names the real repository (docs/deploy.md). */
export const REPO_PLACEHOLDER = 'OWNER/REPOSITORY';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);
const SHORT = 90;
const shorten = (line: string) => (line.length > SHORT ? `${line.slice(0, SHORT - 1)}\u2026` : line);

/** "Palyo & Beck 2008: Post-traumatic stress …" for a reference in content/references.json. */
function referenceLabel(data: Record<string, unknown>): string {
  const authors = (data.author as { family?: string; literal?: string }[] | undefined) ?? [];
  const names = authors.map((a) => a.family ?? a.literal ?? '').filter(Boolean);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' & ');
  const year = (data.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  return shorten(`${who || 'Anon.'}${year ? ` ${year}` : ''}: ${text(data.title)}`);
}

/** The pickers, from the content as it is now: plain names for people, ids for the files. */
export function cmsChoices(entries: SourceEntry[]): { fields: Record<string, Choice[]>; components: ComponentChoices } {
  const of = (collection: string, label: (entry: SourceEntry) => string) =>
    entries
      // A draft is named in no built file, the editor's page included (tests/build/drafts.test.ts).
      .filter((e) => e.collection === collection && e.data && e.data.draft !== true)
      .map((e) => ({ label: label(e) || e.id, value: e.id }))
      .sort(byLabel);
  const name = (e: SourceEntry) => text(e.data?.name);
  return {
    fields: {
      conditions: of('conditions', name),
      symptoms: of('symptoms', name),
      treatments: of('treatments', name),
      related: of('articles', (e) => `${text(e.data?.title)}${e.data?.audience === 'practitioner' ? ' (for clinicians)' : ''}`),
    },
    components: {
      references: of('references', (e) => referenceLabel(e.data ?? {})),
      glossary: of('glossary', (e) => text(e.data?.term)),
    },
  };
}

function adminHtml(config: CmsConfig, components: ComponentChoices): string {
  return adminPage({ config, data: { choices: components, rules: allowedComponents }, script: `${adminPath}${adminScript}` });
}

function currentConfig(site: string | undefined, localBackendUrl: string | undefined) {
  const { fields, components } = cmsChoices(readContent().entries);
  const config = cmsConfig({
    choices: fields,
    siteUrl: site,
    backend: {
      repo: process.env.CMS_REPO || REPO_PLACEHOLDER,
      branch: process.env.CMS_BRANCH || 'main',
      authBaseUrl: process.env.CMS_AUTH_URL || undefined,
      localBackendUrl,
    },
  });
  return adminHtml(config, components);
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };

export function cms(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        site = config.site;
      },
      // npm run dev: the editor works on this copy through decap-server (npx decap-server).
      'astro:server:setup': ({ server }) => {
        const localBackend = process.env.CMS_LOCAL_BACKEND || 'http://localhost:8081/api/v1';
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(adminPath)) return next();
          const file = path.slice(adminPath.length) || 'index.html';
          if (file.split('/').includes('..')) return next();
          const type = contentTypes[file.slice(file.lastIndexOf('.'))];
          try {
            const body = file === 'index.html' ? currentConfig(site, localBackend) : readFileSync(join(await adminBundle(), file));
            res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' }).end(body);
          } catch {
            next();
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = join(fileURLToPath(dir), adminPath);
        mkdirSync(out, { recursive: true });
        cpSync(await adminBundle(), out, { recursive: true });
        writeFileSync(join(out, 'index.html'), currentConfig(site, process.env.CMS_LOCAL_BACKEND || undefined));
        logger.info(`${adminPath} written: the web editor (${Math.round(performance.now() - started)} ms).`);
      },
    },
  };
}
