/**
 * The command line the shape counters share (bench/field-shapes.mjs, bench/prose-shapes31.mjs, bench/question-shapes32.mjs): the sets to read
 * (given, or all dev sets), `--misses FILE` (node bench/miner-misses.mjs --json FILE over the same sets: which labels
 * the miner missed) and `--lines SHAPE` (print that shape's lines).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devSets, normKey } from './miner-score.mjs';

/** A miss's key: set, chapter and normalised name. */
export const missKey = (set, chapter, name) => `${set}\t${chapter}\t${normKey(name)}`;

export function missesArgs(argv = process.argv.slice(2)) {
  const at = (flag) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const missesFile = at('--misses');
  const linesOf = at('--lines');
  const given = argv.filter((a, i) => !a.startsWith('--') && !['--misses', '--lines'].includes(argv[i - 1]));
  const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
  if (!missesFile) {
    console.error('--misses FILE (node bench/miner-misses.mjs --json FILE over the same sets) is needed');
    process.exit(2);
  }
  const missList = JSON.parse(readFileSync(missesFile, 'utf8'));
  const missed = new Set(missList.map((m) => missKey(m.set, m.chapter, m.name)));
  return { linesOf, dirs, missList, missed };
}
