/**
 * One `astro dev` rebuild, in process: the engine with its dev caches on (`keepParsedFiles`), a
 * first load of a notes folder, then ROUNDS edits of one note (a sentence appended, as
 * bench/dev.bench.mjs does), each followed by a load: wall and CPU time of the rebuild, the CPU
 * time of its largest stages (the process's, GC threads included), and how many renderings (concept bodies, note pages, excerpts) were made afresh and
 * how many reused (stages/render.ts), and the same for the miner's candidates (stages/mine-memo.ts). With `--prof <file.cpuprofile>` the last rebuild is also
 * CPU-profiled (summarise it with bench/lib/profile-summary.mjs); with `--prof-dir <folder>` every
 * rebuild is, one file each (the summary adds them up). `--note <path>` picks the note (relative to the folder;
 * default the concept note the dev bench edits). The folder's files are changed: use a copy.
 *
 * `--heap <file.heapprofile>`: a sampling heap profile of all the rebuilds (what they allocate, by
 * allocation site, garbage included).
 *
 *   node bench/lib/dev-rebuild.ts <notes folder> [--note notes/x.md] [--prof /tmp/rebuild.cpuprofile | --prof-dir /tmp/rebuilds] [--heap /tmp/r.heapprofile]
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadGraph } from '../../src/graph/index.ts';
import { keepParsedFiles } from '../../src/graph/parse-files.ts';
import { renderCounts } from '../../src/graph/stages/render.ts';
// (counted from round 12 on; absent in an older checkout, where this script may be copied for A/B runs)
const resolveCounts: { fresh: number; kept: number } = ((await import('../../src/graph/stages/mine-memo.ts').catch(() => undefined)) as { resolveCounts?: { fresh: number; kept: number } } | undefined)?.resolveCounts ?? { fresh: 0, kept: 0 };

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = path.resolve(args[0]!);
const note = path.join(dir, opt('--note') ?? 'concepts/c1-lifecycle-node-finalizer.md');
const prof = opt('--prof');
const profDir = opt('--prof-dir');
const heap = opt('--heap');
const rounds = Number(process.env.ROUNDS ?? 5);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

keepParsedFiles(true);
// Garbage collection during each load (main-thread pauses, from V8's GC events).
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });
async function load(label: string, session?: Session, profFile?: string): Promise<void> {
  const stages: [string, number, number][] = [];
  renderCounts.fresh = 0;
  renderCounts.kept = 0;
  resolveCounts.fresh = 0;
  resolveCounts.kept = 0;
  gcMs = 0;
  gcCount = 0;
  const t0 = performance.now();
  const c0 = cpu();
  if (session) await session.post('Profiler.start');
  let last = cpu();
  await loadGraph(dir, {
    onStage: (s, ms) => {
      const now = cpu();
      stages.push([s, ms, now - last]);
      last = now;
    },
  });
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profFile!, JSON.stringify(profile));
  }
  const wall = performance.now() - t0;
  await new Promise((r) => setImmediate(r)); // let the GC observer report
  const top = [...stages].sort((a, b) => b[2] - a[2]).slice(0, 8);
  console.log(
    `${label}: ${wall.toFixed(0)} ms wall, ${(cpu() - c0).toFixed(0)} ms CPU | CPU by stage: ${top.map(([s, , c]) => `${s} ${c.toFixed(0)}`).join(', ')}` +
      ` | GC ${gcMs.toFixed(0)} ms in ${gcCount} pauses | rendered ${renderCounts.fresh}, reused ${renderCounts.kept}; candidates resolved ${resolveCounts.fresh}, reused ${resolveCounts.kept}`,
  );
}

await load('first load');
if (heap) {
  // What the rebuilds allocate, by allocation site (collected objects included): a sampling heap
  // profile over every rebuild, for Chrome DevTools' Memory tab (.heapprofile).
  const hs = new Session();
  hs.connect();
  await hs.post('HeapProfiler.enable');
  await hs.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  process.once('beforeExit', () => {
    void hs.post('HeapProfiler.stopSampling').then(({ profile }) => {
      writeFileSync(heap, JSON.stringify(profile));
      hs.disconnect();
    });
  });
}
let session: Session | undefined;
if (profDir) mkdirSync(profDir, { recursive: true });
for (let i = 0; i < rounds; i++) {
  appendFileSync(note, `\n\n开发循环标记${i}x${Date.now().toString(36)}。\n`);
  const profFile = prof && i === rounds - 1 ? prof : profDir ? path.join(profDir, `rebuild-${i + 1}.cpuprofile`) : undefined;
  if (profFile && !session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  await load(`rebuild ${i + 1}`, profFile ? session : undefined, profFile);
}
session?.disconnect();
