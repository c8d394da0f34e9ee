#!/usr/bin/env node
/**
 * lex29: builds src/graph/vocabulary/lexicon.json, the names of the Kubernetes ecosystem beyond the API
 * catalogue — CNCF projects and their components (`tool`) and the CNCF Cloud Native Glossary's terms
 * (`term`, with the Chinese localisation's title as `zh` where a checkout has it). What is read and what is
 * left out: scripts/lib/lexicon.mjs. Every entry names its source (repo, path, commit).
 *
 * Run: `node scripts/build-lexicon.mjs --projects <cncf/clomonitor checkout> --glossary <cncf/glossary checkout>
 *       [--commits <file.json>] [--check]`
 * - only data/cncf.yaml of the first and static/data/glossary.json (+ content/zh-cn/*.md when present) of
 *   the second are read;
 * - each file's commit is the last commit that changed it (`git log -1`), or, with `--commits`, the commit a
 *   JSON object gives for `"<repo> <path>"` (files fetched one by one, no history);
 * - `--check`: fail when the committed file differs from what the sources give.
 * The output is committed; the build only reads it (src/graph/vocabulary/lexicon.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectEntries, glossaryEntries, frontMatterTitle, dropComponentsNamedByTerms } from './lib/lexicon.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/lexicon.json');
const { everydayEnglish } = await import(path.join(root, 'src/graph/miner/english-words.ts'));

function fail(msg) {
  console.error(`build-lexicon: ${msg}`);
  process.exit(2);
}
const argv = process.argv.slice(2);
const opt = (n) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const check = argv.includes('--check');
const projectsDir = opt('--projects');
const glossaryDir = opt('--glossary');
if (!projectsDir || !glossaryDir) fail('usage: node scripts/build-lexicon.mjs --projects <cncf/clomonitor checkout> --glossary <cncf/glossary checkout> [--commits <file.json>] [--check]');
const commits = opt('--commits') ? JSON.parse(readFileSync(opt('--commits'), 'utf8')) : undefined;

function commitOf(checkout, repo, repoPath) {
  if (commits) {
    const c = commits[`${repo} ${repoPath}`];
    if (typeof c !== 'string' || !/^[0-9a-f]{40}$/.test(c)) fail(`--commits gives no commit for ${repo} ${repoPath}`);
    return c;
  }
  try {
    const c = execFileSync('git', ['-C', checkout, 'log', '-1', '--format=%H', '--', repoPath], { encoding: 'utf8' }).trim();
    if (/^[0-9a-f]{40}$/.test(c)) return c;
  } catch {
    // not a git checkout
  }
  return fail(`no commit for ${repo} ${repoPath}: pass --commits <file.json>`);
}
function read(checkout, repoPath) {
  const f = path.join(checkout, repoPath);
  if (!existsSync(f)) fail(`${f} not found`);
  return readFileSync(f, 'utf8');
}

const sources = [];
const source = (repo, p, checkout) => {
  sources.push({ repo, path: p, commit: commitOf(checkout, repo, p) });
  return sources.length - 1;
};
const PROJECTS = 'data/cncf.yaml';
const GLOSSARY = 'static/data/glossary.json';
const ZH_DIR = 'content/zh-cn';

const projects = projectEntries(read(projectsDir, PROJECTS), everydayEnglish);
const pSource = source('cncf/clomonitor', PROJECTS, projectsDir);
const zhTitles = new Map();
const zhDir = path.join(glossaryDir, ZH_DIR);
if (existsSync(zhDir)) {
  for (const f of readdirSync(zhDir).filter((x) => x.endsWith('.md') && !x.startsWith('_')).sort()) {
    const t = frontMatterTitle(readFileSync(path.join(zhDir, f), 'utf8'));
    if (t) zhTitles.set(f, t);
  }
}
const glossary = glossaryEntries(read(glossaryDir, GLOSSARY), everydayEnglish, zhTitles);
const gSource = source('cncf/glossary', GLOSSARY, glossaryDir);
const shared = dropComponentsNamedByTerms(projects.entries, glossary.entries);
if (zhTitles.size > 0) source('cncf/glossary', ZH_DIR, glossaryDir);

const out = {
  generator: 'scripts/build-lexicon.mjs (js-yaml, gray-matter)',
  sources,
  entries: [...projects.entries.map((e) => ({ ...e, source: pSource })), ...glossary.entries.map((e) => ({ ...e, source: gSource }))],
  leftOut: [...projects.leftOut, ...shared, ...glossary.leftOut],
};
const text = `${JSON.stringify(out, null, 1)}\n`;
if (check) {
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-lexicon.mjs --projects <dir> --glossary <dir>`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(root, OUT)}: ${projects.entries.length} projects, ${glossary.entries.length} glossary terms (${zhTitles.size} Chinese titles), ${out.leftOut.length} names left out`);
}
