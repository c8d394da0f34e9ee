/**
 * Worker thread for parse-files.ts: parses batches of files with `parseFile`. The syntax trees
 * travel as JSON text (see `packForMainThread`): the main thread's JSON.parse of a tree costs
 * about a third of structured clone's deserialisation, and that is on the critical path.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile, packForMainThread, type ParseJob } from './parse-file.ts';

interface Batch {
  id: number;
  root: string;
  jobs: ParseJob[];
}

parentPort!.on('message', (batch: Batch) => {
  try {
    parentPort!.postMessage({ id: batch.id, results: batch.jobs.map((j) => packForMainThread(parseFile(batch.root, j))) });
  } catch (err) {
    parentPort!.postMessage({ id: batch.id, error: String((err as Error).stack ?? err) });
  }
});
