/**
 * Stage 1 for a whole folder: `parseFile` on every note, in worker threads for large folders
 * (parsing is most of the cost of loadGraph and each file is independent). The main thread
 * parses batches too. Results come back in input order, so the graph does not depend on how
 * the work was split. Falls back to a single thread when workers cannot start.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { parseFile, type ParseJob, type ParsedFile } from './parse-file.ts';

export interface ParseOptions {
  /** Worker threads: a number, or true/false; default: automatic (several only for ≥ 1,500 notes). */
  workers?: number | boolean;
  /** Called at the end with how the work was split (for tests and benchmarks). */
  report?: (split: { workers: number; batchesInWorkers: number; batchesInMain: number }) => void;
}

const AUTO_THRESHOLD = 1500;
const BATCH = 100;

function workerCount(n: number, opt: ParseOptions['workers']): number {
  const env = process.env.K8SMAP_GRAPH_WORKERS;
  if (env !== undefined && env !== '' && opt === undefined) opt = Number(env);
  if (opt === false || opt === 0) return 0;
  const cores = Math.max(1, availableParallelism());
  if (typeof opt === 'number' && Number.isFinite(opt)) return Math.max(0, Math.min(Math.floor(opt), 8));
  if (opt === true) return Math.max(1, Math.min(cores - 1, 3));
  return n >= AUTO_THRESHOLD && cores > 1 ? Math.min(cores - 1, 3) : 0;
}

export async function parseFiles(root: string, jobs: ParseJob[], opts: ParseOptions = {}): Promise<ParsedFile[]> {
  const nWorkers = workerCount(jobs.length, opts.workers);
  if (nWorkers === 0) {
    opts.report?.({ workers: 0, batchesInWorkers: 0, batchesInMain: jobs.length > 0 ? 1 : 0 });
    return jobs.map((j) => parseFile(root, j));
  }
  let inWorkers = 0;
  let inMain = 0;

  const results: (ParsedFile | undefined)[] = new Array(jobs.length);
  const batches: { id: number; start: number; jobs: ParseJob[] }[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push({ id: batches.length, start: i, jobs: jobs.slice(i, i + BATCH) });
  let next = 0;
  const take = () => (next < batches.length ? batches[next++] : undefined);
  const store = (b: { start: number }, rs: ParsedFile[]) => rs.forEach((r, k) => (results[b.start + k] = r));

  const workers: Worker[] = [];
  const running: Promise<void>[] = [];
  for (let w = 0; w < nWorkers; w++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url));
    } catch {
      break;
    }
    workers.push(worker);
    running.push(
      new Promise<void>((resolve) => {
        let current: (typeof batches)[number] | undefined;
        const send = () => {
          current = take();
          if (current) worker.postMessage({ id: current.id, root, jobs: current.jobs });
          else resolve();
        };
        worker.on('message', (msg: { id: number; results?: ParsedFile[]; error?: string }) => {
          if (current && msg.results) {
            store(current, msg.results);
            inWorkers++;
          } else if (current) {
            store(current, current.jobs.map((j) => parseFile(root, j)));
            inMain++;
          }
          send();
        });
        // A worker that cannot run (e.g. no type stripping in this environment): its batch is
        // parsed on the main thread below and it takes no more work.
        worker.on('error', () => {
          if (current) {
            store(current, current.jobs.map((j) => parseFile(root, j)));
            inMain++;
            current = undefined;
          }
          resolve();
        });
        send();
      }),
    );
  }
  // The main thread works through the queue too, yielding so worker results are received.
  for (let b = take(); b; b = take()) {
    store(b, b.jobs.map((j) => parseFile(root, j)));
    inMain++;
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(running);
  await Promise.all(workers.map((w) => w.terminate()));
  opts.report?.({ workers: workers.length, batchesInWorkers: inWorkers, batchesInMain: inMain });
  // Anything left (a worker died mid-batch without an error event) is parsed here.
  return results.map((r, i) => r ?? parseFile(root, jobs[i]!));
}
