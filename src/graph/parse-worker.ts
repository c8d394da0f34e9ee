/**
 * Worker thread for parse-files.ts: parses batches of files with `parseFile` (and reads the
 * free-form notes for the miner when the batch says so). The syntax trees
 * travel as JSON text (see `packForMainThread`): the main thread's JSON.parse of a tree costs
 * about a third of structured clone's deserialisation, and that is on the critical path.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile, packForMainThread, type ParseJob } from './parse-file.ts';
import type { DefinerConfig } from './miner/definer.ts';

interface Batch {
  id: number;
  root: string;
  jobs: ParseJob[];
  /** Also read the free-form notes for the miner, with this definer configuration (note-reading.ts). */
  definer?: DefinerConfig;
}

parentPort!.on('message', (batch: Batch) => {
  try {
    parentPort!.postMessage({ id: batch.id, results: batch.jobs.map((j) => packForMainThread(parseFile(batch.root, j, batch.definer))) });
  } catch (err) {
    parentPort!.postMessage({ id: batch.id, error: String((err as Error).stack ?? err) });
  }
});
