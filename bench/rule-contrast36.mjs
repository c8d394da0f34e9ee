#!/usr/bin/env node
/**
 * prec36: what a rule's false positives have in common that its hits lack (docs/miner.md "prec36").
 *   node bench/rule-contrast36.mjs OUTCOMES.jsonl [--rules prose-copula,learned,path-mention] [--by place,mentions,...] [--lines KEY]
 *
 * OUTCOMES.jsonl is `node bench/miner.bench.mjs --outcomes F` (every concept mined from every chapter alone,
 * bench/lib/miner-rules.mjs parseWhy reads its provenance). For each concept made by one of the rules (its first
 * provenance entry), a few features of the chapter and of the line that made it; then, per feature value,
 * bad (false positive + duplicate) / good (found + wrong type: a label lost if vetoed) and the sets of the bad.
 * Features: `resolution` (the rule's last step), `place` (bench/lib/veto-shapes.mjs placeOf), `mentions` (lines of
 * the chapter writing the name, 1 / 2-3 / 4+), `entries` (provenance entries: other rules that read the same
 * concept), `heading` (the name is in a heading of the chapter), `kind`. `--lines K` lists the rows whose
 * joined key (`rule|feature=value`) starts with K (never dev39–dev44's). Measuring only: the miner reads nothing here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_OF_SAMPLE, parseWhy } from './lib/miner-rules.mjs';
import { placeOf } from './lib/veto-shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : d);
const file = args.find((a, i) => !a.startsWith('--') && !['--rules', '--by', '--lines', '--sets'].includes(args[i - 1]));
if (!file) {
  console.error('usage: node bench/rule-contrast36.mjs OUTCOMES.jsonl [--rules r1,r2] [--by f1,f2] [--lines KEY] [--sets dev|holdout]');
  process.exit(2);
}
const rules = opt('--rules', 'prose-copula,learned,path-mention').split(',');
const by = opt('--by', 'resolution,place,mentions,entries,heading,kind').split(',');
const listKey = opt('--lines');
const setPrefix = opt('--sets', 'dev');
const cache = new Map();
const linesOf = (set, chapter) => {
  const f = path.join(ROOT, 'tests/corpus/miner', set, chapter);
  if (!cache.has(f)) cache.set(f, readFileSync(f, 'utf8').split('\n'));
  return cache.get(f);
};
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bucket = (n) => (n <= 1 ? '1' : n <= 3 ? '2-3' : '4+');

const rows = [];
for (const l of readFileSync(file, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const o = JSON.parse(l);
  if (!o.set.startsWith(setPrefix)) continue;
  const entries = parseWhy(o.why);
  const first = entries[0];
  if (!first || !rules.includes(first.rule)) continue;
  const lines = linesOf(o.set, o.chapter);
  const name = o.title.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').trim();
  const word = new RegExp(`(?<![A-Za-z0-9_.-])${esc(name)}(?![A-Za-z0-9_-])`, 'iu');
  const line = lines[first.line - 1] ?? '';
  rows.push({
    ...o,
    rule: first.rule,
    line,
    at: first.line,
    bad: o.outcome === 'fp' || o.outcome === 'dup',
    resolution: first.resolution,
    place: placeOf(line, name),
    mentions: bucket(lines.filter((x) => word.test(x)).length),
    entries: entries.length > 1 ? '2+' : '1',
    heading: lines.some((x) => /^\s*#{1,6}\s/.test(x) && word.test(x)) ? 'yes' : 'no',
    kind: o.kind,
  });
}
for (const f of by) {
  console.log(`\n${f}\tbad\tgood\tsets(bad)`);
  const g = new Map();
  for (const r of rows) {
    const k = `${r.rule}|${f}=${r[f]}`;
    const t = g.get(k) ?? { bad: 0, good: 0, sets: new Set() };
    if (r.bad) {
      t.bad += 1;
      t.sets.add(r.set);
    } else t.good += 1;
    g.set(k, t);
  }
  for (const [k, t] of [...g].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${k}\t${t.bad}\t${t.good}\t${t.sets.size}`);
}
if (listKey) {
  for (const r of rows) {
    const keys = by.map((f) => `${r.rule}|${f}=${r[f]}`);
    if (OUT_OF_SAMPLE.has(r.set) || !keys.some((k) => k.startsWith(listKey))) continue;
    console.log([r.bad ? 'BAD' : 'good', r.set, `${r.chapter}:${r.at}`, r.title, r.kind, r.resolution, r.place, `m${r.mentions}`, `e${r.entries}`, r.line.trim().slice(0, 110)].join('\t'));
  }
}
