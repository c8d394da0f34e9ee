/** Worker thread for parse-files.ts: parses batches of files with `parseFile`. */
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseJob } from './parse-file.ts';

interface Batch {
  id: number;
  root: string;
  jobs: ParseJob[];
}

parentPort!.on('message', (batch: Batch) => {
  try {
    parentPort!.postMessage({ id: batch.id, results: batch.jobs.map((j) => parseFile(batch.root, j)) });
  } catch (err) {
    parentPort!.postMessage({ id: batch.id, error: String((err as Error).stack ?? err) });
  }
});
