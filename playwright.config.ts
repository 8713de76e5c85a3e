import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (no browser can be downloaded here); otherwise Playwright's own.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

// Ports and build folders can be moved, so two test runs on one machine do not collide.
const site = { port: Number(process.env.SITE_PORT ?? 4321), dist: process.env.SITE_DIST ?? 'dist' };
const fixture = { port: Number(process.env.FIXTURE_PORT ?? 4322), dist: process.env.FIXTURE_DIST ?? 'dist-fixture' };
// The editor's preview (npm run dev) of a copy of the fixture content, which its tests break and mend.
const preview = { port: Number(process.env.PREVIEW_PORT ?? 4323), content: 'preview-content' };
// The web editor: /admin/ of the fixture build (npm run build:fixture points it at decap-server on
// port 8084), and decap-server, its local backend, on a git copy of the fixture content. No build
// runs during the browser tests: a build rewrites .astro/, which the preview's dev server reads.
const admin = { backendPort: 8084, repo: 'admin-repo' };
const url = (port: number) => `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // Each project runs the tests in its own folder. (A testMatch pattern is matched against the
    // absolute path, so /site\// also picked every test of a clone under a folder like "my-site".)
    // The real site, built from content/.
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: url(site.port) } },
    // A small fixed site built from tests/fixtures/content, for behaviour that needs known content (drafts, a unique word).
    { name: 'fixture', testDir: 'tests/e2e/fixture', use: { baseURL: url(fixture.port) } },
    { name: 'preview', testDir: 'tests/e2e/preview', use: { baseURL: url(preview.port) } },
    { name: 'admin', testDir: 'tests/e2e/admin', use: { baseURL: url(fixture.port) } },
  ],
  webServer: [
    ...[site, fixture].map(({ port, dist }) => ({
      command: `npm run preview -- --port ${port} --ignore-lock`,
      env: { OUT_DIR: dist },
      url: url(port),
      reuseExistingServer: !process.env.CI,
    })),
    {
      // A fresh copy each run (plain node -e, so it runs in any shell), then the dev server on it.
      command: `node -e "const fs = require('fs'); fs.rmSync('${preview.content}', { recursive: true, force: true }); fs.cpSync('tests/fixtures/content', '${preview.content}', { recursive: true })" && npm run dev -- --port ${preview.port}`,
      env: { CONTENT_DIR: preview.content, CACHE_DIR: 'node_modules/.astro/preview' },
      url: url(preview.port),
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // A fresh git repository each run, then decap-server on it (git mode: saving makes a branch).
      command: `npx node tests/e2e/admin/local-repo.ts ${admin.repo} && npx decap-server`,
      env: { PORT: String(admin.backendPort), MODE: 'git', GIT_REPO_DIRECTORY: admin.repo, LOG_LEVEL: 'warn' },
      port: admin.backendPort,
      reuseExistingServer: false,
    },
  ],
});
