#!/usr/bin/env node
/**
 * The highlighting worker's CPU (src/lib/prehighlight.ts) for one checkout, in a process of its
 * own: the notes folder's graph loaded (pass LOAD_CACHE_DIR=<dir> to take it from the disk cache),
 * then `startPrehighlight` and every example's result awaited, as `astro build` does after its
 * content sync. Prints one JSON line: the worker's CPU (the process's CPU over that time less the
 * main thread's, which only waits), the main thread's, the wall time, and a SHA-1 of every result
 * (the HTML compared between checkouts). Alternate checkouts with a shell loop for A/B runs.
 *
 *   node bench/lib/prehighlight-cpu.mjs <checkout> <notes folder>
 * Used in docs/performance.md section 79.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, dir] = process.argv.slice(2);
if (!root || !dir) {
  console.error('usage: node bench/lib/prehighlight-cpu.mjs <checkout> <notes folder>');
  process.exit(2);
}
const imp = (p) => import(pathToFileURL(path.resolve(root, p)).href);
const { loadGraph } = await imp('src/graph/index.ts');
const { startPrehighlight, prehighlighted } = await imp('src/lib/prehighlight.ts');
const opts = process.env.LOAD_CACHE_DIR ? { cache: process.env.LOAD_CACHE_DIR } : {};
const graph = await loadGraph(path.resolve(dir), opts);
const labels = { error: 'error', warning: 'warning' };
const ms = (u) => (u.user + u.system) / 1000;
const load0 = loadavg()[0];
const p0 = process.cpuUsage();
const m0 = process.threadCpuUsage();
const t0 = performance.now();
if (!startPrehighlight(graph, '/', labels)) throw new Error('the worker did not start (one core, or too few examples)');
const h = createHash('sha1');
for (const ex of graph.examples) {
  const r = await prehighlighted(graph, '/', labels, ex.id);
  h.update(`${ex.id}\0${r.html}\0${r.linkedKeys}\0${JSON.stringify(r.findings)}\0`);
}
const wall = performance.now() - t0;
const proc = ms(process.cpuUsage(p0));
const main = ms(process.threadCpuUsage(m0));
console.log(JSON.stringify({ root, examples: graph.examples.length, worker: Math.round(proc - main), main: Math.round(main), wall: Math.round(wall), load: [load0, loadavg()[0]], sha: h.digest('hex') }));
process.exit(0);
