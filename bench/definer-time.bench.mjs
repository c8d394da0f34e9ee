#!/usr/bin/env node
/**
 * What the learned definition scorer costs: the mine stage and the whole engine (runStages, no
 * layout) on the bundled content and on a generated corpus of BENCH_NOTES notes (default 1,000;
 * bench/lib/corpus.mjs), with the scorer off and on (DEFINER_MODE, else the shipped mode, else
 * union), alternating, BENCH_ROUNDS rounds (default 3); prints the median wall times. `node bench/definer-time.bench.mjs`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './lib/corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const shipped = definer.definerConfig();
// the mode timed: DEFINER_MODE, else the shipped one, else (shipped off) union
const on = { ...shipped, mode: process.env.DEFINER_MODE ?? (shipped.mode === 'off' ? 'union' : shipped.mode) };
const n = Number(process.env.BENCH_NOTES ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-time-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const gen = path.join(tmp, 'gen');
  generateCorpus(gen, n);
  for (const [label, dir] of [['bundled content', path.join(ROOT, 'content')], [`generated ${n} notes`, gen]]) {
    const t = { off: { mine: [], all: [] }, on: { mine: [], all: [] } };
    await runStages(dir, { layout: false }); // warm up
    for (let r = 0; r < rounds; r++) {
      for (const mode of ['off', 'on']) {
        definer.setDefiner(mode === 'off' ? { ...shipped, mode: 'off' } : on);
        let mine = 0;
        const t0 = performance.now();
        await runStages(dir, { layout: false, onStage: (name, ms) => { if (name === 'mine') mine = ms; } });
        t[mode].all.push(performance.now() - t0);
        t[mode].mine.push(mine);
      }
    }
    const f = (x) => `${(median(x) / 1000).toFixed(2)} s`;
    console.log(`${label}: mine stage off ${f(t.off.mine)}, ${on.mode} ${f(t.on.mine)}; engine off ${f(t.off.all)}, ${on.mode} ${f(t.on.all)}`);
  }
} finally {
  definer.setDefiner(undefined);
  rmSync(tmp, { recursive: true, force: true });
}
