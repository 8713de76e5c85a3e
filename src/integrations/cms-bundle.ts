/**
 * The web editor's script, bundled from npm (decap-cms-app, React) by Vite, the bundler Astro
 * itself uses. Bundling Decap takes some seconds, and the result depends only on the installed
 * packages and on the editor's own few source files, so it is kept in node_modules/.astro/cms/
 * under a hash of those: a build bundles it once, and every later build (and the fixture build
 * after the real one) copies it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { adminPath } from '../lib/cms-config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./cms-admin.ts', import.meta.url));
const inputs = ['package-lock.json', 'src/integrations/cms-admin.ts', 'src/integrations/cms-dialog.ts', 'src/lib/cms-components.ts', 'src/integrations/cms-bundle.ts'];

/** The script's file name inside its folder. */
export const adminScript = 'cms.js';

function bundleKey(): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(readFileSync(`${root}/${input}`));
  return hash.digest('hex').slice(0, 16);
}

let pending: Promise<string> | undefined;

/** The folder that holds the bundled editor (cms.js and its chunks), bundling it if needed. */
export function adminBundle(): Promise<string> {
  pending ??= (async () => {
    const cache = `${root}/node_modules/.astro/cms`;
    const dir = `${cache}/${bundleKey()}`;
    if (existsSync(`${dir}/${adminScript}`)) return dir;
    const temporary = `${root}/node_modules/.astro/cms-${process.pid}`;
    await build({
      configFile: false,
      root,
      base: adminPath,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: temporary,
        emptyOutDir: true,
        copyPublicDir: false,
        reportCompressedSize: false,
        // One big script is expected: it is the editor, and only editors load it.
        chunkSizeWarningLimit: 8000,
        rolldownOptions: {
          input: entry,
          output: { entryFileNames: adminScript, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'chunks/[name]-[hash][extname]' },
          // Notices about Decap's own dependencies, which no editor here can act on: "use client"
          // (for React server components) and a direct eval inside a dependency.
          onLog: (level, log, handler) => (['MODULE_LEVEL_DIRECTIVE', 'EVAL'].includes(log.code ?? '') ? undefined : handler(level, log)),
        },
      },
    });
    // Earlier bundles (of other package versions) are of no further use.
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    renameSync(temporary, dir);
    return dir;
  })();
  return pending;
}
