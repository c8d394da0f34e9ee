#!/usr/bin/env node
/**
 * What a thread spent loading modules, from one V8 CPU profile (`node --cpu-prof`): the inclusive
 * time of each module's top-level evaluation (its anonymous frame at line 1; module evaluation
 * nests, so a module's figure includes the modules it imports that were evaluated from it), and
 * the packages and project files any sample ran code of (what the thread loaded and ran).
 *
 *   node bench/lib/profile-modules.mjs <file.cpuprofile>
 *
 * Used in docs/performance.md section 79 (the highlighting worker's imports).
 */
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n])); const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map(); const urls = new Set();
for (let i = 0; i < prof.samples.length; i++) {
  const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000; let id = prof.samples[i]; const seen = new Set();
  while (id !== undefined) { const n = byId.get(id); const cf = n.callFrame; if (cf.url) urls.add(cf.url.replace(/^.*node_modules\//, 'nm:').replace(/^file:\/\/\/[^ ]*?\/(?=src\/)/, '')); if (cf.functionName === '' && cf.lineNumber === 0 && cf.url && !seen.has(cf.url)) { seen.add(cf.url); incl.set(cf.url, (incl.get(cf.url) ?? 0) + dt); } id = parent.get(id); }
}
for (const [u, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(6), u.replace(/^.*node_modules\//, 'nm:').replace(/^file:\/\/\/[^ ]*?\/(?=src\/)/, ''));
const pk = new Set([...urls].map((u) => u.startsWith('nm:') ? u.split('/').slice(0, u.startsWith('nm:@') ? 2 : 1).join('/') : u.startsWith('node:') ? 'node:' : u));
console.log([...pk].sort().join('\n'));
