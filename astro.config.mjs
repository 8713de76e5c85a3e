// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cms } from './src/integrations/cms.ts';
import { editorPreview } from './src/integrations/editor-preview.ts';
import { quietBuildLog } from './src/lib/build-log.ts';

// The address the site is served from, for canonical links, the sitemap and the feed.
// Set SITE_URL when deploying; the default is where `npm start` serves it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// A build of another content folder (test fixtures, the benchmark) keeps its own cache,
// so it never mixes entries with the real site's.
const content = process.env.CONTENT_DIR;
const cacheDir = process.env.CACHE_DIR ?? (content ? `./node_modules/.astro/${content.replace(/[^a-z0-9]+/gi, '-')}` : undefined);

export default defineConfig({
  site,
  trailingSlash: 'always',
  ...(cacheDir && { cacheDir }),
  // Where the build goes, so a fixture build and the real one can be served side by side.
  outDir: process.env.OUT_DIR ?? 'dist',
  // Two entries with one id (two files named alike) are an error, not a warning.
  prerenderConflictBehavior: 'error',
  // Four pages render at once: while one waits for its file to be written or its CSP hashes,
  // another renders. The same pages, 2 s sooner at 1,000 articles (npm run bench).
  build: { concurrency: 4, inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    // The search index is built after this, by scripts/search-index.ts (npm run build).
    // `npm run dev` only: pages show the content's problems, in check:content's words.
    editorPreview(),
    // The web editor at /admin/ (Decap CMS): no page of the site, not in the sitemap or search.
    cms(),
  ],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
      // Scripts come from the site itself or are hashed by Astro. The search page alone adds
      // 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search.astro).
      scriptDirective: { resources: ["'self'"] },
    },
  },
  // Articles contain no code; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Pictures in articles (content/images/) get copies at several widths, so a phone downloads
  // one that fits its screen (src/lib/images.ts).
  image: { layout: 'constrained' },
  devToolbar: { enabled: false },
  // One notice per MDX file that says nothing an editor can act on: left out of the log
  // (src/lib/build-log.ts says which, and why). Every other warning is kept.
  vite: { build: { rolldownOptions: { onLog: quietBuildLog } } },
  // Writes .astro/collections/collections.json, which tells the Astro editor extension which
  // schema each content file follows: autocompletion and tooltips in MDX frontmatter.
  // Incremental build: an article page whose code and content are unchanged since the last
  // build keeps its HTML instead of being rendered again (its cache key, src/lib/page-cache-keys.ts).
  experimental: { contentIntellisense: true, incrementalBuild: true },
});
