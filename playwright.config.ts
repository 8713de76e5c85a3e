import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (no browser can be downloaded here); otherwise Playwright's own.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

// Ports and build folders can be moved, so two test runs on one machine do not collide.
const site = { port: Number(process.env.SITE_PORT ?? 4321), dist: process.env.SITE_DIST ?? 'dist' };
const fixture = { port: Number(process.env.FIXTURE_PORT ?? 4322), dist: process.env.FIXTURE_DIST ?? 'dist-fixture' };
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
  ],
  webServer: [site, fixture].map(({ port, dist }) => ({
    command: `npm run preview -- --port ${port} --ignore-lock`,
    env: { OUT_DIR: dist },
    url: url(port),
    reuseExistingServer: !process.env.CI,
  })),
});
