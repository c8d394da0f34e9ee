#!/usr/bin/env node
/**
 * Cold `astro build`s of one checkout with different Node/V8 flags, alternating (A B A B …), on
 * the same notes folder: what a flag (say V8's young-generation size) does to the build's CPU and
 * peak memory with the code unchanged (docs/performance.md section 50).
 *
 *   node bench/lib/flags-ab.mjs <checkout> <notes folder> <rounds> <variant> <variant> … [--stages] [--trace-gc]
 *
 * A variant is `name=flags` (flags separated by spaces, `name=` for none), e.g.
 * `base= semi64=--max-semi-space-size=64`. Each build runs as
 * `node <flags> <checkout>/node_modules/astro/bin/astro.mjs build` (as the build bench starts it)
 * with an empty output and cache folder, under /usr/bin/time; CPU is the
 * process tree's user + system plus Pagefind's binary from /proc (as `bench/build.bench.mjs`),
 * peak memory the largest sum of RSS over the tree (sampled every 100 ms). `--stages` adds the
 * stage CPU preload (`stage-cpu.mjs`); `--trace-gc` adds `--trace-gc` and sums the collector's
 * pauses per isolate (count and ms of scavenges and mark-compacts) from the log: pauses are the
 * main thread's wall time in the collector, so on a loaded machine they include waiting for a core.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeBin, nodeEnv } from './node-bin.mjs';
import { sampleTree } from './proc-tree.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const withStages = args.includes('--stages');
const traceGc = args.includes('--trace-gc');
const [root, dir, rounds, ...specs] = args.filter((a) => !a.startsWith('--'));
if (!root || !dir || !rounds || specs.length === 0) {
  console.error('usage: node bench/lib/flags-ab.mjs <checkout> <notes folder> <rounds> name=flags … [--stages] [--trace-gc]');
  process.exit(2);
}
const variants = specs.map((s) => {
  const i = s.indexOf('=');
  return { name: s.slice(0, i), flags: s.slice(i + 1).split(' ').filter(Boolean) };
});
const work = mkdtempSync(path.join(tmpdir(), 'flags-ab-'));
const stageFile = path.join(work, 'stages.jsonl');
const stageCpu = path.resolve(import.meta.dirname, 'stage-cpu.mjs');

/** Collector pauses per isolate from a `--trace-gc` log: { isolate: { scavenge: [n, ms], markCompact: [n, ms] } }. */
function gcSummary(log) {
  const by = {};
  const re = /\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (Scavenge|Mark-Compact|Minor Mark-Sweep|Mark-Sweep)[^,]*?MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms/g;
  for (const m of log.matchAll(re)) {
    const kind = m[2] === 'Scavenge' || m[2] === 'Minor Mark-Sweep' ? 'scavenge' : 'markCompact';
    const s = (by[m[1]] ??= { scavenge: [0, 0], markCompact: [0, 0] });
    s[kind][0] += 1;
    s[kind][1] += Number(m[3]);
  }
  return by;
}

function build(v) {
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(stageFile, { force: true });
  const env = { ...nodeEnv(), ASTRO_TELEMETRY_DISABLED: '1', K8SMAP_CONTENT_DIR: dir, K8SMAP_OUT_DIR: outDir, K8SMAP_CACHE_DIR: cacheDir };
  if (withStages) env.STAGE_CPU = stageFile;
  const timeFile = path.join(work, 'time.txt');
  const nodeArgs = [...v.flags, ...(traceGc ? ['--trace-gc'] : []), ...(withStages ? ['--import', stageCpu] : []), path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  return new Promise((resolve, reject) => {
    const load0 = loadavg()[0];
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, nodeBin(), ...nodeArgs], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (b) => chunks.push(b));
    child.stderr.on('data', (b) => chunks.push(b));
    let peak = 0;
    const pagefindMs = new Map();
    const timer = setInterval(() => {
      peak = Math.max(peak, sampleTree(child.pid, pagefindMs));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const log = Buffer.concat(chunks).toString();
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${log.slice(-3000)}`));
      const [, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
      const pagefind = [...pagefindMs.values()].reduce((a, b) => a + b, 0);
      const stages = withStages && existsSync(stageFile) ? JSON.parse(readFileSync(stageFile, 'utf8').trim().split('\n').pop()).stages : undefined;
      resolve({ wall: performance.now() - started, cpu: (user + sys) * 1000 + pagefind, pagefind, astro: (user + sys) * 1000, peakMB: peak / 1024, maxProcMB: maxKb / 1024, load: [load0, loadavg()[0]], stages, gc: traceGc ? gcSummary(log) : undefined, pagefindSeen: pagefindMs.size > 0 });
    });
  });
}

const s1 = (ms) => (ms / 1000).toFixed(2);
const runs = Object.fromEntries(variants.map((v) => [v.name, []]));
try {
  for (let r = 0; r < Number(rounds); r++) {
    for (const v of variants) {
      const x = await build(v);
      runs[v.name].push(x);
      const st = x.stages ? ' stages ' + Object.entries(x.stages).map(([k, ms]) => `${k} ${s1(ms)}`).join(', ') : '';
      const gc = x.gc
        ? ' gc ' + Object.values(x.gc).filter((g) => g.scavenge[0] + g.markCompact[0] > 20).map((g) => `[scav ${g.scavenge[0]}/${Math.round(g.scavenge[1])} ms, MC ${g.markCompact[0]}/${Math.round(g.markCompact[1])} ms]`).join(' ')
        : '';
      console.log(`round ${r + 1} ${v.name.padEnd(8)} CPU ${s1(x.cpu)} s (Astro ${s1(x.astro)}, Pagefind ${x.pagefindSeen ? s1(x.pagefind) : 'not seen'}) wall ${s1(x.wall)} s peak ${Math.round(x.peakMB)} MB (largest ${Math.round(x.maxProcMB)}) load ${x.load.map((l) => l.toFixed(1)).join('→')}${st}${gc}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const [first] = variants;
console.log('\nvariant  | CPU median | Astro median | peak MB median | CPU / ' + first.name + ' per round (median) | peak / ' + first.name + ' (median)');
for (const v of variants) {
  const a = runs[v.name];
  const b = runs[first.name];
  const rc = a.map((x, i) => x.cpu / b[i].cpu);
  const rm = a.map((x, i) => x.peakMB / b[i].peakMB);
  console.log(`${v.name.padEnd(8)} | ${s1(median(a.map((x) => x.cpu))).padStart(10)} | ${s1(median(a.map((x) => x.astro))).padStart(12)} | ${String(Math.round(median(a.map((x) => x.peakMB)))).padStart(14)} | ${rc.map((x) => x.toFixed(3)).join(' ')} (${median(rc).toFixed(3)}) | ${rm.map((x) => x.toFixed(2)).join(' ')} (${median(rm).toFixed(2)})`);
  if (a[0].stages) console.log(`         stages (median): ${Object.keys(a[0].stages).map((k) => `${k} ${s1(median(a.map((x) => x.stages?.[k] ?? 0)))}`).join(', ')}`);
}
