#!/usr/bin/env node
/**
 * rules30: what the learned scorer's evidence gate keeps out, and what one more evidence feature
 * would let in — `node bench/evidence-gate.mjs [feature …] [--and feature] [--weights FILE]`.
 *
 * Collects the candidate rows of every development set (scripts/lib/definer-train.mjs collectRows,
 * each chapter alone), scores them with the shipped weights (or FILE), and counts, among the names
 * no rule proposed that score at or above each threshold but are not explained anywhere by the
 * weights' `evidence` features (definer.ts learnable): new labels (a label no rule candidate of the
 * chapter names) / other spellings of labels a rule names / names of no label. For each feature
 * given, the same counted over the rows where that feature fires (and every `--and` feature too):
 * what the union would add if the feature were evidence. Measuring only; the miner reads nothing
 * here. docs/miner.md "rules30".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_FEATURES, ALL_SETS, ROOT, collectRows, markNewLabels, predict } from '../scripts/lib/definer-train.mjs';

const args = process.argv.slice(2);
const weightsAt = args.indexOf('--weights');
const file = weightsAt >= 0 ? args[weightsAt + 1] : path.join(ROOT, 'src/graph/miner/definer-weights.json');
const also = args.flatMap((a, i) => (args[i - 1] === '--and' ? [a] : []));
const features = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--and' && (weightsAt < 0 || i !== weightsAt + 1));
for (const f of [...features, ...also]) if (!ALL_FEATURES.includes(f)) throw new Error(`no feature ${f}`);
const w = JSON.parse(readFileSync(file, 'utf8'));
const { rows } = await collectRows(ALL_SETS);
markNewLabels(rows);
const p = predict(rows, w.features, w.weights);
const evidence = w.evidence.map((f) => ALL_FEATURES.indexOf(f));
const on = (r, f) => (r.x[ALL_FEATURES.indexOf(f)] ?? 0) !== 0;
const gated = rows.map((r, i) => ({ r, p: p[i] })).filter(({ r }) => !r.ruled && !evidence.some((c) => (r.x[c] ?? 0) !== 0));
const count = (sel) => `${sel.filter(({ r }) => r.ynew).length} / ${sel.filter(({ r }) => r.y && !r.ynew).length} / ${sel.filter(({ r }) => !r.y).length}`;
console.log(`${rows.length} candidate rows of ${ALL_SETS.length} sets; names no rule proposed, not explained by the evidence features: new labels / other spellings / no label's`);
for (const t of [0.5, 0.4, 0.3]) {
  const at = gated.filter((g) => g.p >= t);
  console.log(`p ≥ ${t}\tall ${count(at)}${features.map((f) => `\t${[f, ...also].join(' & ')} ${count(at.filter(({ r }) => on(r, f) && also.every((a) => on(r, a))))}`).join('')}`);
}
