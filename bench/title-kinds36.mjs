#!/usr/bin/env node
/**
 * rules36: the rule `title-joined-kind` (src/graph/miner/title-kinds.ts joinedTitleKinds) counted over the development
 * sets before it was built (docs/miner.md "rules36"):
 *
 *   node bench/title-kinds36.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). For the chapter's title
 * (its first heading of level 1 or 2, as bench/title-kinds35.mjs reads it), every later kind joinedTitleKinds gives:
 * labels found / missed / no label's (bench/lib/shape-tally.mjs), split by whether the chapter's text names the kind
 * again outside the title (`+again`) or not (`+once`). The reader is the rule's own function, not a copy. Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledChapters, labelNamed, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { joinedTitleKinds } = await import(path.join(ROOT, 'src/graph/miner/title-kinds.ts'));
const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^#{1,2}\s/.test(l));
  if (at < 0) continue;
  const title = lines[at].replace(/^#+\s*/, '');
  const rest = lines.slice(at + 1).join('\n');
  const seen = new Set();
  for (const { kind } of joinedTitleKinds(title)) {
    const label = labelNamed(labels, kind);
    const outcome = tally.outcome(set, c.chapter, label);
    const again = new RegExp(`(?<![A-Za-z])${kind}(?![A-Za-z])`).test(rest) ? '+again' : '+once';
    for (const shape of ['title-joined-kind', `title-joined-kind${again}`]) {
      if (tally.add(seen, shape, set, c.chapter, kind, label, outcome) && shape === linesOf) console.log(`${outcome}\t${set}/${c.chapter}:${at + 1}\t${kind}\t${title}`);
    }
  }
}
tally.print();
