#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order: type check, unit tests (vitest), production build,
 * browser tests (Playwright + system Chromium). Every step runs even if an earlier one failed
 * (except browser tests, which need a build), and the last line is the plain total
 * `N passed, N failed` over all suites. Exit code is non-zero on any failure.
 *
 *   npm test                 # everything
 *   npm test -- --only unit  # one suite: typecheck | unit | build | e2e
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node.js ${process.versions.node} is too old: this project needs Node >= 22.12 (see README, "Quick start").`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > -1 ? process.argv[onlyIdx + 1] : undefined;
const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-test-'));
const results = [];

function run(cmd, args, env = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const want = (name) => only === undefined || only === name;

if (want('typecheck')) {
  const ok = run('npx', ['astro', 'check']);
  results.push({ suite: 'typecheck', passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

if (want('unit')) {
  const out = path.join(tmp, 'vitest.json');
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const j = readJson(out);
  const passed = j?.numPassedTests ?? 0;
  let failed = j?.numFailedTests ?? 0;
  if (!ok && failed === 0) failed = 1; // the runner itself failed (e.g. a suite did not load)
  results.push({ suite: 'unit', passed, failed });
}

const siteDir = process.env.K8SMAP_OUT_DIR || 'dist';
const fixtureDir = process.env.K8SMAP_FIXTURE_OUT_DIR || 'dist-fixture';
const notesDir = process.env.K8SMAP_NOTES_OUT_DIR || 'dist-notes';
let built = only === 'e2e' && [siteDir, fixtureDir, notesDir].every((d) => existsSync(`${d}/index.html`));
if (want('build')) {
  // The bundled content, as README's `npm run build` makes it.
  const ok = run('npm', ['run', 'build']);
  results.push({ suite: 'build', passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  // The browser-test fixture site: other content, under a base path (see playwright.config.ts).
  const okFixture = run('npm', ['run', 'build'], {
    K8SMAP_CONTENT_DIR: 'tests/fixtures/site',
    // a configured origin, as a deployment has: canonical URLs, the sitemap and robots.txt's Sitemap line
    K8SMAP_SITE: 'https://alice.github.io',
    K8SMAP_BASE: '/k8s-map/',
    K8SMAP_OUT_DIR: fixtureDir,
    K8SMAP_CACHE_DIR: 'node_modules/.astro-fixture',
  });
  results.push({ suite: 'build', passed: okFixture ? 1 : 0, failed: okFixture ? 0 : 1 });
  // A reader's notes folder without map.md (tests/fixtures/zh-notes; see playwright.config.ts).
  const okNotes = run('npm', ['run', 'build'], {
    K8SMAP_CONTENT_DIR: 'tests/fixtures/zh-notes',
    K8SMAP_OUT_DIR: notesDir,
    K8SMAP_CACHE_DIR: 'node_modules/.astro-notes',
  });
  results.push({ suite: 'build', passed: okNotes ? 1 : 0, failed: okNotes ? 0 : 1 });
  built = ok && okFixture && okNotes;
}

if (want('e2e')) {
  if (!built) {
    console.error('\nBrowser tests skipped: the production build failed or is missing.');
    results.push({ suite: 'e2e', passed: 0, failed: 1 });
  } else {
    const out = path.join(tmp, 'playwright.json');
    const ok = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    const j = readJson(out);
    const passed = j?.stats?.expected ?? 0;
    let failed = (j?.stats?.unexpected ?? 0) + (j?.stats?.flaky ?? 0);
    if (!ok && failed === 0) failed = 1;
    results.push({ suite: 'e2e', passed, failed });
  }
}

console.log('\nSuites:');
for (const r of results) console.log(`  ${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
