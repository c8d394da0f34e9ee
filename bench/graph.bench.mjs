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
 * and the ratios (of CPU times). Target: 10,000 notes under 20 s.
 * Not a test: nothing fails on time. `BENCH_SIZES=100,1000` picks the sizes.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCorpus as generate } from './lib/corpus.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

// ---- child mode: one measurement ---------------------------------------------------------------
if (process.argv[2] === '--child') {
  const [, , , mode, dir] = process.argv;
  // Module loading is not timed: only the work on the notes.
  let t0 = performance.now();
  let cpu0 = process.cpuUsage();
  let detail = {};
  if (mode === 'graph') {
    const { loadGraph } = await import(path.join(ROOT, 'src/graph/index.ts'));
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const g = await loadGraph(dir);
    detail = g.stats;
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
function measure(mode, dir) {
  const r = spawnSync(process.execPath, [SELF, '--child', mode, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const sizes = (process.env.BENCH_SIZES || '100,1000,10000').split(',').map(Number);
const base = path.join(tmpdir(), `k8smap-graph-bench-${process.pid}`);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
console.log(
  `loadGraph on synthetic corpora (each run in a fresh process; peak = max RSS; module loading not timed)\n` +
    `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start (timings scale with load)\n`,
);
console.log('notes   | loadGraph wall  per note |  CPU time | read+parse (CPU) | read+render (CPU) | graph/parse | graph/render | peak RSS graph / parse');
try {
  for (const n of sizes) {
    const dir = path.join(base, String(n));
    const info = generate(dir, n);
    const g = measure('graph', dir);
    const p = measure('parse', dir);
    const r = measure('render', dir);
    const perNote = g.ms / n;
    console.log(
      `${String(n).padStart(6)}  | ${fmtMs(g.ms).padStart(9)} ${`${perNote.toFixed(2)} ms`.padStart(11)} | ${fmtMs(g.cpuMs).padStart(9)} | ` +
        `${`${fmtMs(p.ms)} (${fmtMs(p.cpuMs)})`.padStart(16)} | ${`${fmtMs(r.ms)} (${fmtMs(r.cpuMs)})`.padStart(17)} | ` +
        `${`${(g.cpuMs / p.cpuMs).toFixed(2)}×`.padStart(11)} | ${`${(g.cpuMs / r.cpuMs).toFixed(2)}×`.padStart(12)} | ${mb(g.maxRssKb)} / ${mb(p.maxRssKb)}`,
    );
    console.log(
      `        (${info.concepts} concept notes, ${info.notes} free-form notes, 1 map; graph: ${g.detail.concepts} concepts, ` +
        `${g.detail.edges} edges, ${g.detail.examples} examples, ${g.detail.warnings} warnings, ${g.detail.errors} errors)`,
    );
    console.log(`        load average now ${loadavg()[0].toFixed(1)}`);
    if (n === 10_000) console.log(`        target 10,000 notes < 20 s: ${g.ms < 20_000 ? 'met' : 'NOT met'} (${fmtMs(g.ms)})`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
