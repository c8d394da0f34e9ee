/**
 * What a build's main thread allocates, by function and by build stage (collected objects included:
 * what the collector has to go through, not what stays).
 *
 * As a preload of `astro build` (V8's sampling heap profiler through the inspector, started before
 * Astro and stopped when the process ends):
 *
 *   ALLOC_PROFILE=/tmp/b.heapprofile K8SMAP_CONTENT_DIR=/tmp/c1k \
 *     node --import ./bench/lib/alloc-profile.mjs node_modules/astro/bin/astro.mjs build
 *
 * and to read one (any .heapprofile, also Chrome DevTools'):
 *
 *   node bench/lib/alloc-profile.mjs --report /tmp/b.heapprofile [--top 40]
 *
 * The report gives the total, the share under the build's stages (the engine's `runStages`, the
 * views, Astro's page rendering: a frame of an earlier stage in the list wins over the stage its
 * callers are in), the self allocation of the top functions and their inclusive allocation (a
 * function counted once per stack).
 * ALLOC_INTERVAL (bytes, default 32768) is the sampling interval.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args[0] === '--report') report(args[1], Number(args[args.indexOf('--top') + 1]) || 40);
else if (process.env.ALLOC_PROFILE) await start(process.env.ALLOC_PROFILE);

async function start(out) {
  const { Session } = await import('node:inspector');
  const s = new Session();
  s.connect();
  const post = (m, p) => new Promise((res, rej) => s.post(m, p, (e, r) => (e ? rej(e) : res(r))));
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', {
    samplingInterval: Number(process.env.ALLOC_INTERVAL) || 32768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  let done = false;
  // (the inspector answers synchronously on the main thread, so this works inside process.exit too)
  const stop = () => {
    if (done) return;
    done = true;
    s.post('HeapProfiler.stopSampling', (e, r) => {
      if (!e) writeFileSync(out, JSON.stringify(r.profile));
    });
  };
  process.on('beforeExit', stop);
  const exit = process.exit;
  process.exit = function (code) {
    stop();
    return exit.call(process, code);
  };
}

function report(file, top) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/').replace(/^file:\/\/.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const STAGES = [
    ['engine: loadGraph', (n) => n.callFrame.functionName === 'runStages'],
    ['views: local graph', (n) => /^(localGraphSteps|buildLocalGraph)$/.test(n.callFrame.functionName)],
    ['views: search index', (n) => /^(buildSearchIndexJson|createSearchIndex)$/.test(n.callFrame.functionName)],
    ['views: other', (n) => /\/src\/views\//.test(n.callFrame.url)],
    ['Astro page generation', (n) => /^(generatePathWithPrerenderer|renderPath|renderPage|generatePages)$/.test(n.callFrame.functionName) || /\/\.prerender\//.test(n.callFrame.url)],
  ];
  const self = new Map();
  const incl = new Map();
  const byStage = new Map();
  let total = 0;
  const walk = (n, onStack, stage) => {
    const k = name(n);
    // (a stage earlier in STAGES wins over one a caller is in: the views inside Astro's rendering)
    const mine = STAGES.findIndex(([, f]) => f(n));
    const st = mine >= 0 && (stage === undefined || mine < stage) ? mine : stage;
    total += n.selfSize;
    self.set(k, (self.get(k) ?? 0) + n.selfSize);
    const label = st === undefined ? 'other' : STAGES[st][0];
    byStage.set(label, (byStage.get(label) ?? 0) + n.selfSize);
    const first = !onStack.has(k);
    if (first) onStack.add(k);
    let sub = n.selfSize;
    for (const c of n.children) sub += walk(c, onStack, st);
    if (first) {
      onStack.delete(k);
      incl.set(k, (incl.get(k) ?? 0) + sub);
    }
    return sub;
  };
  walk(prof.head, new Set(), undefined);
  const mb = (b) => (b / 1e6).toFixed(1).padStart(8);
  const pct = (b) => `${((100 * b) / total).toFixed(1).padStart(5)}%`;
  console.log(`allocated (sampled): ${(total / 1e6).toFixed(0)} MB`);
  console.log('\nby stage');
  for (const [k, v] of [...byStage].sort((a, b) => b[1] - a[1])) console.log(`${mb(v)} MB ${pct(v)}  ${k}`);
  console.log('\nself, by function');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(v)} MB ${pct(v)}  ${k}`);
  console.log('\ninclusive, by function');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(v)} MB ${pct(v)}  ${k}`);
}
