import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (no browser can be downloaded here); otherwise Playwright's own.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const SITE = 'http://localhost:4321';
const FIXTURE = 'http://localhost:4322';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The real site, built from content/.
    { name: 'site', testMatch: /site\/.*\.spec\.ts/, use: { baseURL: SITE } },
    // A small fixed site built from tests/fixtures/content, for behaviour that needs known content (drafts, a unique word).
    { name: 'fixture', testMatch: /fixture\/.*\.spec\.ts/, use: { baseURL: FIXTURE } },
  ],
  webServer: [
    { command: 'npm run preview -- --port 4321 --ignore-lock', url: SITE, reuseExistingServer: !process.env.CI },
    { command: 'npm run preview -- --port 4322 --ignore-lock', env: { OUT_DIR: 'dist-fixture', CONTENT_DIR: 'tests/fixtures/content' }, url: FIXTURE, reuseExistingServer: !process.env.CI },
  ],
});
