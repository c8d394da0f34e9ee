#!/usr/bin/env node
/**
 * Recall by writing style, and the shapes those styles put names in, counted against the labels
 * (docs/miner.md, "steps27"): `node bench/style-shapes.mjs MISSES.json [OUTCOMES.jsonl] [--lines SHAPE-PREFIX]`.
 * MISSES.json: `node bench/miner-misses.mjs --json F` (the shipped miner's misses, each chapter alone);
 * OUTCOMES.jsonl: `node bench/miner.bench.mjs --outcomes F` (its false positives and duplicates, to
 * count the unlabelled names it already mines). Reads every development set (dev*).
 *
 * Prints (1) per style (bench/lib/style-shapes.mjs chapterStyles: diary, outline, steps, none),
 * chapters, labels and recall, with the misses' shapes and buckets; (2) per shape, found / missed /
 * other (+ other the miner already mines), once per chapter and name, and the number of sets.
 * `--lines PREFIX` lists the instances of the shapes starting with PREFIX (never dev39–dev44's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, normKey, readCorpus } from './lib/miner-score.mjs';
import { OUT_OF_SAMPLE } from './lib/miner-rules.mjs';
import { chapterStyles, styleShapes, tallyShapes } from './lib/style-shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const linesAt = args.indexOf('--lines');
const prefix = linesAt >= 0 ? args[linesAt + 1] : undefined;
const [missesFile, outcomesFile] = args.filter((a, i) => !a.startsWith('--') && (linesAt < 0 || i !== linesAt + 1));
if (!missesFile) {
  console.error('usage: node bench/style-shapes.mjs MISSES.json [OUTCOMES.jsonl] [--lines SHAPE-PREFIX]');
  process.exit(2);
}
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const misses = JSON.parse(readFileSync(missesFile, 'utf8'));
const outcomes = outcomesFile ? readFileSync(outcomesFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const key = (set, chapter, name) => `${set}\u0000${chapter}\u0000${normKey(name)}`;
const missed = new Set(misses.map((m) => key(m.set, m.chapter, m.name)));
const mined = new Set(outcomes.filter((o) => o.outcome === 'fp' || o.outcome === 'dup').map((o) => key(o.set, o.chapter, o.title)));

const styles = new Map();
const tally = new Map();
for (const dir of devSets()) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    const text = readFileSync(c.file, 'utf8');
    const labels = c.labels.concepts ?? [];
    const st = chapterStyles(text, c.chapter);
    const ms = misses.filter((m) => m.set === set && m.chapter === c.chapter);
    for (const s of [...(st.length ? st : ['none']), 'all']) {
      const r = styles.get(s) ?? { chapters: 0, labels: 0, missed: 0, shapes: {}, buckets: {} };
      r.chapters++;
      r.labels += labels.length;
      r.missed += ms.length;
      for (const m of ms) {
        r.shapes[m.shape] = (r.shapes[m.shape] ?? 0) + 1;
        if (m.bucket) r.buckets[m.bucket] = (r.buckets[m.bucket] ?? 0) + 1;
      }
      styles.set(s, r);
    }
    tallyShapes(tally, styleShapes(text, vocab), {
      labels,
      normKey,
      set,
      chapter: c.chapter,
      isMissed: (n) => missed.has(key(set, c.chapter, n)),
      isMined: (n) => mined.has(key(set, c.chapter, n)),
    });
  }
}
const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ');
console.log('style\tchapters\tlabels\tfound\trecall\tmisses by shape (top)\tby bucket (top)');
for (const [s, r] of styles) console.log(`${s}\t${r.chapters}\t${r.labels}\t${r.labels - r.missed}\t${((r.labels - r.missed) / r.labels).toFixed(3)}\t${top(r.shapes)}\t${top(r.buckets)}`);
console.log('\nshape\tfound / missed / other (+mined)\tsets');
for (const [s, t] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${s}\t${t.found} / ${t.missed} / ${t.other} (+${t.mined})\t${t.sets.size}`);
if (prefix) {
  for (const [s, t] of tally) {
    if (!s.startsWith(prefix)) continue;
    for (const l of t.lines) if (!OUT_OF_SAMPLE.has(l.set)) console.log(`${s}\t${l.what}\t${l.set}\t${l.name}\t${l.chapter}\t${l.line.slice(0, 120)}`);
  }
}
