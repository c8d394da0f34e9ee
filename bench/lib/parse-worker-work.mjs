#!/usr/bin/env node
/**
 * The parse worker's work in one thread, to profile it by function (`node --cpu-prof
 * bench/lib/parse-worker-work.mjs <checkout> <notes folder> [--no-reading] [--unpack] [--clone]`):
 * `parseFile` on every map/concept/free-form note of the folder, with the miner's reading of the
 * free-form notes (as a parse worker does from 5,000 notes, parse-files.ts), then
 * `packForMainThread` of each result (what the worker sends). `--unpack` also times the main
 * thread's side (`unpackOnMainThread`), `--clone` the structured clone of the packed results in
 * batches of 25, as parse-files.ts sends them (what `postMessage` does). Prints the CPU of each
 * part and a SHA-1 of the packed
 * results (the same in two checkouts when their parse output is the same).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const [root, dir] = args.filter((a) => !a.startsWith('--'));
if (!root || !dir) {
  console.error('usage: node bench/lib/parse-worker-work.mjs <checkout> <notes folder> [--no-reading] [--unpack]');
  process.exit(2);
}
const imp = (f) => import(pathToFileURL(path.resolve(root, f)).href);
const { parseFile, packForMainThread, unpackOnMainThread } = await imp('src/graph/parse-file.ts');
const { classify, listContentFiles } = await imp('src/graph/files.ts');
const { definerConfig } = await imp('src/graph/miner/definer.ts');
const { configId } = await imp('src/graph/note-reading.ts');

const notes = path.resolve(dir);
const jobs = (await listContentFiles(notes))
  .map((file) => ({ file, role: classify(file) }))
  .filter((j) => j.role === 'map' || j.role === 'concept' || j.role === 'note');
const definer = args.includes('--no-reading') ? undefined : definerConfig();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

let t = cpu();
const parsed = jobs.map((j) => parseFile(notes, j, definer));
const parseMs = cpu() - t;
t = cpu();
const packed = parsed.map(packForMainThread);
const packMs = cpu() - t;
const hash = createHash('sha1');
for (const p of packed) hash.update(JSON.stringify(p));
let cloneMs;
if (args.includes('--clone')) {
  // what postMessage does to each batch of results (the worker's serialisation and the main
  // thread's deserialisation together), in batches of 25, as parse-files.ts sends them
  t = cpu();
  for (let i = 0; i < packed.length; i += 25) structuredClone(packed.slice(i, i + 25));
  cloneMs = cpu() - t;
}
let unpackMs;
if (args.includes('--unpack')) {
  const config = definer && configId(definer);
  t = cpu();
  for (const p of packed) unpackOnMainThread(p, config);
  unpackMs = cpu() - t;
}
console.log(JSON.stringify({ files: jobs.length, parseMs: Math.round(parseMs), packMs: Math.round(packMs), ...(cloneMs !== undefined ? { cloneMs: Math.round(cloneMs) } : {}), ...(unpackMs !== undefined ? { unpackMs: Math.round(unpackMs) } : {}), sha: hash.digest('hex') }));
