#!/usr/bin/env node
/**
 * Full-build benchmark (`node bench/build.bench.mjs`, also `npm run bench -- build`).
 *
 * On the synthetic notes corpus of the graph benchmark (bench/lib/corpus.mjs: a map.md outline,
 * concept notes with frontmatter, free-form Chinese chapter notes with YAML), committed to a
 * fresh git work tree like a real notes folder, it times two complete `astro build`s:
 *   A. the project (`astro build` of this repository, K8SMAP_CONTENT_DIR = the corpus);
 *   B. the baseline: a bare Astro + Pagefind site (bench/bare-site/, the same astro and pagefind
 *      packages) rendering the same Markdown files, one page per note.
 * Runs alternate A B A B A B (BENCH_RUNS pairs, default 3), each with an empty output folder and
 * an empty Astro cache folder, so every run is a full cold build. Reported per size:
 *   - wall time, median per site, and the median of the per-pair ratios A/B;
 *   - CPU time (user + system of the whole process tree: /usr/bin/time when installed, which
 *     counts Astro's process and the children it waits for, plus Pagefind's binary sampled from
 *     /proc, which nothing waits for and /usr/bin/time so never saw: before round 24 (docs/
 *     performance.md section 35) the bench's CPU left Pagefind out, for both sites);
 *   - peak memory: the largest sum of RSS over the build's process tree (node, Pagefind's
 *     binary, git), sampled from /proc every 100 ms (Linux), and the ratio A/B.
 * Targets (issue 11): full build ≤ 1.5× the baseline at 1,000 and 10,000 notes; peak memory at
 * 10,000 notes ≤ 1.3× the baseline's. Not a test: nothing fails on time.
 *
 * Options (env): BENCH_SIZES=1000,10000 (notes per corpus), BENCH_RUNS=3, BENCH_KEEP=1 (keep
 * the temp folder and print its path), BENCH_VERBOSE=1 (print each build's log tail),
 * BENCH_PROJECT_ROOT=<another checkout of this project> (build that one as A, e.g. an older
 * commit, to compare before and after a change against the same baseline),
 * BENCH_BASELINE_ROOT=<another checkout> (build it too, as A0, in every round: A0 A B, so "before"
 * and "after" are measured in the same run against the same bare site; reported as its own row),
 * BENCH_WARM=1 (warm builds: each site's cache folder is kept between its builds and filled by one
 * untimed build first — the project's parse cache, docs/performance.md section 39, and the bare
 * site's content-layer store, which Astro keeps in the same folder — as when a notes folder is
 * built again after a few edits; the output folder is still emptied every time).
 * Output size per build: total MB of the output folder and the average concept page
 * (`concepts/<id>/index.html`) in KB, pages with a note and all.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './lib/corpus.mjs';
import { sampleTree } from './lib/proc-tree.mjs';
import { nodeBin, nodeEnv } from './lib/node-bin.mjs';
import { median } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The project checkout to build (default this one; another checkout compares before/after). */
const PROJECT = path.resolve(process.env.BENCH_PROJECT_ROOT || ROOT);
/** An older checkout built in the same rounds (before/after pairs), or undefined. */
const BEFORE = process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : undefined;
const astroBin = (root) => path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BARE = path.join(ROOT, 'bench', 'bare-site');
const SIZES = (process.env.BENCH_SIZES || '1000,10000').split(',').map(Number).filter((n) => n > 0);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const WARM = process.env.BENCH_WARM === '1';
const TIME_BIN = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const HAS_PROC = existsSync('/proc/self/stat');

// ---- one build -------------------------------------------------------------------------------

/**
 * Runs one `astro build` to completion. Returns wall ms, CPU ms (tree, when /usr/bin/time is
 * there), peak tree RSS (kB), the largest single process RSS (kB) and the number of HTML pages.
 */
