import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against built sites in the system Chromium (never a downloaded browser):
 * - project `site`: the bundled content built into `dist/` (served at `/`);
 * - project `fixture`: tests/fixtures/site built under the base path `/k8s-map/` into
 *   `dist-fixture/` (deliberately broken examples, hostile titles, base-path links);
 * - project `notes`: tests/fixtures/zh-notes, a reader's notes folder without map.md, built into
 *   `dist-notes/` (served at `/`).
 * `npm test` builds both before running these. Set CHROMIUM_PATH to use another browser.
 */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT || 4329);
const fixturePort = port + 1;
const siteDir = process.env.K8SMAP_OUT_DIR || 'dist';
const fixtureDir = process.env.K8SMAP_FIXTURE_OUT_DIR || 'dist-fixture';
const notesPort = port + 2;
const notesDir = process.env.K8SMAP_NOTES_OUT_DIR || 'dist-notes';
export const FIXTURE_BASE = '/k8s-map/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous waits: CI machines are small and shared (2 cores); these bound how long a test waits
  // for the page to get ready, they assert nothing about speed (performance lives in npm run bench).
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    locale: 'zh-CN',
    trace: 'off',
  },
  projects: [
    {
      name: 'site',
      testMatch: '**/*.spec.ts',
      testIgnore: ['fixture/**', 'notes/**'],
      use: { baseURL: `http://127.0.0.1:${port}/` },
    },
    {
      name: 'fixture',
      testMatch: 'fixture/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${fixturePort}${FIXTURE_BASE}` },
    },
    {
      name: 'notes',
      testMatch: 'notes/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${notesPort}/` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      env: { K8SMAP_OUT_DIR: siteDir },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${fixturePort}`,
      env: { K8SMAP_OUT_DIR: fixtureDir, K8SMAP_BASE: FIXTURE_BASE, K8SMAP_CONTENT_DIR: 'tests/fixtures/site' },
      url: `http://127.0.0.1:${fixturePort}${FIXTURE_BASE}`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${notesPort}`,
      env: { K8SMAP_OUT_DIR: notesDir, K8SMAP_CONTENT_DIR: 'tests/fixtures/zh-notes' },
      url: `http://127.0.0.1:${notesPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
  ],
});
