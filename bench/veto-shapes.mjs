#!/usr/bin/env node
/**
 * veto9: the resolver's vetoes by the shape of their line (bench/lib/veto-shapes.mjs).
 *   node bench/miner-misses.mjs [dirs…] --vetoes --json /tmp/v.json
 *   node bench/veto-shapes.mjs /tmp/v.json [--veto not-a-new-term] [--by rule,place,predicate] [--lines]
 * Prints missed / found / none (and the sets of the missed) per group; `--lines` every row with its line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tally, vetoFeatures, vetoName } from './lib/veto-shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const file = args.find((a, i) => !a.startsWith('-') && !['--veto', '--by'].includes(args[i - 1]));
if (!file) {
  console.error('usage: node bench/veto-shapes.mjs VETOES.json [--veto V] [--by rule,place,predicate] [--lines]');
  process.exit(2);
}
const veto = opt('--veto', 'not-a-new-term');
const by = opt('--by', 'rule,place,predicate').split(',');
const data = JSON.parse(readFileSync(file, 'utf8'));
const cache = new Map();
const linesOf = (set, chapter) => {
  const f = path.join(ROOT, 'tests/corpus/miner', set, chapter);
  if (!cache.has(f)) cache.set(f, readFileSync(f, 'utf8').split('\n'));
  return cache.get(f);
};
const rows = (data.vetoes ?? []).filter((r) => r.veto === veto && !r.rule.startsWith('learned')).map((r) => ({ ...r, ...vetoFeatures(r, linesOf(r.set, r.chapter)) }));
console.log([...by, 'missed', 'found', 'none', 'sets(missed)'].join('\t'));
for (const g of tally(rows, (r) => by.map((k) => r[k]).join('\t'))) console.log([g.key, g.missed, g.found, g.none, g.sets].join('\t'));
if (args.includes('--lines')) {
  for (const r of rows) console.log([r.is, r.set, ...by.map((k) => r[k]), vetoName(r.label), `${r.chapter}:${r.line}`, (linesOf(r.set, r.chapter)[r.line - 1] ?? '').trim().slice(0, 120)].join('\t'));
}
