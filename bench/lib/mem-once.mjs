#!/usr/bin/env node
/**
 * Where a cold `loadGraph`'s memory peaks (perf57, docs/performance.md section 59):
 *
 *   LOAD_CACHE_DIR=<dir> node bench/lib/mem-once.mjs <checkout> <notes folder>
 *
 * A worker thread samples the process's RSS every 20 ms (it runs while the main thread is busy in
 * a stage) into a shared array where the main thread marks the stage running (`onStage`), so each
 * peak is placed in the stage it happened in; `process.memoryUsage()` is printed at each stage's
 * end (heap used and total, external, array buffers; MB). Two last phases: after the last stage
 * (the whole graph written, the cache's list and pruning), and what `load-once.mjs` does after the
 * load (`graphToJson` and its SHA-1), whose peak is in that script's `rssMB`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
const [root, dir] = process.argv.slice(2);
const { loadGraph } = await import(pathToFileURL(path.resolve(root, 'src/graph/index.ts')).href);
const shared = new Int32Array(new SharedArrayBuffer(4 * 64));
const w = new Worker(`
const { workerData } = require('node:worker_threads');
const s = workerData;
setInterval(() => { const r = Math.round(process.memoryUsage.rss() / 1048576); const st = Atomics.load(s, 0); if (r > s[1 + st]) s[1 + st] = r; }, 20);
`, { eval: true, workerData: shared });
w.unref();
const names = ['start'];
const at = [];
const mu = () => { const m = process.memoryUsage(); return { rss: Math.round(m.rss / 1048576), heap: Math.round(m.heapUsed / 1048576), heapTotal: Math.round(m.heapTotal / 1048576), ext: Math.round(m.external / 1048576), ab: Math.round(m.arrayBuffers / 1048576) }; };
globalThis.__g = await loadGraph(path.resolve(dir), {
  ...(process.env.LOAD_CACHE_DIR ? { cache: path.resolve(process.env.LOAD_CACHE_DIR) } : {}),
  onStage: (name) => { names.push(name); at.push({ stage: name, ...mu() }); Atomics.store(shared, 0, names.length - 1); },
});
names.push('(after: graph written, finish)');
await new Promise((r) => setTimeout(r, 200));
at.push({ stage: 'end', ...mu() });
// what load-once.mjs does after the load: the graph's JSON hashed (its peak RSS includes this)
names.push('(load-once: graphToJson + sha)');
Atomics.store(shared, 0, names.length - 2);
const { graphToJson } = await import(pathToFileURL(path.resolve(root, 'src/graph/json.ts')).href);
const { createHash } = await import('node:crypto');
const g = globalThis.__g;
createHash('sha1').update(graphToJson(g)).digest('hex');
at.push({ stage: 'json', ...mu() });
for (let i = 1; i < names.length; i++) console.log(`${names[i].padEnd(32)} peak RSS during ${String(shared[i]).padStart(5)} MB | at end ${JSON.stringify(at[i - 1] ?? {})}`);
console.log('maxRSS', Math.round(process.resourceUsage().maxRSS / 1024));
