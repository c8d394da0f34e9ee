#!/usr/bin/env node
/**
 * perf62: a CPU profile of one `loadGraph` of a checkout, stopped after a time limit (a load that
 * would run for an hour — perf61's take mode at 10,000 notes — profiled for its first minutes).
 * A worker thread drives the main thread's inspector, so the profile is taken while the main
 * thread is busy; at the limit (or the load's end) it is written and the process ends.
 *
 *   node bench/lib/prof-for.mjs <checkout> <notes folder> <out.cpuprofile> <seconds>
 *   (LOAD_CACHE_DIR=<dir> gives the load that disk cache, as bench/lib/load-once.mjs)
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

if (isMainThread) {
  const [root, dir, out, secs] = process.argv.slice(2);
  const worker = new Worker(new URL(import.meta.url), { workerData: { out, ms: Number(secs) * 1000 } });
  const alive = setInterval(() => {}, 1000);
  await new Promise((r) => worker.once('message', r));
  clearInterval(alive);
  const { loadGraph } = await import(pathToFileURL(path.resolve(root, 'src/graph/index.ts')).href);
  const t0 = performance.now();
  await loadGraph(path.resolve(dir), process.env.LOAD_CACHE_DIR ? { cache: path.resolve(process.env.LOAD_CACHE_DIR) } : {});
  console.error(`load done in ${Math.round(performance.now() - t0)} ms`);
  worker.postMessage('stop');
} else {
  setInterval(() => {}, 1000); // (the session's replies are no handle: keep the worker's loop alive)
  const { Session } = await import('node:inspector/promises');
  const s = new Session();
  s.connectToMainThread();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 1000 });
  await s.post('Profiler.start');
  parentPort.postMessage('started');
  const stop = async (why) => {
    const { profile } = await s.post('Profiler.stop');
    writeFileSync(workerData.out, JSON.stringify(profile));
    console.error(`profile written (${why})`);
    process.kill(process.pid, 'SIGKILL');
  };
  const timer = setTimeout(() => stop('time limit'), workerData.ms);
  parentPort.on('message', () => { clearTimeout(timer); stop('load done'); });
}
