/**
 * The `--outcomes` file the counting scripts read (bench/table-census.mjs, bench/enum-values34.mjs):
 * `node bench/miner.bench.mjs … --outcomes OUT.jsonl` writes one line per mined concept with its set, chapter,
 * title and outcome. `outcomesArgs` reads the shared command line (the sets given, or all dev sets, and
 * `--outcomes FILE`); `readOutcomes` indexes the file by `set/chapter`: the titles found (right concepts) and the
 * bad ones (false positives and duplicates), as normalised keys; `wrong` again holds the found ones typed wrong.
 * `outcomeRecords` gives the records themselves by `set/chapter` (bench/eqdef44-items.mjs, bench/fieldeq45.mjs: which
 * line's rule found a label, from each record's `why`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devSets, normKey } from './miner-score.mjs';

/** The sets to read and the outcomes file, from the command line; other flags are the script's own. */
export function outcomesArgs(argv = process.argv.slice(2)) {
  const outAt = argv.indexOf('--outcomes');
  const outcomesFile = outAt >= 0 ? argv[outAt + 1] : undefined;
  const given = argv.filter((a, i) => !a.startsWith('-') && !(outAt >= 0 && i === outAt + 1));
  const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
  return { outcomesFile, dirs };
}

/**
 * `set/chapter` → the keys of the titles found and of the bad ones. `keysOf` gives the keys a title answers to
 * (by default its normalised form). No file: an empty index.
 */
export function readOutcomes(file, keysOf = (title) => [normKey(title)]) {
  const outcomes = new Map();
  if (!file) return outcomes;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    const k = `${o.set}/${o.chapter}`;
    if (!outcomes.has(k)) outcomes.set(k, { found: new Set(), bad: new Set(), wrong: new Set() });
    const into = o.outcome === 'fp' || o.outcome === 'dup' ? outcomes.get(k).bad : outcomes.get(k).found;
    for (const key of keysOf(o.title)) {
      into.add(key);
      // (a label found with the wrong kind, `term` for a state: values37)
      if (o.outcome === 'wrong-type') outcomes.get(k).wrong.add(key);
    }
  }
  return outcomes;
}

/** `set/chapter` → the file's records for that chapter, as written (title, kind, why, outcome). */
export function outcomeRecords(file) {
  const out = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    const k = `${o.set}/${o.chapter}`;
    out.set(k, [...(out.get(k) ?? []), o]);
  }
  return out;
}
