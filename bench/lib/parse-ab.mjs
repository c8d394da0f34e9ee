#!/usr/bin/env node
/**
 * In-process A/B of `parseMarkdown` between this checkout and another (`node bench/lib/parse-ab.mjs
 * <other checkout> <corpus dir> [rounds]`): both parse every note body of the folder in turn,
 * ABAB… for `rounds` rounds (default 10) in one process, after one untimed warm-up pass each, and
 * the CPU time of each pass is printed with the per-round ratio this/other and their median. Both
 * checkouts must use the same node_modules (linked), so the libraries' code is shared and warmed
 * alike: what differs is only what each checkout's markdown.ts does. The trees are compared
 * (JSON) on the first pass: the script exits 1 if any differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [other, dir, roundsArg] = process.argv.slice(2);
if (!other || !dir) {
  console.error('usage: node bench/lib/parse-ab.mjs <other checkout> <corpus dir> [rounds]');
  process.exit(2);
}
const load = async (root) => {
  const { parseMarkdown } = await import(pathToFileURL(path.join(root, 'src/graph/markdown.ts')).href);
  const { splitFrontmatter } = await import(pathToFileURL(path.join(root, 'src/graph/frontmatter.ts')).href);
  const { DiagnosticSink } = await import(pathToFileURL(path.join(root, 'src/graph/diagnostics.ts')).href);
  return { parseMarkdown, splitFrontmatter, DiagnosticSink };
};
const mine = await load(ROOT);
const theirs = await load(path.resolve(other));
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
const bodies = files.map((f) => {
  const text = readFileSync(path.join(dir, f), 'utf8');
  return f === 'map.md' ? text : mine.splitFrontmatter(text, f, new mine.DiagnosticSink()).body;
});
let differ = 0;
for (const b of bodies) if (JSON.stringify(mine.parseMarkdown(b)) !== JSON.stringify(theirs.parseMarkdown(b))) differ++;
const pass = (parse) => {
  const c0 = process.cpuUsage();
  for (const b of bodies) parse(b);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const rounds = Number(roundsArg || 10);
const ratios = [];
let sumA = 0;
let sumB = 0;
for (let r = 0; r < rounds; r++) {
  const a = pass(mine.parseMarkdown);
  const b = pass(theirs.parseMarkdown);
  sumA += a;
  sumB += b;
  ratios.push(a / b);
  console.log(`round ${r + 1}: this ${a.toFixed(0)} ms, other ${b.toFixed(0)} ms, ${(a / b).toFixed(3)}`);
}
ratios.sort((x, y) => x - y);
const med = rounds % 2 ? ratios[(rounds - 1) / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
console.log(`${bodies.length} notes, ${rounds} rounds: median ratio this/other ${med.toFixed(3)}, total ${(sumA / sumB).toFixed(3)}; trees ${differ ? `DIFFER in ${differ} notes` : 'identical'}`);
process.exit(differ ? 1 : 0);
