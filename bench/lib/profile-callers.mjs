#!/usr/bin/env node
/**
 * Who calls a function in V8 CPU profiles, and what it calls (`node --cpu-prof`, one .cpuprofile
 * per thread; a folder of them is read together):
 *
 *   node bench/lib/profile-callers.mjs <folder> <function> [--from generatePages] [--depth 3]
 *
 * `<function>` is a function name, or a frame as this script prints it (`(anon) chunk.mjs:398`:
 * an anonymous function by file and line, e.g. an Astro component's compiled render function).
 * For every sample with that frame on its stack (the outermost one): the chain of `--depth`
 * callers above it, and the frame just below it (its callees, `(self)` for its own code),
 * with milliseconds of samples. `--from <function>` keeps the samples from the first one with that
 * frame on (as profile-summary.mjs). Used in docs/performance.md section 79.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const [dir, fn] = process.argv.slice(2);
const args = process.argv.slice(2);
const fromFn = args.includes('--from') ? args[args.indexOf('--from') + 1] : undefined;
const depth = args.includes('--depth') ? Number(args[args.indexOf('--depth') + 1]) : 4;
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
const up = new Map(), down = new Map();
let total = 0;
let fromT = Infinity;
const profs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const prep = (prof) => {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times = []; let now = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) times.push(now += prof.timeDeltas[i] ?? 0);
  return { byId, parent, times };
};
const P = profs.map(prep);
const stackOf = (p, id) => { const s = []; while (id !== undefined) { s.push(p.byId.get(id)); id = p.parent.get(id); } return s.reverse(); };
if (fromFn) profs.forEach((prof, k) => { const p = P[k]; for (let i = 0; i < prof.samples.length; i++) { if (stackOf(p, prof.samples[i]).some((n) => n.callFrame.functionName === fromFn)) { fromT = Math.min(fromT, p.times[i]); break; } } });
const lab = (n) => `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
profs.forEach((prof, k) => {
  const p = P[k];
  for (let i = 0; i < prof.samples.length; i++) {
    if (fromFn && p.times[i] < fromT) continue;
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
    const s = stackOf(p, prof.samples[i]);
    const at = s.findIndex((n) => n.callFrame.functionName === fn || lab(n) === fn);
    if (at < 0) continue;
    total += dt;
    const chain = s.slice(Math.max(0, at - depth), at).map(lab).join(' < ');
    up.set(chain, (up.get(chain) ?? 0) + dt);
    const below = s.slice(at + 1, at + 1 + 1).map(lab).join(' > ') || '(self)';
    down.set(below, (down.get(below) ?? 0) + dt);
  }
});
console.log(`${fn}: ${total.toFixed(0)} ms`);
console.log('callers:'); for (const [k, v] of [...up].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
console.log('callees:'); for (const [k, v] of [...down].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
