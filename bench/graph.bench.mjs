#!/usr/bin/env node
/**
 * Concept-graph benchmark (`node bench/graph.bench.mjs`, also run by `npm run bench`).
 *
 * Generates synthetic content folders of 100, 1,000 and 10,000 notes mixing the three input
 * kinds (a map.md outline, concept notes with frontmatter, free-form Chinese chapter notes with
 * bold definitions, headings, wiki links, YAML fences in ``` and ~~~, indented in list items,
 * with `...` lines and several documents, and shell snippets) into a temp folder, then runs
 * `loadGraph` on each. Every measurement runs in a fresh child process, so peak memory (max
 * RSS) belongs to that run alone.
 *
 * Baselines measured in the same run on the same files:
 *   - read+parse:  read every note and parse it with remark (gfm + cjk-friendly), nothing else;
 *   - read+render: the same plus remark-rehype → rehype-sanitize → rehype-stringify.
 * Prints wall time per note, CPU time (user+system, steadier when the machine is busy), peak RSS
 * and the ratios (of CPU times), and the time of each engine stage (as `--timings` prints).
 * Target (issue 11): loadGraph on 10,000 notes ≤ 8 s.
 * Not a test: nothing fails on time. `BENCH_SIZES=100,1000` picks the sizes; `BENCH_REMARK=0`
 * skips the two remark baselines; `BENCH_PAIRS=1` measures one pair against the baseline checkout.
 *
 * `BENCH_BASELINE_ROOT=<another checkout of this project>` (e.g. `git archive main | tar -x`
 * with node_modules linked) also runs that checkout's loadGraph on the same files, alternating
 * with this one, and reports the CPU ratio this/baseline: a before/after comparison of an
 * engine change in one run. It also asserts that both give the same graph: the SHA-256 of
 * graphToJson, on the bundled content/ and on every generated corpus, must be equal, else the
 * bench exits with status 1.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeBin, nodeEnv } from './lib/node-bin.mjs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus as generate } from './lib/corpus.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

// ---- child mode: one measurement ---------------------------------------------------------------
if (process.argv[2] === '--child') {
  const [, , , mode, dir, projectRoot = ROOT] = process.argv;
  // Module loading is not timed: only the work on the notes.
  let t0 = performance.now();
  let cpu0 = process.cpuUsage();
  let detail = {};
  if (mode === 'graph') {
    const { loadGraph, graphToJson } = await import(path.join(projectRoot, 'src/graph/index.ts'));
    const stages = {};
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const g = await loadGraph(dir, { onStage: (name, ms) => (stages[name] = ms) });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // Not timed: the fingerprint of the graph, to compare two checkouts.
    const sha = createHash('sha256').update(graphToJson(g)).digest('hex');
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, detail: { ...g.stats, stages, sha } }));
    process.exit(0);
  } else {
    const { readdirSync } = await import('node:fs');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const remarkGfm = (await import('remark-gfm')).default;
    const cjk = (await import('remark-cjk-friendly')).default;
    const cjkStrike = (await import('remark-cjk-friendly-gfm-strikethrough')).default;
    const parser = unified().use(remarkParse).use(remarkGfm).use(cjk).use(cjkStrike).freeze();
    let render;
    if (mode === 'render') {
      const remarkRehype = (await import('remark-rehype')).default;
      const rehypeSanitize = (await import('rehype-sanitize')).default;
      const rehypeStringify = (await import('rehype-stringify')).default;
      render = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();
    }
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md'));
    let bytes = 0;
    for (const f of files) {
      const text = readFileSync(path.join(dir, String(f)), 'utf8');
      const tree = parser.parse(text);
      bytes += text.length;
      if (render) bytes += render.stringify(render.runSync(tree)).length;
    }
    detail = { files: files.length, chars: bytes };
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, detail }));
  process.exit(0);
}

// ---- driver ----------------------------------------------------------------------------------------
function measure(mode, dir, projectRoot = ROOT) {
  const r = spawnSync(nodeBin(), [SELF, '--child', mode, dir, projectRoot], { encoding: 'utf8', maxBuffer: 1 << 24, env: nodeEnv() });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const sizes = (process.env.BENCH_SIZES || '100,1000,10000').split(',').map(Number);
const base = path.join(tmpdir(), `k8smap-graph-bench-${process.pid}`);
/** Times and sizes; `—` for a measurement that was skipped (BENCH_REMARK=0). */
const fmtMs = (ms) => (!Number.isFinite(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '—');
const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
console.log(
  `loadGraph on synthetic corpora (each run in a fresh process; peak = max RSS; module loading not timed)\n` +
    `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start (timings scale with load)\n`,
);
const BASELINE = process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : undefined;
let mismatches = 0;
const stageLine = (st) => Object.entries(st).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
if (BASELINE) {
  const a = measure('graph', path.join(ROOT, 'content'), BASELINE);
  const b = measure('graph', path.join(ROOT, 'content'), ROOT);
  const same = a.detail.sha === b.detail.sha;
  if (!same) mismatches++;
  console.log(`baseline checkout ${BASELINE}\nbundled content/: graph.json ${same ? 'identical' : 'DIFFERS'} (sha256 ${b.detail.sha.slice(0, 16)}…)\n`);
}
console.log('notes   | loadGraph wall  per note |  CPU time | read+parse (CPU) | read+render (CPU) | graph/parse | graph/render | peak RSS graph / parse');
try {
  for (const n of sizes) {
    const dir = path.join(base, String(n));
    const info = generate(dir, n);
    const g = measure('graph', dir);
    // BENCH_REMARK=0 skips the two remark baselines (when only the before/after comparison matters).
    const skipRemark = process.env.BENCH_REMARK === '0';
    const p = skipRemark ? { ms: NaN, cpuMs: NaN, maxRssKb: NaN } : measure('parse', dir);
    const r = skipRemark ? { ms: NaN, cpuMs: NaN, maxRssKb: NaN } : measure('render', dir);
    const perNote = g.ms / n;
    console.log(
      `${String(n).padStart(6)}  | ${fmtMs(g.ms).padStart(9)} ${`${perNote.toFixed(2)} ms`.padStart(11)} | ${fmtMs(g.cpuMs).padStart(9)} | ` +
        `${`${fmtMs(p.ms)} (${fmtMs(p.cpuMs)})`.padStart(16)} | ${`${fmtMs(r.ms)} (${fmtMs(r.cpuMs)})`.padStart(17)} | ` +
        `${ratio(g.cpuMs, p.cpuMs).padStart(11)} | ${ratio(g.cpuMs, r.cpuMs).padStart(12)} | ${mb(g.maxRssKb)} / ${mb(p.maxRssKb)}`,
    );
    console.log(
      `        (${info.concepts} concept notes, ${info.notes} free-form notes, 1 map; graph: ${g.detail.concepts} concepts, ` +
        `${g.detail.edges} edges, ${g.detail.examples} examples, ${g.detail.warnings} warnings, ${g.detail.errors} errors)`,
    );
    console.log(`        load average now ${loadavg()[0].toFixed(1)}`);
    console.log(`        stages (ms, wall): ${stageLine(g.detail.stages)}`);
    if (BASELINE) {
      // Alternate: baseline, this checkout, baseline… (the first measurement of this one is `g`);
      // BENCH_PAIRS pairs (default 2), each printed as it ends.
      const pairs = Math.max(1, Number(process.env.BENCH_PAIRS || 2));
      const mine = [g];
      const theirs = [];
      for (let i = 0; i < pairs; i++) {
        if (i > 0) mine.push(measure('graph', dir, ROOT));
        theirs.push(measure('graph', dir, BASELINE));
        console.log(`        pair ${i + 1}: this ${fmtMs(mine[i].ms)} wall ${fmtMs(mine[i].cpuMs)} CPU, baseline ${fmtMs(theirs[i].ms)} wall ${fmtMs(theirs[i].cpuMs)} CPU`);
      }
      const b1 = theirs[0];
      const same = [...mine, ...theirs].every((x) => x.detail.sha === g.detail.sha);
      if (!same) mismatches++;
      const cpuThis = Math.min(...mine.map((x) => x.cpuMs));
      const cpuBase = Math.min(...theirs.map((x) => x.cpuMs));
      const wallThis = Math.min(...mine.map((x) => x.ms));
      const wallBase = Math.min(...theirs.map((x) => x.ms));
      console.log(
        `        vs baseline (best of ${pairs} each): wall ${fmtMs(wallThis)} / ${fmtMs(wallBase)} = ${(wallThis / wallBase).toFixed(2)}×, ` +
          `CPU ${fmtMs(cpuThis)} / ${fmtMs(cpuBase)} = ${(cpuThis / cpuBase).toFixed(2)}×; graph.json ${same ? 'identical' : 'DIFFERS'}`,
      );
      console.log(`        baseline stages (ms, wall): ${stageLine(b1.detail.stages)}`);
    }
    if (n === 10_000) console.log(`        target (issue 11) loadGraph on 10,000 notes ≤ 8 s: ${g.ms <= 8_000 ? 'met' : 'NOT met'} (${fmtMs(g.ms)} wall, ${fmtMs(g.cpuMs)} CPU)`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
if (mismatches > 0) {
  console.error(`graph.json differs from the baseline checkout's in ${mismatches} case(s)`);
  process.exit(1);
}
