#!/usr/bin/env node
/**
 * One cold `loadGraph` of one checkout's engine, for A/B runs in separate processes:
 *
 *   node bench/lib/load-once.mjs <checkout> <notes folder> [--json]
 *
 * Prints one JSON line: wall (ms, from the call to its end, module loading excluded), the
 * process's CPU (workers included) and the main thread's CPU (`process.threadCpuUsage`), the
 * same three per stage (`onStage`), the peak RSS, the load average at start and end, and the
 * SHA-1 of `graphToJson` (the graph compared byte for byte between checkouts). The load uses its
 * own default for parse workers unless K8SMAP_GRAPH_WORKERS is set. `bench/lib/load-ab.mjs`
 * alternates two checkouts with it (A B A B). `LOAD_CACHE_DIR=<dir>` passes the load that cache
 * directory (`cache` option: the engine's disk cache of parse results, src/graph/disk-cache.ts;
 * a checkout without it ignores the option).
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, dir] = process.argv.slice(2);
if (!root || !dir) {
  console.error('usage: node bench/lib/load-once.mjs <checkout> <notes folder>');
  process.exit(2);
}
const { loadGraph } = await import(pathToFileURL(path.resolve(root, 'src/graph/index.ts')).href);
const { graphToJson } = await import(pathToFileURL(path.resolve(root, 'src/graph/json.ts')).href);

const ms = (u) => (u.user + u.system) / 1000;
const proc = () => ms(process.cpuUsage());
const main = () => ms(process.threadCpuUsage());
const load0 = loadavg()[0];
const stages = {};
let last = { wall: performance.now(), cpu: proc(), main: main() };
const start = last;
await loadGraph(path.resolve(dir), {
  ...(process.env.LOAD_CACHE_DIR ? { cache: path.resolve(process.env.LOAD_CACHE_DIR) } : {}),
  onStage: (name) => {
    const now = { wall: performance.now(), cpu: proc(), main: main() };
    stages[name] = { wall: Math.round(now.wall - last.wall), cpu: Math.round(now.cpu - last.cpu), main: Math.round(now.main - last.main) };
    last = now;
  },
}).then((g) => {
  const end = { wall: performance.now(), cpu: proc(), main: main() };
  const sha = createHash('sha1').update(graphToJson(g)).digest('hex');
  console.log(JSON.stringify({
    root: path.resolve(root),
    wall: Math.round(end.wall - start.wall),
    cpu: Math.round(end.cpu - start.cpu),
    main: Math.round(end.main - start.main),
    rssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    load: [Number(load0.toFixed(2)), Number(loadavg()[0].toFixed(2))],
    stages,
    sha,
  }));
});
