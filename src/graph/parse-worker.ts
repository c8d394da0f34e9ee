/**
 * Worker thread for parse-files.ts: parses batches of files with `parseFile` (and reads the
 * free-form notes for the miner when told to), taking batches from a counter shared with the
 * main thread and the other workers. The syntax trees
 * travel as JSON text (see `packForMainThread`): the main thread's JSON.parse of a tree costs
 * about a third of structured clone's deserialisation, and that is on the critical path.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile, packForMainThread, type ParseJob } from './parse-file.ts';
import type { DefinerConfig } from './miner/definer.ts';

interface Work {
  root: string;
  /** All the batches of the load; this worker does batch `first`, then takes the next from the counter `next` (shared with the other threads) until none is left. */
  batches: ParseJob[][];
  first: number;
  next: Int32Array;
  /** Also read the free-form notes for the miner, with this definer configuration (note-reading.ts). */
  definer?: DefinerConfig;
}

parentPort!.once('message', (work: Work) => {
  const run = (id: number) => {
    try {
      parentPort!.postMessage({ id, results: work.batches[id]!.map((j) => packForMainThread(parseFile(work.root, j, work.definer))) });
    } catch (err) {
      parentPort!.postMessage({ id, error: String((err as Error).stack ?? err) });
    }
  };
  if (work.first < work.batches.length) run(work.first);
  for (let id = Atomics.add(work.next, 0, 1); id < work.batches.length; id = Atomics.add(work.next, 0, 1)) run(id);
  parentPort!.postMessage({ done: true });
});
