#!/usr/bin/env node
/**
 * rules35: a chapter's title that joins two kinds of the API or more (`# Job / CronJob 错题本`,
 * `# ConfigMap / Secret 怎么注入 Pod`, `# StatefulSet + Headless Service 学习提纲`), counted over every development set
 * (docs/miner.md "rules35"):
 *
 *   node bench/title-kinds35.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). For the first heading of
 * each chapter (level 1 or 2), every kind it names (vocabulary kindNamed on its Latin words and two-word phrases) when
 * it names two or more: labels found / missed / no label's (bench/lib/shape-tally.mjs), split by place — the first kind
 * written, a later one joined to the one before it (`/`, `+`, `、`, 和, 与), a later one elsewhere — and whether the chapter's text names the kind again outside the title (`+again`) or not.
 * rules36: `title-joined-kind` counts what the rule built on this count gives (src/graph/miner/title-kinds.ts
 * joinedTitleKinds, its own reader: kinds found by their canonical name, so `CronJob 与 Job` gives Job).
 * Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledChapters, labelNamed, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { joinedTitleKinds } = await import(path.join(ROOT, 'src/graph/miner/title-kinds.ts'));
const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^#{1,2}\s/.test(l));
  if (at < 0) continue;
  const title = lines[at].replace(/^#+\s*/, '');
  const words = title.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  const kinds = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : undefined;
    if (two && title.includes(two) && kindNamed(two)) { kinds.push(two); i++; continue; }
    if (kindNamed(words[i]) && /^[A-Z]/.test(words[i])) kinds.push(words[i]);
  }
  const distinct = [...new Set(kinds)];
  const rest = lines.slice(at + 1).join('\n');
  const seen = new Set();
  for (const { kind } of joinedTitleKinds(title)) {
    const label = labelNamed(labels, kind);
    const outcome = tally.outcome(set, c.chapter, label);
    if (tally.add(seen, 'title-joined-kind', set, c.chapter, kind, label, outcome) && linesOf === 'title-joined-kind') console.log(`${outcome}\t${set}/${c.chapter}:${at + 1}\t${kind}\t${title}`);
  }
  if (distinct.length < 2) continue;
  distinct.forEach((k, i) => {
    // (a later kind joined to the one before it: `Job / CronJob`, `ConfigMap 与 Secret`, `Service、…`)
    const between = i === 0 ? '' : title.slice(title.indexOf(distinct[i - 1]) + distinct[i - 1].length, title.indexOf(k));
    const place = i === 0 ? 'first' : /^\s*(?:[/+、&,，]|和|与|及|跟)\s*$/u.test(between) ? 'joined' : 'later';
    const label = labelNamed(labels, k);
    const outcome = tally.outcome(set, c.chapter, label);
    const again = new RegExp(`(?<![A-Za-z])${k}(?![A-Za-z])`).test(rest) ? '+again' : '+once';
    for (const shape of ['title-kinds', `title-kinds/${place}`, `title-kinds/${place}${again}`]) {
      if (tally.add(seen, shape, set, c.chapter, k, label, outcome) && shape === linesOf) console.log(`${outcome}\t${set}/${c.chapter}:${at + 1}\t${k}\t${title}`);
    }
  });
}
tally.print();
