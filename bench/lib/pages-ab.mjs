#!/usr/bin/env node
/**
 * Page generation of two checkouts, A B A B…: `astro build` of the same notes folder from each
 * checkout, each side with its own warm parse cache (filled by one untimed build first, so content
 * sync is short and the rounds go to the pages), with bench/lib/stage-cpu.mjs preloaded. Per round
 * and side: the CPU of page generation and of each route (`concepts`, `notes`, …) with its ms a
 * page; then each route's ratio B/A per round and the median. The two sides' last outputs are
 * compared file by file (exit 1 if any differs).
 *
 *   node bench/lib/pages-ab.mjs <notes folder> <rounds> <checkout A> <checkout B> [work dir]
 *
 * Both checkouts should share node_modules (hard links), so Astro and the libraries are the same
 * code. Used in docs/performance.md section 88.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBin } from './node-bin.mjs';
import { median } from './stats.mjs';

const [dirArg, roundsArg, a, b, workArg] = process.argv.slice(2);
if (!dirArg || !a || !b) {
  console.error('usage: node bench/lib/pages-ab.mjs <notes folder> <rounds> <checkout A> <checkout B> [work dir]');
  process.exit(2);
}
const dir = path.resolve(dirArg);
const rounds = Number(roundsArg) || 4;
const work = path.resolve(workArg ?? path.join(tmpdir(), `pages-ab-${process.pid}`));
const preload = fileURLToPath(new URL('./stage-cpu.mjs', import.meta.url));
const sides = [
  { name: 'A', root: path.resolve(a) },
  { name: 'B', root: path.resolve(b) },
];

function build(side, timed) {
  const out = path.join(work, `${side.name}-dist`);
  const stats = path.join(work, `${side.name}-stages.jsonl`);
  rmSync(out, { recursive: true, force: true });
  rmSync(stats, { force: true });
  mkdirSync(work, { recursive: true });
  const r = spawnSync(nodeBin(), ['--import', preload, path.join(side.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: side.root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      K8SMAP_CONTENT_DIR: dir,
      K8SMAP_OUT_DIR: out,
      K8SMAP_CACHE_DIR: path.join(work, `${side.name}-cache`),
      STAGE_CPU: stats,
    },
  });
  if (r.status !== 0) throw new Error(`${side.name} build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  if (!timed) return undefined;
  return JSON.parse(readFileSync(stats, 'utf8').trim().split('\n').pop());
}

/** Files under `x` and `y` that differ or exist on one side only. */
function differences(x, y) {
  const list = (d) => readdirSync(d, { recursive: true }).map(String).filter((f) => statSync(path.join(d, f)).isFile()).sort();
  const fx = list(x);
  const fy = new Set(list(y));
  const diff = [];
  for (const f of fx) {
    if (!fy.has(f)) diff.push(`only in A: ${f}`);
    else if (!readFileSync(path.join(x, f)).equals(readFileSync(path.join(y, f)))) diff.push(`differs: ${f}`);
    fy.delete(f);
  }
  for (const f of fy) diff.push(`only in B: ${f}`);
  return diff;
}


console.log(`pages A/B: ${rounds} rounds, A = ${sides[0].root}, B = ${sides[1].root}, notes ${dir}; load ${loadavg()[0].toFixed(1)}`);
for (const s of sides) build(s, false);
const results = { A: [], B: [] };
for (let i = 0; i < rounds; i++) {
  // Alternate which side builds first, so neither always follows the other.
  for (const s of i % 2 === 0 ? sides : [...sides].reverse()) {
    const r = build(s, true);
    results[s.name].push(r);
    const routes = Object.entries(r.routes)
      .filter(([, [, n]]) => n > 1)
      .map(([k, [ms, n]]) => `${k} ${ms} ms (${(ms / n).toFixed(2)} ms a page)`)
      .join(', ');
    console.log(`round ${i + 1} ${s.name}: page generation ${r.stages['page generation']} ms; ${routes}; load ${loadavg()[0].toFixed(1)}`);
  }
}
const keys = ['page generation', ...Object.keys(results.A[0].routes).filter((k) => results.A[0].routes[k][1] > 1)];
console.log('\nB/A per round, and the median:');
for (const k of keys) {
  const of = (r) => (k === 'page generation' ? r.stages[k] : r.routes[k]?.[0]);
  const ratios = results.A.map((r, i) => of(results.B[i]) / of(r));
  console.log(`  ${k.padEnd(16)} ${ratios.map((x) => x.toFixed(3)).join(' ')}  median ${median(ratios).toFixed(3)}  (A median ${median(results.A.map(of))} ms, B ${median(results.B.map(of))} ms)`);
}
const diff = differences(path.join(work, 'A-dist'), path.join(work, 'B-dist'));
console.log(diff.length === 0 ? '\noutputs: identical' : `\noutputs differ in ${diff.length} files:\n${diff.slice(0, 20).join('\n')}`);
if (!process.env.PAGES_AB_KEEP) rmSync(work, { recursive: true, force: true });
process.exit(diff.length === 0 ? 0 : 1);
