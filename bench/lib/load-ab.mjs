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
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const args = process.argv.slice(2);
const showStages = args.includes('--stages');
const [a, b, dir, rounds = '2'] = args.filter((x) => !x.startsWith('--'));
if (!a || !b || !dir) {
  console.error('usage: node bench/lib/load-ab.mjs <checkout A> <checkout B> <notes folder> [rounds] [--stages]');
  process.exit(2);
}
const once = path.join(import.meta.dirname, 'load-once.mjs');
const runs = { A: [], B: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const [side, root] of [['A', a], ['B', b]]) {
    const out = JSON.parse(execFileSync(process.execPath, [once, root, dir], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());
    runs[side].push(out);
    console.log(`round ${r + 1} ${side}: CPU ${out.cpu} ms, main ${out.main} ms, wall ${out.wall} ms, load ${out.load.join('→')}, RSS ${out.rssMB} MB, render ${out.stages.render?.cpu}/${out.stages.render?.main} ms, sha ${out.sha.slice(0, 12)}`);
  }
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
for (const k of ['cpu', 'main', 'wall', 'rssMB']) {
  const ma = median(runs.A.map((x) => x[k]));
  const mb = median(runs.B.map((x) => x[k]));
  const per = runs.A.map((x, i) => (runs.B[i][k] / x[k]).toFixed(3)).join(' / ');
  console.log(`${k.padEnd(5)} median A ${ma}, B ${mb}, B/A ${(mb / ma).toFixed(3)} (per round ${per})`);
}
if (showStages) {
  for (const st of Object.keys(runs.A[0].stages)) {
    const f = (side, k) => median(runs[side].map((x) => x.stages[st][k]));
    console.log(`  ${st.padEnd(12)} CPU ${f('A', 'cpu')} → ${f('B', 'cpu')} ms, main ${f('A', 'main')} → ${f('B', 'main')} ms, wall ${f('A', 'wall')} → ${f('B', 'wall')} ms`);
  }
}
const shas = new Set([...runs.A, ...runs.B].map((x) => x.sha));
console.log(`graphs ${shas.size === 1 ? 'identical' : 'DIFFER'} (${[...shas].map((s) => s.slice(0, 12)).join(', ')})`);
process.exitCode = shas.size === 1 ? 0 : 1;
