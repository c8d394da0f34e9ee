#!/usr/bin/env node
/**
 * Summarise V8 CPU profiles (`node --cpu-prof`, one .cpuprofile per thread) by self time:
 * the top functions, and the time per module group (an npm package, a folder of this project,
 * node internals, GC, idle). Used for the profiles in docs/performance.md.
 *
 *   node bench/lib/profile-summary.mjs <file.cpuprofile | folder of them> [--top 30] [--by-file]
 *
 * Several files (the main thread and its workers) are added together; each is also listed
 * with its own total. `--by-file` groups this project's code by file instead of by folder.
 * `--inclusive` adds the top functions by inclusive time (self + callees). `--stages` sorts
 * every sample of an `astro build` profile into one stage of the build (the first of STAGES,
 * in order, that has a frame on the sample's stack) and prints the share of each.
 * `--from <function>` keeps only the samples taken from the first sample that has a frame of that
 * name on its stack (in any of the files; the profiles share one clock) to the end: e.g.
 * `--from generatePages` is the page-generation phase of `astro build`, GC and the workers included.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const byFile = args.includes('--by-file');
const fromFn = args.includes('--from') ? args[args.indexOf('--from') + 1] : undefined;
const inputs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top' && args[i - 1] !== '--from');
if (inputs.length === 0) {
  console.error('usage: node bench/lib/profile-summary.mjs <file.cpuprofile | dir> [--top N] [--by-file]');
  process.exit(2);
}
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).sort().map((f) => path.join(p, f))
    : [p],
);

/** The group a script URL belongs to: an npm package, a project folder, node internals. */
export function moduleGroup(url, fn) {
  if (!url) {
    if (fn === '(garbage collector)') return '(gc)';
    if (fn === '(idle)') return '(idle)';
    if (fn === '(program)') return '(program)';
    return '(native)';
  }
  if (url.startsWith('node:')) return 'node:internal';
  let p = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = p.lastIndexOf('/src/');
  if (src >= 0) {
    const rel = p.slice(src + 1);
    if (byFile) return rel;
    const parts = rel.split('/');
    return parts.slice(0, Math.min(parts.length - 1, 3)).join('/') + '/';
  }
  return path.basename(p);
}

