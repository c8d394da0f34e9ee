#!/usr/bin/env node
/**
 * A CPU profile of `astro build`'s page generation split by page: every main-thread sample is given
 * to the page whose line Astro printed last (the page lines' times from stage-cpu.mjs's PAGE_TIMES,
 * on the profiles' clock), and the pages are grouped by route (the path's first segment:
 * `concepts`, `notes`, `search-index.json`, …). For each route: its pages, busy ms and ms a page,
 * its first page's and the median page's ms, then its samples by group, by component (the
 * innermost one on the stack, with what it calls), by part (GC, our views by file, Astro's runtime,
 * each component's own code, writing), this project's functions inclusive, and every
 * function by self time. `--chunks <dir>` is a copy of the build's `.prerender/chunks`
 * (taken while the build runs: Astro deletes it): a sample in a compiled component's code is then
 * named by its source module (`component Backlinks`, `src: lib/highlight.ts`), not by the chunk.
 *
 *   NODE_OPTIONS= STAGE_CPU=/tmp/s.jsonl PAGE_TIMES=/tmp/t.txt node --cpu-prof --cpu-prof-dir=/tmp/prof \
 *     --import ./bench/lib/stage-cpu.mjs node_modules/astro/bin/astro.mjs build
 *   node bench/lib/profile-pages.mjs /tmp/prof /tmp/t.txt [--chunks DIR] [--routes concepts,notes] [--top 25]
 *
 * Used in docs/performance.md section 88.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [dir, timesFile] = args.filter((a, i) => !a.startsWith('--') && !['--chunks', '--routes', '--top'].includes(args[i - 1]));
if (!dir || !timesFile) {
  console.error('usage: node bench/lib/profile-pages.mjs <profile folder> <PAGE_TIMES file> [--chunks DIR] [--routes a,b] [--top N]');
  process.exit(2);
}
const chunksDir = opt('--chunks');
const top = Number(opt('--top') ?? 25);
const only = opt('--routes')?.split(',');

// The page lines: [µs, path], in order; a page runs from its line to the next one (or `end`).
const marks = readFileSync(timesFile, 'utf8').trim().split('\n').map((l) => {
  const sp = l.indexOf(' ');
  return [Number(l.slice(0, sp)), l.slice(sp + 1)];
});
const routeOf = (p) => (p === 'end' ? undefined : (/^\/([^/]+)\//.exec(p)?.[1] ?? p.replace(/^\//, '')));

// The main thread's profile: the one with samples inside the page lines' span, the most of them.
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
const first = marks[0][0];
const last = marks[marks.length - 1][0];
let prof;
let best = -1;
for (const f of files) {
  const p = JSON.parse(readFileSync(f, 'utf8'));
  let t = p.startTime;
  let n = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (t >= first && t < last) n++;
  }
  if (n > best) [best, prof] = [n, p];
}

/** The source module at a line of a chunk: the bundler's last `// src/…` (or `// node_modules/…`) comment above it. */
const moduleAt = (() => {
  const cache = new Map();
  return (url, line) => {
    if (!chunksDir) return undefined;
    const file = path.join(chunksDir, path.basename(url.startsWith('file:') ? fileURLToPath(url) : url));
    let starts = cache.get(file);
    if (!starts) {
      starts = [];
      if (existsSync(file)) {
        readFileSync(file, 'utf8').split('\n').forEach((l, i) => {
          const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
          if (m) starts.push([i, m[1]]);
        });
      }
      cache.set(file, starts);
    }
    let name;
    for (const [i, n] of starts) if (i <= line) name = n;
    return name;
  };
})();

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** The part of page generation a frame stands for, or undefined (look further up the stack). */
const partOf = (cf) => {
  const url = cf.url;
  if (!url) return cf.functionName === '(garbage collector)' ? 'GC' : undefined;
  if (/\/src\/views\//.test(url)) return `views: ${path.basename(url)}`;
  if (/\/src\//.test(url)) return `src: ${url.slice(url.lastIndexOf('/src/') + 5)}`;
  if (/\/\.prerender\/chunks\//.test(url)) {
    const base = path.basename(url);
    if (/^server_/.test(base)) return undefined; // Astro's runtime: the caller decides
    const mod = moduleAt(url, cf.lineNumber);
    if (mod?.startsWith('node_modules/astro/')) return undefined;
    if (mod?.startsWith('node_modules/')) return `package ${mod.split('/')[1]}`;
    if (mod) return mod.endsWith('.astro') ? `component ${path.basename(mod, '.astro')}` : `src: ${mod.slice(4)} (bundled)`;
    return `chunk ${base.replace(/_[\w-]{8}\.mjs$/, '')}`;
  }
  if (/\/node_modules\//.test(url)) {
    const rest = url.slice(url.lastIndexOf('/node_modules/') + 14).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return pkg === 'astro' ? undefined : `package ${pkg}`;
  }
  return undefined;
};
/** A sample's part: the innermost frame that names one; else Astro's runtime, node's I/O, or other. */
const sampleParts = new Map();
const sampleLabel = (id) => {
  let v = sampleParts.get(id);
  if (v) return v;
  const leaf = byId.get(id).callFrame;
  let part;
  for (let cur = id; cur !== undefined && !part; cur = parent.get(cur)) part = partOf(byId.get(cur).callFrame);
  if (!part) {
    const u = leaf.url;
    if (/server_|prerender-entry|\/astro\//.test(u)) part = "Astro's runtime";
    else if (!u && leaf.functionName === '(program)') part = '(program)';
    else if (!u || u.startsWith('node:')) {
      // native and node internals: name them by the nearest JS frame that is not node's
      let cur = id;
      let fn = leaf.functionName;
      for (; cur !== undefined; cur = parent.get(cur)) {
        const cf = byId.get(cur).callFrame;
        if (cf.url && !cf.url.startsWith('node:')) break;
        if (cf.functionName) fn = cf.functionName;
      }
      part = `node/native under ${byId.get(cur ?? id)?.callFrame.url ? "Astro's runtime" : 'event loop'} (${fn || leaf.functionName})`;
    } else part = `other ${path.basename(u)}`;
  }
  const self = `${leaf.functionName || '(anon)'} ${leaf.url ? path.basename(leaf.url) : '(native)'}${leaf.url ? `:${leaf.lineNumber + 1}` : ''}`;
  v = { part, self };
  sampleParts.set(id, v);
  return v;
};

/** The innermost component (a compiled `.astro` module) on a sample's stack: its own code and what it calls. */
const componentOf = new Map();
const innermostComponent = (id) => {
  let v = componentOf.get(id);
  if (v !== undefined) return v;
  v = '(no component on the stack)';
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame;
    const mod = /\/\.prerender\/chunks\//.test(cf.url) ? moduleAt(cf.url, cf.lineNumber) : undefined;
    if (mod?.endsWith('.astro')) {
      v = path.basename(mod, '.astro');
      break;
    }
  }
  componentOf.set(id, v);
  return v;
};
/** Every function of this project (src/, bundled or not) on a sample's stack, once each. */
const inclusive = new Map();
const inclusiveOf = (id) => {
  let v = inclusive.get(id);
  if (v) return v;
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame;
    const mod = /\/\.prerender\/chunks\//.test(cf.url) ? moduleAt(cf.url, cf.lineNumber) : cf.url.includes('/src/') ? 'src/' + cf.url.slice(cf.url.lastIndexOf('/src/') + 5) : undefined;
    if (mod?.startsWith('src/') && cf.functionName) seen.add(`${cf.functionName} ${path.basename(mod)}`);
  }
  v = [...seen];
  inclusive.set(id, v);
  return v;
};
const routes = new Map();
let m = 0;
let t = prof.startTime;
for (let i = 0; i < prof.samples.length; i++) {
  t += prof.timeDeltas[i] ?? 0;
  if (t < first || t >= last) continue;
  while (m + 1 < marks.length && marks[m + 1][0] <= t) m++;
  const route = routeOf(marks[m][1]);
  if (route === undefined) continue;
  const leaf = byId.get(prof.samples[i]).callFrame.functionName;
  if (leaf === '(idle)') continue;
  const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
  let r = routes.get(route);
  if (!r) routes.set(route, (r = { ms: 0, parts: new Map(), self: new Map(), comps: new Map(), incl: new Map(), firstIncl: new Map(), pageMs: [], lastMark: -1 }));
  const { part, self } = sampleLabel(prof.samples[i]);
  if (m !== r.lastMark) {
    r.lastMark = m;
    r.pageMs.push(0);
  }
  r.pageMs[r.pageMs.length - 1] += dt;
  for (const fn of inclusiveOf(prof.samples[i])) {
    r.incl.set(fn, (r.incl.get(fn) ?? 0) + dt);
    if (r.pageMs.length === 1) r.firstIncl.set(fn, (r.firstIncl.get(fn) ?? 0) + dt);
  }
  r.ms += dt;
  const comp = innermostComponent(prof.samples[i]);
  r.comps.set(comp, (r.comps.get(comp) ?? 0) + dt);
  r.parts.set(part, (r.parts.get(part) ?? 0) + dt);
  r.self.set(self, (r.self.get(self) ?? 0) + dt);
}
const pages = new Map();
for (const [, p] of marks) {
  const r = routeOf(p);
  if (r !== undefined) pages.set(r, (pages.get(r) ?? 0) + 1);
}
/** A part's coarse group. */
const groupOf = (part) =>
  /^(views|src):/.test(part) ? "this project's views and libraries"
    : part.startsWith('component ') ? "this project's components (their own code)"
    : part.startsWith('package ') ? 'packages they call (dagre, yaml, …)'
    : part === "Astro's runtime" ? "Astro's rendering"
    : part.startsWith("node/native under Astro's runtime") ? "Astro's Request/Response, encoding, mkdir and writing"
    : part === 'GC' ? 'GC'
    : 'other (V8 (program), event loop, the preload)';
const fmt = (ms, all, n) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%${n ? `  ${(ms / n).toFixed(3)} ms a page` : ''}`;
const total = [...routes.values()].reduce((a, r) => a + r.ms, 0);
console.log(`page generation, main thread busy: ${total.toFixed(0)} ms over ${marks.length - 1} pages`);
for (const [name, r] of [...routes].sort((a, b) => b[1].ms - a[1].ms)) {
  if (only && !only.includes(name)) continue;
  const n = pages.get(name);
  const sorted = [...r.pageMs].sort((a, b) => a - b);
  console.log(`\n== ${name}: ${n} pages, ${fmt(r.ms, total, n)}; its first page ${r.pageMs[0].toFixed(0)} ms, median page ${sorted[sorted.length >> 1].toFixed(2)} ms (pages with samples: ${r.pageMs.length})`);
  const groups = new Map();
  for (const [k, v] of r.parts) groups.set(groupOf(k), (groups.get(groupOf(k)) ?? 0) + v);
  console.log('  by group:');
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${fmt(v, r.ms, n)}  ${k}`);
  console.log('  by component (the innermost on the stack: its code and the views it calls; Astro renders a child after its parent returns):');
  for (const [k, v] of [...r.comps].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(v, r.ms, n)}  ${k}`);
  console.log('  by part:');
  for (const [k, v] of [...r.parts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(v, r.ms, n)}  ${k}`);
  console.log('  this project\'s functions, inclusive (samples with the function on the stack):');
  for (const [k, v] of [...r.incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(v, r.ms, n)}  ${k}`);
  console.log(`  its first page (what is derived once per build is derived there), this project's functions inclusive:`);
  for (const [k, v] of [...r.firstIncl].sort((a, b) => b[1] - a[1]).slice(0, Math.min(top, 15))) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log('  by function (self):');
  for (const [k, v] of [...r.self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(v, r.ms, n)}  ${k}`);
}