function build(site, contentDir, work) {
  const outDir = path.join(work, `${site}-dist`);
  const cacheDir = path.join(work, `${site}-cache`);
  rmSync(outDir, { recursive: true, force: true });
  if (!WARM) rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...nodeEnv(), ASTRO_TELEMETRY_DISABLED: '1' };
  const root = site === 'project' ? PROJECT : site === 'before' ? BEFORE : ROOT;
  const args = [astroBin(root), 'build'];
  if (site !== 'bare') Object.assign(env, { K8SMAP_CONTENT_DIR: contentDir, K8SMAP_OUT_DIR: outDir, K8SMAP_CACHE_DIR: cacheDir });
  else {
    Object.assign(env, { BARE_CONTENT_DIR: contentDir, BARE_OUT_DIR: outDir, BARE_CACHE_DIR: cacheDir });
    args.push('--root', BARE);
  }
  const timeFile = path.join(work, 'time.txt');
  const cmd = TIME_BIN ? TIME_BIN : nodeBin();
  const cmdArgs = TIME_BIN ? ['-f', '%e %U %S %M', '-o', timeFile, nodeBin(), ...args] : args;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (b) => {
      log += b.toString();
      if (log.length > 200_000) log = log.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    // Pagefind's binary, by pid: its CPU time as last seen (see cpuMs in proc-tree.mjs). A pid is
    // looked at again until it is Pagefind: a child seen between fork and exec still has node's
    // command line.
    const pagefindMs = new Map();
    const sample = () => {
      if (!HAS_PROC) return;
      peak = Math.max(peak, sampleTree(child.pid, pagefindMs));
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${site} build failed (exit ${code}):\n${log.slice(-4000)}`));
        return;
      }
      let cpuMs;
      let maxProcKb;
      if (TIME_BIN && existsSync(timeFile)) {
        const [, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
        cpuMs = (user + sys) * 1000;
        maxProcKb = maxKb;
      }
      // Pagefind is never waited for, so /usr/bin/time leaves it out: added from the samples.
      const pagefindCpuMs = pagefindMs.size > 0 ? [...pagefindMs.values()].reduce((a, b) => a + b, 0) : undefined;
      if (cpuMs !== undefined && pagefindCpuMs !== undefined) cpuMs += pagefindCpuMs;
      const pages = countHtml(outDir);
      const size = outputSize(outDir);
      if (process.env.BENCH_VERBOSE) console.log(log.split('\n').slice(-6).join('\n'));
      rmSync(outDir, { recursive: true, force: true });
      if (!WARM) rmSync(cacheDir, { recursive: true, force: true });
      resolve({ wallMs, cpuMs, pagefindCpuMs, peakKb: peak || maxProcKb || 0, maxProcKb, pages, ...size });
    });
  });
}

/** Bytes of the whole output folder, and of the concept pages (`concepts/<id>/index.html`): all, and how many. */
function outputSize(dir) {
  let totalBytes = 0;
  let conceptBytes = 0;
  let conceptPages = 0;
  for (const f of readdirSync(dir, { recursive: true })) {
    const p = path.join(dir, String(f));
    const st = statSync(p);
    if (!st.isFile()) continue;
    totalBytes += st.size;
    if (/^concepts[\\/][^\\/]+[\\/]index\.html$/.test(String(f))) {
      conceptBytes += st.size;
      conceptPages++;
    }
  }
  return { totalBytes, conceptBytes, conceptPages };
}

function countHtml(dir) {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true })) if (String(f).endsWith('.html')) n++;
  return n;
}

// ---- driver ----------------------------------------------------------------------------------

const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

/** The corpus as a git work tree with one commit (the project reads last-updated dates from git). */
function commitCorpus(dir) {
  const git = (...a) =>
    spawnSync('git', a, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2024-05-01T12:00:00+08:00', GIT_COMMITTER_DATE: '2024-05-01T12:00:00+08:00' },
    });
  if (git('init', '-q').status !== 0) return false;
  git('add', '-A');
  return git('commit', '-q', '--no-gpg-sign', '-m', 'corpus').status === 0;
}

const base = path.join(tmpdir(), `k8smap-build-bench-${process.pid}`);
mkdirSync(base, { recursive: true });
console.log(
  `Full build: the project vs a bare Astro + Pagefind site (bench/bare-site) on the same notes, ` +
    `alternating ${BEFORE ? 'A0 A B' : 'A B'} × ${RUNS}, ${WARM ? 'warm caches (each filled by one untimed build first)' : 'cold caches'}.${PROJECT !== ROOT ? ` Project built from ${PROJECT}.` : ''}` +
    `${BEFORE ? ` A0 ("before") built from ${BEFORE}.` : ''}\n` +
    `machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start` +
    `${TIME_BIN ? '' : ' (no /usr/bin/time: CPU time not reported)'}${HAS_PROC ? '' : ' (no /proc: peak memory is not sampled)'}\n`,
);
const rows = [];
let maxLoad = loadavg()[0];
try {
  for (const n of SIZES) {
    const work = path.join(base, String(n));
    const contentDir = path.join(work, 'content');
    const info = generateCorpus(contentDir, n);
    const committed = commitCorpus(contentDir);
    console.log(`${n} notes (${info.concepts} concept notes, ${info.notes} free-form notes, map.md)${committed ? ', committed to git' : ', not a git work tree (git failed)'}`);
    const runs = { before: [], project: [], bare: [] };
    if (WARM) for (const site of BEFORE ? ['before', 'project', 'bare'] : ['project', 'bare']) await build(site, contentDir, work);
    for (let i = 0; i < RUNS; i++) {
      for (const site of BEFORE ? ['before', 'project', 'bare'] : ['project', 'bare']) {
        const r = await build(site, contentDir, work);
        runs[site].push(r);
        maxLoad = Math.max(maxLoad, loadavg()[0]);
        console.log(
          `  run ${i + 1} ${site.padEnd(7)} ${sec(r.wallMs).padStart(8)} wall` +
            `${r.cpuMs !== undefined ? ` ${sec(r.cpuMs).padStart(8)} CPU` : ''}${r.pagefindCpuMs !== undefined ? ` (Pagefind ${sec(r.pagefindCpuMs)})` : HAS_PROC ? ' (Pagefind not seen: its CPU is missing)' : ''}  peak ${mb(r.peakKb)}` +
            `${r.maxProcKb ? ` (largest process ${mb(r.maxProcKb)})` : ''}  ${r.pages} pages  ${mb(r.totalBytes / 1024)} output` +
            `${r.conceptPages ? `, concept pages ${(r.conceptBytes / r.conceptPages / 1024).toFixed(1)} KB on average` : ''}  load ${loadavg()[0].toFixed(1)}`,
        );
      }
    }
    for (const site of BEFORE ? ['before', 'project'] : ['project']) {
      const a = runs[site];
      const ratio = (key) => median(a.map((r, i) => r[key] / runs.bare[i][key]));
      rows.push({
        n,
        site: site === 'before' ? 'before' : BEFORE ? 'after' : 'project',
        pw: median(a.map((r) => r.wallMs)),
        bw: median(runs.bare.map((r) => r.wallMs)),
        rw: ratio('wallMs'),
        rc: a[0].cpuMs !== undefined ? ratio('cpuMs') : undefined,
        pc: a[0].cpuMs !== undefined ? median(a.map((r) => r.cpuMs)) : undefined,
        bc: a[0].cpuMs !== undefined ? median(runs.bare.map((r) => r.cpuMs)) : undefined,
        pm: median(a.map((r) => r.peakKb)),
        bm: median(runs.bare.map((r) => r.peakKb)),
        rm: ratio('peakKb'),
        pages: `${a[0].pages} / ${runs.bare[0].pages}`,
        out: `${mb(a[0].totalBytes / 1024)} / ${mb(runs.bare[0].totalBytes / 1024)}`,
        concept: a[0].conceptPages ? `${(a[0].conceptBytes / a[0].conceptPages / 1024).toFixed(1)} KB` : '—',
      });
    }
  }
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${base}`);
  else rmSync(base, { recursive: true, force: true });
}

