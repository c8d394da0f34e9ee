#!/usr/bin/env node
/**
 * In-process A/B of the parse worker's work (`parseFile` with the miner's reading on every
 * map/concept/free-form note of a folder, as parse-worker-work.mjs does in one cold run) between
 * this checkout and another: `node bench/lib/parse-worker-ab.mjs <other checkout> <notes folder>
 * [rounds=6]`. One untimed warm-up pass each, then passes alternating other / this (ABAB…) in one
 * process, so both sides meet the same load moment by moment; prints the thread CPU of each pass,
 * the per-round ratio this/other and their median. Both checkouts should use the same node_modules
 * (hard-linked), so the libraries' code is shared and warmed alike. The per-process memos are warm
 * after the first pass (unlike a cold load): read the ratio, not the seconds. The packed results
 * (packForMainThread, JSON) of the warm-up passes are compared: exit status 1 if they differ.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [other, dir, roundsArg] = process.argv.slice(2);
if (!other || !dir) {
  console.error('usage: node bench/lib/parse-worker-ab.mjs <other checkout> <notes folder> [rounds]');
  process.exit(2);
}
const load = async (root) => {
  const imp = (f) => import(pathToFileURL(path.resolve(root, f)).href);
  const { parseFile, packForMainThread } = await imp('src/graph/parse-file.ts');
  const { classify, listContentFiles } = await imp('src/graph/files.ts');
  const { definerConfig } = await imp('src/graph/miner/definer.ts');
  return { parseFile, packForMainThread, classify, listContentFiles, definer: definerConfig() };
};
const sides = { A: await load(other), B: await load(ROOT) };
const notes = path.resolve(dir);
const jobs = (await sides.B.listContentFiles(notes))
  .map((file) => ({ file, role: sides.B.classify(file) }))
  .filter((j) => j.role === 'map' || j.role === 'concept' || j.role === 'note');
const cpu = () => { const u = process.threadCpuUsage(); return (u.user + u.system) / 1000; };
const pass = (s) => {
  const t = cpu();
  const out = jobs.map((j) => s.parseFile(notes, j, s.definer));
  return { ms: cpu() - t, out };
};
const sha = (s, out) => {
  const h = createHash('sha1');
  for (const p of out) h.update(JSON.stringify(s.packForMainThread(p)));
  return h.digest('hex');
};
const shaA = sha(sides.A, pass(sides.A).out);
const shaB = sha(sides.B, pass(sides.B).out);
console.log(`${jobs.length} files; packed results ${shaA === shaB ? 'identical' : 'DIFFER'} (${shaA.slice(0, 12)}, ${shaB.slice(0, 12)})`);
const ratios = [];
for (let r = 0; r < Number(roundsArg ?? 6); r++) {
  const a = pass(sides.A).ms;
  const b = pass(sides.B).ms;
  ratios.push(b / a);
  console.log(`round ${r + 1}: other ${Math.round(a)} ms, this ${Math.round(b)} ms, this/other ${(b / a).toFixed(3)}`);
}
const s = [...ratios].sort((x, y) => x - y);
const n = s.length;
console.log(`median this/other ${(n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2).toFixed(3)}`);
process.exitCode = shaA === shaB ? 0 : 1;
