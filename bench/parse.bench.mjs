#!/usr/bin/env node
/**
 * Parse-stage micro-benchmark (`node bench/parse.bench.mjs`, also run by `npm run bench`).
 *
 * On the bench corpus (bench/lib/corpus.mjs; `BENCH_SIZES=1000,10000`, default 1000), each in a
 * fresh child process, the CPU time (user + system) of one piece of the engine's parse stage
 * over every note, so the pieces can be compared with each other and with the whole:
 *
 *   remark           remark-parse alone
 *   +gfm             remark-parse + remark-gfm
 *   +gfm+cjk         … + remark-cjk-friendly
 *   +gfm+cjk+strike  … + remark-cjk-friendly-gfm-strikethrough (the plain pipeline)
 *   parseMarkdown    the engine's parser (src/graph/markdown.ts)
 *   frontmatter      splitFrontmatter (gray-matter + yaml) of every concept/free-form note
 *   analyzeFence     the YAML analysis of every YAML fence (trees parsed beforehand, not timed)
 *   parseNote        the whole per-file work of the parse stage (decode, frontmatter, parse,
 *                    fences, YAML analysis), from bytes already read
 *
 * The Markdown pieces parse the note bodies as parseNote does (frontmatter blanked out), read
 * and prepared before the clock starts; module loading is not timed. Each line is the median
 * of `BENCH_RUNS` (default 3) child processes, run round-robin so that the load of the shared
 * machine spreads over all modes. `BENCH_MODES=remark,parseMarkdown` picks modes.
 *
 * `BENCH_BASELINE_ROOT=<another checkout>` also runs the project modes (parseMarkdown,
 * frontmatter, analyzeFence, parseNote) in that checkout, alternating, and prints the ratio;
 * it checks that both give the same trees and frontmatter (SHA-256 of their JSON) and exits
 * with status 1 when they differ. Not a test: nothing fails on time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { nodeBin, nodeEnv } from './lib/node-bin.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './lib/corpus.mjs';
import { median } from './lib/stats.mjs';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');
const REMARK_MODES = ['remark', '+gfm', '+gfm+cjk', '+gfm+cjk+strike'];
const PROJECT_MODES = ['parseMarkdown', 'frontmatter', 'analyzeFence', 'parseNote'];

// ---- child mode: one measurement ---------------------------------------------------------------
if (process.argv[2] === '--child') {
  const [, , , mode, dir, projectRoot = ROOT] = process.argv;
  const imp = (rel) => import(pathToFileURL(path.join(projectRoot, rel)).href);
  const { splitFrontmatter } = await imp('src/graph/frontmatter.ts');
  const { DiagnosticSink } = await imp('src/graph/diagnostics.ts');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  const roleOf = (f) => (f === 'map.md' ? 'map' : f.startsWith('concepts/') ? 'concept' : 'note');
  const notes = files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    const text = new TextDecoder().decode(bytes);
    const role = roleOf(file);
    const body = role === 'map' ? text : splitFrontmatter(text, file, new DiagnosticSink()).body;
    return { file, role, bytes, text, body };
  });
  const hash = createHash('sha256');
  let work;
  /** Fingerprints a result (a no-op while timed). */
  let out;
  if (REMARK_MODES.includes(mode)) {
    const { unified } = await import('unified');
    let p = unified().use((await import('remark-parse')).default);
    if (mode.includes('gfm')) p = p.use((await import('remark-gfm')).default);
    if (mode.includes('cjk')) p = p.use((await import('remark-cjk-friendly')).default);
    if (mode.includes('strike')) p = p.use((await import('remark-cjk-friendly-gfm-strikethrough')).default);
    const parser = p.freeze();
    work = () => { for (const n of notes) parser.parse(n.body); };
  } else if (mode === 'parseMarkdown') {
    const { parseMarkdown } = await imp('src/graph/markdown.ts');
    work = () => { for (const n of notes) { const t = parseMarkdown(n.body); out(() => JSON.stringify(t)); }; };
  } else if (mode === 'frontmatter') {
    work = () => {
      for (const n of notes) {
        if (n.role === 'map') continue;
        const sink = new DiagnosticSink();
        const s = splitFrontmatter(n.text, n.file, sink);
        out(() => JSON.stringify([s.body.length, s.valid, s.hasFrontmatter, { ...s.frontmatter, keyAt: [...s.frontmatter.keyAt] }, sink.items]));
      }
    };
  } else if (mode === 'analyzeFence') {
    const { parseMarkdown } = await imp('src/graph/markdown.ts');
    const { codeNodes } = await imp('src/graph/fences.ts');
    const { analyzeFence } = await imp('src/graph/examples.ts');
    const codes = notes.filter((n) => n.role !== 'map').flatMap((n) => codeNodes(parseMarkdown(n.body)).map((c) => [c, n.file]));
    work = () => {
      for (const [c, file] of codes) {
        const f = analyzeFence(c, file);
        if (f) out(() => JSON.stringify({ ...f, node: undefined }));
      }
    };
  } else if (mode === 'parseNote') {
    const { parseNote } = await imp('src/graph/parse-file.ts');
    work = () => {
      for (const n of notes) {
        const p = parseNote({ file: n.file, role: n.role }, n.bytes);
        out(() => JSON.stringify({ ...p, fm: { ...p.fm, keyAt: [...p.fm.keyAt] }, fences: p.fences.map((f) => ({ ...f, node: f.node.position })) }));
      }
    };
  } else throw new Error(`unknown mode ${mode}`);
  // Timed without hashing (the remark modes do not hash either); the project modes then run once
  // more, not timed, to fingerprint their output for the comparison with a baseline checkout.
  out = () => {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let sha = '';
  if (PROJECT_MODES.includes(mode)) {
    out = (f) => hash.update(f());
    work();
    sha = hash.digest('hex');
  }
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, sha, notes: notes.length }));
  process.exit(0);
}

