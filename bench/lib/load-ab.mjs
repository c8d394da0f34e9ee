#!/usr/bin/env node
/**
 * Two checkouts' `loadGraph` in cold processes, alternating A B A B (`bench/lib/load-once.mjs`
 * each time), on the same notes folder; prints each run and, at the end, the medians and the
 * B/A ratios of CPU (process, workers included), main-thread CPU and wall, and whether every
 * graph was the same (SHA-1 of graphToJson; exit status 1 when not).
 *
 *   node bench/lib/load-ab.mjs <checkout A> <checkout B> <notes folder> [rounds=2] [--stages]
 *
 * `--stages` also prints the CPU (process / main thread) of each stage, median per side.
 * `--cache-a=<dir>` / `--cache-b=<dir>`: that side's loads use this cache directory (the engine's
 * disk cache of parse results, src/graph/disk-cache.ts); `--cold-a` / `--cold-b`: its
 * `k8smap-parse/` folder is deleted before each of that side's runs (a cold load that fills the
 * cache), else a side with a cache runs once untimed first to fill it (warm loads).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { checkCheckout, nodeBin, nodeEnv } from './node-bin.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const showStages = args.includes('--stages');
const opt = (name) => args.find((x) => x.startsWith(`--${name}=`))?.slice(name.length + 3);
const cacheOf = { A: opt('cache-a'), B: opt('cache-b') };
const cold = { A: args.includes('--cold-a'), B: args.includes('--cold-b') };
const [a, b, dir, rounds = '2'] = args.filter((x) => !x.startsWith('--'));
if (!a || !b || !dir) {
  console.error('usage: node bench/lib/load-ab.mjs <checkout A> <checkout B> <notes folder> [rounds] [--stages]');
  process.exit(2);
}
const once = path.join(import.meta.dirname, 'load-once.mjs');
for (const root of [a, b]) checkCheckout(path.resolve(root));
const runs = { A: [], B: [] };
const fills = [];
const runOnce = (side, root) => {
  const env = nodeEnv();
  if (cacheOf[side]) {
    env.LOAD_CACHE_DIR = cacheOf[side];
    if (cold[side]) rmSync(path.join(cacheOf[side], 'k8smap-parse'), { recursive: true, force: true });
  }
  return JSON.parse(execFileSync(nodeBin(), [once, root, dir], { encoding: 'utf8', maxBuffer: 1 << 26, env }).trim().split('\n').pop());
};
for (const [side, root] of [['A', a], ['B', b]]) {
  if (cacheOf[side] && !cold[side]) {
    const out = runOnce(side, root);
    fills.push(out);
    console.log(`${side} filling its cache (untimed): CPU ${out.cpu} ms, sha ${out.sha.slice(0, 12)}`);
  }
}
for (let r = 0; r < Number(rounds); r++) {
  for (const [side, root] of [['A', a], ['B', b]]) {
    const out = runOnce(side, root);
    runs[side].push(out);
    console.log(`round ${r + 1} ${side}: CPU ${out.cpu} ms, main ${out.main} ms, wall ${out.wall} ms, load ${out.load.join('→')}, RSS ${out.rssMB} MB, render ${out.stages.render?.cpu}/${out.stages.render?.main} ms, sha ${out.sha.slice(0, 12)}`);
  }
}
for (const k of ['cpu', 'main', 'wall', 'rssMB']) {
  const ma = median(runs.A.map((x) => x[k]));
  const mb = median(runs.B.map((x) => x[k]));
  const per = runs.A.map((x, i) => (runs.B[i][k] / x[k]).toFixed(3)).join(' / ');
  console.log(`${k.padEnd(5)} median A ${ma}, B ${mb}, B/A ${(mb / ma).toFixed(3)} (per round ${per})`);
}
if (showStages) {
  // (the union of both sides' stages, in the order they ran: a load that takes its graph whole
  // from the disk cache runs only `read` and `graphCache`; a stage a run did not have counts 0)
  const names = [...new Set([...runs.A, ...runs.B].flatMap((x) => Object.keys(x.stages)))];
  for (const st of names) {
    const f = (side, k) => median(runs[side].map((x) => x.stages[st]?.[k] ?? 0));
    console.log(`  ${st.padEnd(12)} CPU ${f('A', 'cpu')} → ${f('B', 'cpu')} ms, main ${f('A', 'main')} → ${f('B', 'main')} ms, wall ${f('A', 'wall')} → ${f('B', 'wall')} ms`);
  }
}
const shas = new Set([...fills, ...runs.A, ...runs.B].map((x) => x.sha));
console.log(`graphs ${shas.size === 1 ? 'identical' : 'DIFFER'} (${[...shas].map((s) => s.slice(0, 12)).join(', ')})`);
process.exitCode = shas.size === 1 ? 0 : 1;
