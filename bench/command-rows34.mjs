#!/usr/bin/env node
/**
 * rules34: table rows whose first cell is a command's name (docs/miner.md "rules34"):
 *   node bench/table-census.mjs --outcomes OUT.jsonl [dir …] > rows.jsonl
 *   node bench/command-rows34.mjs rows.jsonl [--lines]
 * (OUT.jsonl: bench/miner.bench.mjs --outcomes, each chapter alone.) For every table row of the census whose
 * first cell is a command's name (command-tools.ts isCommandName: the tool and one to three subcommand words,
 * `kubectl get`, `etcdctl snapshot save`; plain, in code or bold), split by whether another cell explains it in
 * words and by the first header; and, for comparison, first cells that are a command line (arguments or flags:
 * `kubectl get pods -o wide`) or a flagged command (isFlaggedCommand): labels found / labels missed / no label's
 * (mined as a false positive or duplicate / not mined), and the sets. Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { censusRows, EXPLAINING_CELL, rowTally } from './lib/census-rows.mjs';
import { readCorpus, normKey } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { isCommandName, isFlaggedCommand } = await import(path.join(ROOT, 'src/graph/miner/command-tools.ts'));
const { rows, lines } = censusRows('command-rows34.mjs');
const clean = (s) => s.replace(/\*\*/g, '').replace(/`/g, '').trim();
/** The command's name a command line opens with (the longest that isCommandName), and what follows it. */
function commandPrefix(text) {
  const words = clean(text).split(/\s+/);
  for (let k = Math.min(words.length, 4); k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    if (isCommandName(name)) return { name, rest: words.slice(k).join(' ') };
  }
  return undefined;
}
/** set/chapter → the normKeys of its labels' names, read from the labels files (the census matches whole cells only). */
const labelKeys = new Map();
function labelled(r, name) {
  const k = `${r.set}/${r.chapter}`;
  if (!labelKeys.has(k)) {
    const dir = path.join(ROOT, 'tests/corpus/miner', r.set);
    const c = readCorpus(dir).find((x) => x.chapter === r.chapter);
    const keys = new Set();
    for (const l of c?.labels.concepts ?? []) for (const n of [l.name, ...(Array.isArray(l.also) ? l.also : l.also ? [l.also] : [])]) if (n != null) keys.add(normKey(String(n)));
    labelKeys.set(k, keys);
  }
  return labelKeys.get(k).has(normKey(name));
}
/** Placeholder arguments only (`<node>`, `[flags]`): the rule's own test (table-shapes.ts COMMAND_PLACEHOLDERS). */
const { COMMAND_PLACEHOLDERS: PLACEHOLDERS } = await import(path.join(ROOT, 'src/graph/miner/table-shapes.ts'));
const command = (r) => isCommandName(clean(r.cell));
const explained = (r) => r.others.some((c) => EXPLAINING_CELL.test(c));
const shapes = [
  { name: 'first cell a command\'s name, another cell explains it', test: (r) => command(r) && explained(r) },
  { name: '… kubectl only', test: (r) => command(r) && explained(r) && /^kubectl /.test(clean(r.cell)) },
  { name: '… other tools', test: (r) => command(r) && explained(r) && !/^kubectl /.test(clean(r.cell)) },
  { name: 'first cell a command\'s name, no cell explains it', test: (r) => command(r) && !explained(r) },
  { name: 'look-alike: a flagged command (`kubectl logs --previous`)', test: (r) => !command(r) && isFlaggedCommand(clean(r.cell)) },
  { name: 'look-alike: a command line (`kubectl get pods -o wide`)', test: (r) => !command(r) && !isFlaggedCommand(clean(r.cell)) && /^(?:kubectl|kubeadm|helm|etcdctl|crictl|k3s|velero|istioctl|docker) \S/.test(clean(r.cell)) },
];
/** Rows whose first cell is a command line: counted by the command's name it opens with, against the chapter's labels. */
const prefixShapes = [
  { name: 'first cell a command\'s name and placeholders only (`kubectl cordon <node>`), explained', test: (r, p) => p.rest !== '' && PLACEHOLDERS.test(p.rest) && explained(r) },
  { name: 'first cell a command\'s name and arguments or flags (`kubectl get pods -o wide`), explained', test: (r, p) => p.rest !== '' && !PLACEHOLDERS.test(p.rest) && explained(r) },
];
for (const s of prefixShapes) {
  const hit = [];
  for (const r of rows) {
    if (command(r)) continue;
    const p = commandPrefix(r.cell);
    if (p && s.test(r, p)) hit.push({ r, p, label: labelled(r, p.name) });
  }
  const lab = hit.filter((h) => h.label).length;
  console.log(`${s.name}: the command's name a label ${lab}, not ${hit.length - lab}; sets ${new Set(hit.map((h) => h.r.set)).size}`);
  if (lines) for (const h of hit) console.log(`  ${h.r.set}\t${h.r.chapter}:${h.r.line}\t${h.r.cell}\t${h.p.name}\t${h.label ? 'label' : 'no label'}`);
}
console.log('shape\tfound\tmissed\tno label\'s (mined / not)\tsets\tchapters');
for (const s of shapes) {
  const hit = rows.filter(s.test);
  const { found, missed, bad, none, sets, chapters } = rowTally(hit);
  console.log(`${s.name}\t${found}\t${missed}\t${bad + none} (${bad} / ${none})\t${sets}\t${chapters}`);
}
if (lines) {
  const hit = rows.filter((r) => command(r));
  const byHeader = new Map();
  for (const r of hit) {
    const h = clean(r.headers[0] ?? '');
    const e = byHeader.get(h) ?? { found: 0, missed: 0, none: 0, sets: new Set() };
    if (r.label) e[r.found ? 'found' : 'missed']++;
    else e.none++;
    e.sets.add(r.set);
    byHeader.set(h, e);
  }
  console.log('\nby first header (a command\'s name as first cell)\nheader\tfound\tmissed\tno label\'s\tsets');
  for (const [h, e] of [...byHeader].sort((a, b) => b[1].found + b[1].missed + b[1].none - (a[1].found + a[1].missed + a[1].none))) console.log(`${h}\t${e.found}\t${e.missed}\t${e.none}\t${[...e.sets].join(' ')}`);
  console.log('');
  for (const r of hit) console.log(`  ${r.set}\t${r.chapter}:${r.line}\t${r.cell}\t${r.label ? (r.found ? 'found' : 'missed') : r.mined ? 'mined, no label' : 'no label'}\t${explained(r) ? 'explained' : '-'}\t${r.headers.join(' | ')}`);
}
