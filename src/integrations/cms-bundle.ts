/**
 * The web editor's script, bundled from npm (decap-cms-app, React) by Vite, the bundler Astro
 * itself uses. Bundling Decap takes some seconds, and the result depends only on the installed
 * packages and on the editor's own two source files, so it is kept in node_modules/.astro/cms/
 * under a hash of those: a build bundles it once, and every later build (and the fixture build
 * after the real one) copies it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { adminPath } from '../lib/cms-config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./cms-admin.ts', import.meta.url));
const inputs = ['package-lock.json', 'src/integrations/cms-admin.ts', 'src/lib/cms-components.ts', 'src/integrations/cms-bundle.ts'];

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
    const dir = `${root}/node_modules/.astro/cms/${bundleKey()}`;
    if (existsSync(`${dir}/${adminScript}`)) return dir;
    const temporary = `${dir}.tmp-${process.pid}`;
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
          // Packages marked "use client" (for React server components) say nothing that matters in a browser bundle.
          onLog: (level, log, handler) => (log.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : handler(level, log)),
        },
      },
    });
    rmSync(dir, { recursive: true, force: true });
    renameSync(temporary, dir);
    return dir;
  })();
  return pending;
}
