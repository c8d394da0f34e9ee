#!/usr/bin/env node
/**
 * Builds src/graph/vocabulary/zh-glossary.json: the official Chinese names of Kubernetes terms,
 * from the glossary of the Kubernetes website's Chinese localisation
 * (kubernetes/website content/zh-cn/docs/reference/glossary/*.md). For each glossary entry whose
 * title has a Chinese name: its id, the Chinese name, its English name(s) and its `aka`, and the
 * commit its file was read at (scripts/lib/zh-glossary.mjs reads a file). The concept search
 * index (src/views/search-index.ts) gives a concept whose English name is an entry's English
 * name the Chinese name as a search keyword, so that a Chinese reader finds `PersistentVolume`
 * by typing 持久卷.
 *
 * Run: `node scripts/build-zh-glossary.mjs <kubernetes/website checkout> [--commits <file.json>] [--check]`
 * - the checkout is the root of a kubernetes/website working tree (only the glossary folder is
 *   read; `index.md` is the glossary page, not an entry);
 * - each file's commit is the last commit that changed it (`git log -1 -- <path>` in the
 *   checkout), or, with `--commits`, the commit a JSON object gives for its repository path
 *   (`{"content/zh-cn/docs/reference/glossary/pod.md": "<sha>"}`: files fetched one by one);
 * - `--check`: fail when the committed file differs from what the checkout gives.
 * Names only: no descriptions are copied. The output is committed; the build only reads it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGlossaryEntry } from './lib/zh-glossary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/vocabulary/zh-glossary.json');
const REPO = 'kubernetes/website';
const DIR = 'content/zh-cn/docs/reference/glossary';
/** Files of the folder that are not entries. */
const NOT_ENTRIES = new Set(['index.md', '_index.md']);

function fail(msg) {
  console.error(`build-zh-glossary: ${msg}`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const at = argv.indexOf('--commits');
const commitsFile = at >= 0 ? argv[at + 1] : undefined;
const checkout = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--commits');
if (!checkout) fail(`the root of a ${REPO} checkout is required: node scripts/build-zh-glossary.mjs <dir> [--commits <file.json>] [--check]`);
const folder = path.join(checkout, DIR);
if (!existsSync(folder)) fail(`${folder} not found (expected ${REPO} ${DIR}).`);
const commits = commitsFile ? JSON.parse(readFileSync(commitsFile, 'utf8')) : undefined;

function commitOf(repoPath) {
  if (commits) {
    const c = commits[repoPath];
    if (typeof c !== 'string' || !/^[0-9a-f]{40}$/.test(c)) fail(`${commitsFile} gives no commit for ${repoPath}`);
    return c;
  }
  try {
    const c = execFileSync('git', ['-C', checkout, 'log', '-1', '--format=%H', '--', repoPath], { encoding: 'utf8' }).trim();
    if (/^[0-9a-f]{40}$/.test(c)) return c;
  } catch {
    // not a git checkout
  }
  return fail(`no commit for ${repoPath}: ${checkout} is no git checkout with history; pass --commits <file.json>`);
}

const files = readdirSync(folder).filter((f) => f.endsWith('.md') && !NOT_ENTRIES.has(f)).sort();
if (files.length === 0) fail(`${folder} has no glossary files`);
const entries = [];
let english = 0;
for (const f of files) {
  const repoPath = `${DIR}/${f}`;
  const entry = readGlossaryEntry(readFileSync(path.join(folder, f), 'utf8'));
  if (!entry) {
    english++;
    continue;
  }
  if (entry.en.length === 0) fail(`${repoPath}: no English name (title ${JSON.stringify(entry.zh)}, id ${entry.id})`);
  entries.push({ ...entry, path: repoPath, commit: commitOf(repoPath) });
}

const out = {
  generator: 'scripts/build-zh-glossary.mjs (gray-matter)',
  source: { repo: REPO, path: DIR },
  entries,
};
const text = `${JSON.stringify(out, null, 1)}\n`;
if (check) {
  const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-zh-glossary.mjs <dir>`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(root, OUT)}: ${entries.length} entries with a Chinese name of ${files.length} glossary files (${english} titled in English only)`);
}
