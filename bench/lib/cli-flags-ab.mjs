#!/usr/bin/env node
/**
 * The CLI's cold `graph --no-cache --timings` on one notes folder with different Node/V8 flags,
 * alternating (docs/performance.md section 50; `flags-ab.mjs` does the same for `astro build`):
 *
 *   node bench/lib/cli-flags-ab.mjs <notes folder> <rounds> [--trace-gc] name=flags …
 *
 * Runs this checkout's `src/cli/main.ts` under /usr/bin/time (CPU = user + system, workers
 * included; max RSS of the process); `--trace-gc` sums the collector's pauses per isolate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nodeBin, nodeEnv } from './node-bin.mjs';
import { loadavg, tmpdir } from 'node:os';
const ROOT = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'cli-flags-ab-'));
const timeFile = path.join(work, 'time.txt');
const args = process.argv.slice(2);
const trace = args.includes('--trace-gc');
const [dir, rounds, ...specs] = args.filter((a) => !a.startsWith('--'));
const variants = specs.map((s) => { const i = s.indexOf('='); return { name: s.slice(0, i), flags: s.slice(i + 1).split(' ').filter(Boolean) }; });
const res = Object.fromEntries(variants.map((v) => [v.name, []]));
const re = /\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (Scavenge|Mark-Compact|Minor Mark-Sweep|Mark-Sweep)[^,]*?MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms/g;
for (let r = 0; r < Number(rounds); r++) for (const v of variants) {
  const l0 = loadavg()[0];
  const p = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, nodeBin(), ...v.flags, ...(trace ? ['--trace-gc'] : []), 'src/cli/main.ts', 'graph', '--content', dir, '--no-cache', '--timings'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: nodeEnv() });
  const [wall, u, s, maxKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  const cpu = u + s;
  res[v.name].push({ cpu, maxKb });
  let gc = '';
  if (trace) {
    const by = {};
    for (const m of p.stdout.matchAll(re)) { const k = m[2] === 'Scavenge' ? 0 : 1; const e = (by[m[1]] ??= [[0, 0], [0, 0]]); e[k][0]++; e[k][1] += Number(m[3]); }
    gc = Object.values(by).map((e) => `[scav ${e[0][0]}/${Math.round(e[0][1])} ms, MC ${e[1][0]}/${Math.round(e[1][1])} ms]`).join(' ');
  }
  const timings = (p.stderr.match(/.*(parse|mine|render).*/g) ?? []).slice(0, 8).join('; ').replace(/\s+/g, ' ');
  console.log(`round ${r + 1} ${v.name.padEnd(7)} CPU ${cpu.toFixed(2)} s wall ${wall} s maxRSS ${Math.round(maxKb / 1024)} MB load ${l0.toFixed(1)}→${loadavg()[0].toFixed(1)} ${gc} ${trace ? timings : ''}`);
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const b = res[variants[0].name];
for (const v of variants) { const rc = res[v.name].map((x, i) => x.cpu / b[i].cpu); console.log(`${v.name}: CPU median ${med(res[v.name].map((x) => x.cpu)).toFixed(2)} s, per round ${rc.map((x) => x.toFixed(3)).join(' ')} (median ${med(rc).toFixed(3)}), maxRSS median ${Math.round(med(res[v.name].map((x) => x.maxKb)) / 1024)} MB`); }
rmSync(work, { recursive: true, force: true });
