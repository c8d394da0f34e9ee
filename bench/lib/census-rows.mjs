/**
 * The table rows bench/table-census.mjs writes (`node bench/table-census.mjs --outcomes OUT.jsonl [dir …] >
 * rows.jsonl`), read by the scripts that count a kind of row (bench/reason-rows33.mjs, bench/command-rows34.mjs):
 * the command line (`rows.jsonl [--lines]`, a usage line and exit 2 without the file) and the rows.
 */
import { readFileSync } from 'node:fs';

/** A cell that explains in words: two Chinese characters or more (as src/graph/miner/definitions.ts EXPLAINING_CELL). */
export const EXPLAINING_CELL = /[\u4e00-\u9fff]{2,}/u;

/**
 * The census's table rows and whether `--lines` was asked; `script` names the caller in the usage line. `at` the
 * sorts of row to keep: first cells (`row`, the default), the other cells (`cell`, table-census `--cells`), headers.
 */
export function censusRows(script, argv = process.argv.slice(2), at = ['row']) {
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error(`usage: node bench/${script} rows.jsonl [--lines] (rows: bench/table-census.mjs --outcomes)`);
    process.exit(2);
  }
  const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => at.includes(r.at));
  return { rows, lines: argv.includes('--lines') };
}

/**
 * What rows of a shape are: labels found, labels missed, no label's (mined as a false positive or duplicate /
 * not mined), and how many sets and chapters they come from.
 */
export function rowTally(hit) {
  const found = hit.filter((r) => r.label && r.found).length;
  const missed = hit.filter((r) => r.label && !r.found).length;
  const bad = hit.filter((r) => !r.label && r.mined).length;
  const none = hit.filter((r) => !r.label && !r.mined).length;
  return { found, missed, bad, none, sets: new Set(hit.map((r) => r.set)).size, chapters: new Set(hit.map((r) => `${r.set}/${r.chapter}`)).size };
}
