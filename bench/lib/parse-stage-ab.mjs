#!/usr/bin/env node
/**
 * perf71: the parse stage alone from a warm disk cache, two checkouts in alternating cold processes:
 *
 *   node bench/lib/parse-stage-ab.mjs <checkout A> <checkout B> <notes folder> <cache A> <cache B> [pairs=4]
 *
 * Each run is one process that runs `runStages(<folder>, { cache }, 'parse')` (the stages up to
 * `parse`: every note's entry read, decoded and unpacked; no later stage asks for a reading, as
 * after a take on the first note) and prints the parse stage's CPU (process and main thread). Pairs
 * alternate A B, B A. Give each side a copy of its cache (`cp -al`): a load stopped at `parse`
 * prunes the entries it did not use at its end.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { nodeBin, nodeEnv } from './node-bin.mjs';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
if (args[0] === '--once') {
  const [, root, dir, cache] = args;
  const { runStages } = await import(pathToFileURL(path.resolve(root, 'src/graph/load.ts')).href);
  const ms = (u) => (u.user + u.system) / 1000;
  let last = { cpu: ms(process.cpuUsage()), main: ms(process.threadCpuUsage()) };
  const stages = {};
  await runStages(path.resolve(dir), {
    cache: path.resolve(cache),
    onStage: (name) => {
      const now = { cpu: ms(process.cpuUsage()), main: ms(process.threadCpuUsage()) };
      stages[name] = { cpu: Math.round(now.cpu - last.cpu), main: Math.round(now.main - last.main) };
      last = now;
    },
  }, 'parse');
  console.log(JSON.stringify({ parse: stages.parse, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
const [a, b, dir, cacheA, cacheB, pairs = '4'] = args;
if (!a || !b || !dir || !cacheA || !cacheB) {
  console.error('usage: node bench/lib/parse-stage-ab.mjs <checkout A> <checkout B> <notes folder> <cache A> <cache B> [pairs]');
  process.exit(2);
}
const side = { A: [a, cacheA], B: [b, cacheB] };
const once = (s) => JSON.parse(execFileSync(nodeBin(), [import.meta.filename, '--once', side[s][0], dir, side[s][1]], { encoding: 'utf8', maxBuffer: 1 << 24, env: nodeEnv() }).trim().split('\n').pop());
const runs = { A: [], B: [] };
for (let i = 0; i < Number(pairs); i++) {
  for (const s of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const out = once(s);
    runs[s].push(out);
    console.log(`pair ${i + 1} ${s}: parse CPU ${out.parse.cpu} ms, main ${out.parse.main} ms, RSS ${out.rssMB} MB`);
  }
}
for (const k of ['cpu', 'main']) {
  const per = runs.A.map((x, i) => (runs.B[i].parse[k] / x.parse[k]).toFixed(3));
  console.log(`${k}: median A ${median(runs.A.map((x) => x.parse[k]))} ms, B ${median(runs.B.map((x) => x.parse[k]))} ms; B/A per pair ${per.join(' / ')} (median ${median(per.map(Number)).toFixed(3)})`);
}