const inclusiveByFn = new Map();
const selfByFn = new Map();
/** Build stages, by priority: a sample belongs to the first one with a matching frame on its stack. */
const STAGES = [
  ['Shiki highlighting', (f) => /^@shikijs\//.test(f.group) || /^(codeToHtml|codeToHast|highlightExample|prehighlight\w*)$/.test(f.name)],
  ['engine: loadGraph (all stages)', (f) => f.name === 'runStages' || /parse-worker\.ts$/.test(f.url)],
  ['views: search index (minisearch)', (f) => /^(buildSearchIndexJson|createSearchIndex)$/.test(f.name)],
  ['views: local graph + state diagrams (dagre)', (f) => /^(localGraph|buildLocalGraph|stateDiagram|layoutStateDiagram)$/.test(f.name)],
  ['views: graph.json / map.json export', (f) => /^(graphExportChunks|buildMapData|mapJson|graphJson)$/.test(f.name)],
  ['views: other', (f) => /^views_/.test(f.group) || /^src\/views\//.test(f.group)],
  ['bundling (Vite / Rolldown)', (f) => f.group === 'rolldown' || f.group === 'vite' || f.group === '@rolldown/binding-linux-x64-gnu'],
  // Astro's runtime and the page components are bundled into <outDir>/.prerender/; their async
  // continuations often lose the generatePathWithPrerenderer frame, so the bundle's files count too.
  ['Astro page generation (render, write)', (f) => /^(generatePathWithPrerenderer|renderPath|renderPage|generatePages)$/.test(f.name) || /\/\.prerender\//.test(f.url)],
  ['module loading', (f) => f.group === 'node:internal' && /loader|module_job|translators/.test(f.url)],
];
const byStage = new Map();
const OTHER = 'other (Astro/Vite setup, I/O, sitemap…)';
const otherByModule = new Map();
const selfByModule = new Map();
let total = 0;
const perFile = [];
const profiles = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
/** The time (the profiles' clock, µs) of each sample of a profile. */
const sampleTimes = (prof) => {
  const t = new Array(prof.samples.length);
  let now = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) t[i] = now += prof.timeDeltas[i] ?? 0;
  return t;
};
/** With --from: the first time a sample has a frame named `fromFn` on its stack, over all files. */
let fromTime = -Infinity;
if (fromFn) {
  fromTime = Infinity;
  for (const prof of profiles) {
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const hit = new Set();
    for (const n of prof.nodes) {
      for (let cur = n.id; cur !== undefined; cur = parent.get(cur)) {
        if (byId.get(cur).callFrame.functionName === fromFn) {
          hit.add(n.id);
          break;
        }
      }
    }
    const times = sampleTimes(prof);
    const i = prof.samples.findIndex((id) => hit.has(id));
    if (i >= 0) fromTime = Math.min(fromTime, times[i]);
  }
  if (fromTime === Infinity) {
    console.error(`--from ${fromFn}: no sample has that function on its stack`);
    process.exit(2);
  }
}
for (const [fi, f] of files.entries()) {
  const prof = profiles[fi];
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const times = sampleTimes(prof);
  // timeDeltas[i] is the time before sample i; attribute it to that sample's node.
  for (let i = 0; i < prof.samples.length; i++) {
    if (times[i] < fromTime) continue;
    const id = prof.samples[i];
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  let fileTotal = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const name = cf.functionName || '(anonymous)';
    const group = moduleGroup(cf.url, name);
    if (group === '(idle)') {
      idle += us;
      continue;
    }
    fileTotal += us;
    const key = `${name}  ${group}${cf.url && cf.lineNumber >= 0 ? `:${path.basename(cf.url)}:${cf.lineNumber + 1}` : ''}`;
    selfByFn.set(key, (selfByFn.get(key) ?? 0) + us);
    selfByModule.set(group, (selfByModule.get(group) ?? 0) + us);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parentOf = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${moduleGroup(n.callFrame.url, n.callFrame.functionName)}${n.callFrame.url ? `:${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : ''}`;
  for (const [id, us] of self) {
    const leaf = byId.get(id).callFrame.functionName;
    if (leaf === '(idle)') continue;
    let stage = leaf === '(garbage collector)' ? '(gc)' : leaf === '(program)' ? '(program)' : undefined;
    if (!stage) {
      const frames = [];
      for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
        const cf = byId.get(cur).callFrame;
        frames.push({ name: cf.functionName, url: cf.url, group: moduleGroup(cf.url, cf.functionName) });
      }
      stage = STAGES.find(([, test]) => frames.some(test))?.[0];
      if (!stage) {
        stage = OTHER;
        const g = frames[0].group;
        otherByModule.set(g, (otherByModule.get(g) ?? 0) + us);
      }
    }
    byStage.set(stage, (byStage.get(stage) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
      const k = fnKey(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusiveByFn.set(k, (inclusiveByFn.get(k) ?? 0) + us);
    }
  }
  total += fileTotal;
  perFile.push({ file: path.basename(f), busyMs: fileTotal / 1000, idleMs: idle / 1000 });
}

const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const pct = (us) => `${((100 * us) / (total || 1)).toFixed(1)}%`;
console.log(`profiles: ${files.length}, busy time (idle excluded): ${ms(total)}`);
for (const p of perFile) console.log(`  ${p.file}: busy ${p.busyMs.toFixed(0)} ms, idle ${p.idleMs.toFixed(0)} ms`);
console.log('\nself time by module');
for (const [k, v] of [...selfByModule].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
if (args.includes('--stages')) {
  console.log('\nbusy time by build stage');
  for (const [k, v] of [...byStage].sort((a, b) => b[1] - a[1])) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
  console.log(`  ${OTHER}, by module of the running function:`);
  for (const [k, v] of [...otherByModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
}
if (args.includes('--inclusive')) {
  console.log('\ninclusive time by function (self + callees)');
  for (const [k, v] of [...inclusiveByFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
}
console.log('\nself time by function');
for (const [k, v] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v).padStart(10)} ${pct(v).padStart(6)}  ${k}`);
