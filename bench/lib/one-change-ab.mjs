#!/usr/bin/env node
/**
 * The warm `loadGraph` of two checkouts after ONE note changed, and with nothing changed, in
 * cold processes on the same notes folder (`bench/lib/load-once.mjs` each time), each side with
 * its own cache directory:
 *
 *   node bench/lib/one-change-ab.mjs <checkout A> <checkout B> <notes folder> <cache A> <cache B> [rounds=2]
 *
 * Each side first loads once untimed (its cache filled, or brought up to date). Then, per round:
 * one note's bytes change (a new paragraph appended to one free-form note, another note each
 * round), both sides load once ("one changed": each side's cache holds the folder as it was
 * before the change), then both load again ("nothing changed"). The order of the sides
 * alternates by round (A B, then B A). Prints every run (CPU of the process and of the main
 * thread, wall, peak RSS, the stages' CPU, and `write`: the load's CPU after the last stage,
 * where the whole graph is written) and, per case, the medians and B/A ratios; whether both
 * sides' graphs were the same after each change (exit status 1 when not); and each cache's size.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { nodeBin, nodeEnv } from './node-bin.mjs';
import { median } from './stats.mjs';

const [a, b, dir, cacheA, cacheB, rounds = '2'] = process.argv.slice(2);
if (!a || !b || !dir || !cacheA || !cacheB) {
  console.error('usage: node bench/lib/one-change-ab.mjs <checkout A> <checkout B> <notes folder> <cache A> <cache B> [rounds]');
  process.exit(2);
}
const once = path.join(import.meta.dirname, 'load-once.mjs');
const sides = { A: { root: a, cache: cacheA }, B: { root: b, cache: cacheB } };
const runOnce = (side) => {
  const env = { ...nodeEnv(), LOAD_CACHE_DIR: sides[side].cache };
  const out = JSON.parse(execFileSync(nodeBin(), [once, sides[side].root, dir], { encoding: 'utf8', maxBuffer: 1 << 26, env }).trim().split('\n').pop());
  const inStages = Object.values(out.stages).reduce((s, x) => s + x.cpu, 0);
  out.write = out.cpu - inStages;
  return out;
};
const du = (d) => {
  let n = 0;
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const f = path.join(d, e.name);
    n += e.isDirectory() ? du(f) : statSync(f).size;
  }
  return n;
};
const show = (x) => `CPU ${x.cpu} ms, main ${x.main} ms, wall ${x.wall} ms, RSS ${x.rssMB} MB, load ${x.load.join('→')}; ` +
  Object.entries(x.stages).filter(([, s]) => s.cpu >= 50).map(([n, s]) => `${n} ${s.cpu}`).join(', ') + `, write ${x.write}; sha ${x.sha.slice(0, 12)}`;
for (const side of ['A', 'B']) console.log(`${side} brought up to date (untimed): ${show(runOnce(side))}`);
const notes = readdirSync(path.join(dir, 'notes')).filter((f) => f.endsWith('.md')).sort();
const runs = { changed: { A: [], B: [] }, same: { A: [], B: [] } };
let ok = true;
for (let r = 0; r < Number(rounds); r++) {
  const note = notes[(r * 7919 + 17) % notes.length];
  appendFileSync(path.join(dir, 'notes', note), `\n\n第 ${r + 1} 轮追加的一段：这个字段决定了容器在节点上的行为（${Date.now()}）。\n`);
  const order = r % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  for (const kase of ['changed', 'same']) {
    const shas = new Set();
    for (const side of order) {
      const out = runOnce(side);
      runs[kase][side].push(out);
      shas.add(out.sha);
      console.log(`round ${r + 1} ${kase.padEnd(7)} ${side}: ${show(out)}`);
    }
    if (shas.size !== 1) ok = false;
  }
  console.log(`round ${r + 1}: changed ${note}`);
}
for (const kase of ['changed', 'same']) {
  console.log(`${kase === 'changed' ? 'one note changed' : 'nothing changed'}:`);
  for (const k of ['cpu', 'main', 'wall', 'rssMB', 'write']) {
    const ma = median(runs[kase].A.map((x) => x[k]));
    const mb = median(runs[kase].B.map((x) => x[k]));
    const per = runs[kase].A.map((x, i) => (runs[kase].B[i][k] / Math.max(1, x[k])).toFixed(3)).join(' / ');
    console.log(`  ${k.padEnd(5)} median A ${ma}, B ${mb}, B/A ${(mb / Math.max(1, ma)).toFixed(3)} (per round ${per})`);
  }
  const names = [...new Set([...runs[kase].A, ...runs[kase].B].flatMap((x) => Object.keys(x.stages)))];
  for (const st of names) {
    const f = (side) => median(runs[kase][side].map((x) => x.stages[st]?.cpu ?? 0));
    console.log(`    ${st.padEnd(12)} CPU ${f('A')} → ${f('B')} ms`);
  }
}
for (const side of ['A', 'B']) console.log(`cache ${side}: ${(du(sides[side].cache) / 1e6).toFixed(1)} MB`);
console.log(`graphs ${ok ? 'the same on both sides after every change' : 'DIFFER between the sides'}`);
process.exitCode = ok ? 0 : 1;