console.log('\nnotes  | build   | wall (median) | bare wall | wall ratio | CPU (median) | bare CPU | CPU ratio | peak memory / bare | memory ratio | pages / bare | output / bare | concept page (avg)');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(6)} | ${r.site.padEnd(7)} | ${sec(r.pw).padStart(13)} | ${sec(r.bw).padStart(9)} | ${`${r.rw.toFixed(2)}×`.padStart(10)} | ` +
      `${(r.pc !== undefined ? sec(r.pc) : '—').padStart(12)} | ${(r.bc !== undefined ? sec(r.bc) : '—').padStart(8)} | ${(r.rc !== undefined ? `${r.rc.toFixed(2)}×` : '—').padStart(9)} | ` +
      `${`${mb(r.pm)} / ${mb(r.bm)}`.padStart(18)} | ${`${r.rm.toFixed(2)}×`.padStart(12)} | ${r.pages.padStart(12)} | ${r.out.padStart(13)} | ${r.concept}`,
  );
}
if (maxLoad > cpus().length) {
  console.log(
    `\nThe load average reached ${maxLoad.toFixed(1)} on ${cpus().length} cores: both builds mostly waited for a CPU, which ` +
      `pulls the wall ratio towards 1. The CPU ratio is the one to read; the targets below are checked on wall time.`,
  );
}
for (const r of rows) {
  const mem = r.n >= 10_000 ? `; memory ≤ 1.3×: ${r.rm <= 1.3 ? 'met' : 'NOT met'}` : '';
  console.log(`target at ${r.n} (${r.site}): build ≤ 1.5× the baseline: ${r.rw <= 1.5 ? 'met' : 'NOT met'} (wall ${r.rw.toFixed(2)}×${r.rc !== undefined ? `, CPU ${r.rc.toFixed(2)}×` : ''})${mem}`);
}
