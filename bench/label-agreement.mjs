#!/usr/bin/env node
/**
 * Agreement between two labellers of the same chapters (`node bench/label-agreement.mjs <A> <B>`):
 * how far the miner's target (P and R ≥ 0.9 against one labeller) is from what two careful
 * people agree on.
 *
 * A and B are corpus folders in the label format of bench/lib/miner-score.mjs (`x.labels.yaml`
 * naming chapter `x.md`); chapters are paired by their `chapter:` file name. B's labels are
 * scored as if a miner had produced them (name → title, also → aliases, kind, owner,
 * fieldPath), against A's labels, with the scorer the miner bench uses (same name matching,
 * same one-concept-per-label rule). So "P" is the share of B's labels A also has, "R" the share
 * of A's labels B also has; swapping A and B swaps them. The numbers are directly comparable
 * with the miner's P / R on A's labels: a miner that agrees with A as well as B does scores the
 * same.
 */
import path from 'node:path';
import { readCorpus, scoreChapter, totals } from './lib/miner-score.mjs';

const [a, b] = process.argv.slice(2).map((d) => path.resolve(d));
if (!a || !b) {
  console.error('usage: node bench/label-agreement.mjs <labels A folder> <labels B folder>');
  process.exit(2);
}

const list = (v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map(String));

/** B's labels as the concept records the scorer reads. */
function asConcepts(labels) {
  return (Array.isArray(labels.concepts) ? labels.concepts : [])
    .filter((l) => l && l.name !== undefined)
    .map((l) => ({
      title: String(l.name),
      aliases: list(l.also),
      kind: l.kind,
      ...(l.owner ? { owner: l.owner } : {}),
      ...(l.fieldPath ? { fieldPath: l.fieldPath } : {}),
    }));
}

const byChapter = new Map(readCorpus(b).map((c) => [c.chapter, c]));
const scores = [];
const pad = (s, n) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const f2 = (x) => x.toFixed(2);
console.log(`${pad('chapter', 44)} ${pad('A', 4)} ${pad('B', 4)} |  P     R   | typed P  typed R`);
for (const ca of readCorpus(a)) {
  const cb = byChapter.get(ca.chapter);
  if (!cb) {
    console.log(`${pad(ca.chapter, 44)} (no labels in B)`);
    continue;
  }
  byChapter.delete(ca.chapter);
  const s = scoreChapter(asConcepts(cb.labels), ca.labels);
  scores.push(s);
  const t = totals([s]);
  console.log(`${pad(ca.chapter, 44)} ${pad(String(t.labels), 4)} ${pad(String(t.mined), 4)} | ${f2(t.precision)}  ${f2(t.recall)} |  ${f2(t.typedPrecision)}    ${f2(t.typedRecall)}`);
}
for (const chapter of byChapter.keys()) console.log(`${pad(chapter, 44)} (no labels in A)`);
const t = totals(scores);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
console.log(`${pad('overall', 44)} ${pad(String(t.labels), 4)} ${pad(String(t.mined), 4)} | ${f2(t.precision)}  ${f2(t.recall)} |  ${f2(t.typedPrecision)}    ${f2(t.typedRecall)}`);
console.log(`F1 (entity) ${f2(f1(t.precision, t.recall))}, typed ${f2(f1(t.typedPrecision, t.typedRecall))}`);