// ---- driver ----------------------------------------------------------------------------------------
function measure(mode, dir, projectRoot = ROOT) {
  const r = spawnSync(nodeBin(), [SELF, '--child', mode, dir, projectRoot], { encoding: 'utf8', maxBuffer: 1 << 24, env: nodeEnv() });
  if (r.status !== 0) throw new Error(`${mode} child failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}
const sizes = (process.env.BENCH_SIZES || '1000').split(',').map(Number);
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const modes = process.env.BENCH_MODES ? process.env.BENCH_MODES.split(',') : [...REMARK_MODES, ...PROJECT_MODES];
const BASELINE = process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : undefined;
const base = path.join(tmpdir(), `k8smap-parse-bench-${process.pid}`);
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log(
  `Parse-stage pieces on the bench corpus (CPU time, median of ${runs} fresh processes each, round-robin)\n` +
    `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start\n`,
);
let mismatches = 0;
try {
  for (const n of sizes) {
    const dir = path.join(base, String(n));
    generateCorpus(dir, n);
    const cols = modes.flatMap((m) => [[m, ROOT], ...(BASELINE && PROJECT_MODES.includes(m) ? [[m, BASELINE]] : [])]);
    const res = new Map(cols.map(([m, r]) => [`${m}@${r}`, []]));
    for (let i = 0; i < runs; i++) for (const [m, r] of cols) res.get(`${m}@${r}`).push(measure(m, dir, r));
    const whole = res.get(`parseNote@${ROOT}`) ? median(res.get(`parseNote@${ROOT}`).map((x) => x.cpuMs)) : NaN;
    console.log(`${n} notes (load average now ${loadavg()[0].toFixed(1)})`);
    console.log('  piece              |  CPU (median) | per note | share of parseNote | runs (CPU)' + (BASELINE ? ' | baseline CPU | this / baseline' : ''));
    for (const m of modes) {
      const xs = res.get(`${m}@${ROOT}`).map((x) => x.cpuMs);
      const c = median(xs);
      let line = `  ${m.padEnd(18)} | ${fmt(c).padStart(12)} | ${`${(c / n).toFixed(2)} ms`.padStart(8)} | ${Number.isFinite(whole) ? `${((100 * c) / whole).toFixed(0)}%`.padStart(18) : '—'.padStart(18)} | ${xs.map(fmt).join(', ')}`;
      const b = res.get(`${m}@${BASELINE}`);
      if (b) {
        const cb = median(b.map((x) => x.cpuMs));
        const same = [...res.get(`${m}@${ROOT}`), ...b].every((x) => x.sha === b[0].sha);
        if (!same) mismatches++;
        line += ` | ${fmt(cb).padStart(12)} | ${(c / cb).toFixed(2)}× (per run: ${xs.map((x, i) => (x / b[i].cpuMs).toFixed(2)).join(', ')})${same ? '' : ' OUTPUT DIFFERS'}`;
      }
      console.log(line);
    }
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
if (mismatches > 0) {
  console.error(`the output differs from the baseline checkout's in ${mismatches} case(s)`);
  process.exit(1);
}
