/**
 * Worker thread for parse-files.ts: parses batches of files with `parseBytes` (and reads the
 * free-form notes for the miner when told to), taking batches from a counter shared with the
 * main thread and the other workers. The syntax trees
 * travel as JSON text (see `packForMainThread`): the main thread's JSON.parse of a tree costs
 * about a third of structured clone's deserialisation, and that is on the critical path.
 * With the disk cache on (disk-cache.ts) the worker stores the complete results of each batch
 * itself, as one pack file, in the form it sends, and tells the main thread each result's entry
 * name and whether it was stored.
 */
import { parentPort } from 'node:worker_threads';
import { completeResult, packForMainThread, parseBytes, readNote, type PackedFile, type ParseJob } from './parse-file.ts';
import type { DefinerConfig } from './miner/definer.ts';
import { cacheKey, encodeEntry, writePack, type PackEntry } from './disk-cache.ts';
import type { WorkerMessage } from './parse-files.ts';

interface Work {
  root: string;
  /** All the batches of the load; this worker does batch `first`, then takes the next from the counter `next` (shared with the other threads) until none is left. */
  batches: ParseJob[][];
  first: number;
  next: Int32Array;
  /** Also read the free-form notes for the miner, with this definer configuration (note-reading.ts). */
  definer?: DefinerConfig;
  /** The disk cache's folder for this load (`ParseCache.dir`). */
  cache?: string;
}

parentPort!.once('message', (work: Work) => {
  let canWrite = work.cache !== undefined;
  const run = (id: number) => {
    try {
      const results: PackedFile[] = [];
      const keys: (string | null)[] = [];
      const stored: boolean[] = [];
      const pack: (PackEntry & { at: number })[] = [];
      for (const job of work.batches[id]!) {
        const bytes = readNote(work.root, job.file);
        const p = parseBytes(job, bytes, work.definer, work.root);
        const packed = packForMainThread(p);
        results.push(packed);
        const key = work.cache !== undefined && bytes instanceof Uint8Array ? cacheKey(job, bytes, work.root) : null;
        keys.push(key);
        if (key && canWrite && completeResult(p)) pack.push({ key, parts: encodeEntry(key, packed), at: stored.length });
        stored.push(false);
      }
      if (pack.length > 0) {
        try {
          writePack(work.cache!, pack);
          for (const e of pack) stored[e.at] = true;
        } catch {
          // the main thread tries again (and warns)
          canWrite = false;
        }
      }
      parentPort!.postMessage({ id, results, ...(work.cache !== undefined ? { keys, stored } : {}) } satisfies WorkerMessage);
    } catch (err) {
      parentPort!.postMessage({ id, error: String((err as Error).stack ?? err) } satisfies WorkerMessage);
    }
  };
  if (work.first < work.batches.length) run(work.first);
  for (let id = Atomics.add(work.next, 0, 1); id < work.batches.length; id = Atomics.add(work.next, 0, 1)) run(id);
  parentPort!.postMessage({ done: true } satisfies WorkerMessage);
});
