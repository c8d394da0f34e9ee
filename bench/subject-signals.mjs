#!/usr/bin/env node
/**
 * subject28: how the paragraph-level signals of what a paragraph is about (src/graph/miner/subject-features.ts)
 * separate the names a note explains from the names it uses, over the candidate rows of every dev set
 * (scripts/lib/definer-train.mjs collectRows, each chapter mined alone):
 *   node bench/subject-signals.mjs [--rows /tmp/rows.json] [--cv]
 * Population: names in running prose that no rule proposed (what a scorer feature or `learnable` could
 * add), leaving out other spellings of labels a rule already names (`yold`); label = `ynew`. Also the
 * part of it the shipped scorer does not add (not learnable or p < threshold): where the misses are.
 * `--cv`: five groups of consecutive sets, AUC and the names added at the shipped threshold out of fold,
 * recipe `new`'s features with and without the subject features.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ALL_SETS, collectRows, markNewLabels, train, predict, ALL_FEATURES, BASE_FEATURES, WRITING_FEATURES, TOPIC_FEATURES, SUBJECT_FEATURES } from '../scripts/lib/definer-train.mjs';

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const cache = opt('--rows');
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
let rows;
if (cache && existsSync(cache)) rows = JSON.parse(readFileSync(cache, 'utf8'));
else {
  // (SUBJECT_SETS=dev,dev2: a few sets only, for a quick look)
  const dirs = process.env.SUBJECT_SETS ? ALL_SETS.filter((d) => process.env.SUBJECT_SETS.split(',').includes(path.basename(d))) : ALL_SETS;
  ({ rows } = await collectRows(dirs));
  markNewLabels(rows, dirs);
  if (cache) writeFileSync(cache, JSON.stringify(rows));
}
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/miner/definer-weights.json'), 'utf8'));
const sig = (z) => 1 / (1 + Math.exp(-z));
const col = (f) => ALL_FEATURES.indexOf(f);
const pOf = (r) => sig(shipped.features.reduce((z, f, j) => z + (r.x[col(f)] ?? 0) * shipped.weights[j], 0));
const pop = rows.filter((r) => !r.ruled && !r.yold && r.prose);
for (const r of pop) r.admitted = definer.learnable(r.x, shipped.evidence, shipped.yamlKeyEvidence) && pOf(r) >= shipped.threshold;
const missed = pop.filter((r) => !r.admitted);
const rate = (rs) => rs.filter((r) => r.ynew).length;
console.log(`population: ${pop.length} unruled prose names (${rate(pop)} new labels, base rate ${(rate(pop) / pop.length).toFixed(3)}); not admitted by the shipped scorer: ${missed.length} (${rate(missed)} labels, ${(rate(missed) / missed.length).toFixed(3)})`);
const signals = [
  ...SUBJECT_FEATURES.map((f) => [f, (r) => (r.x[col(f)] ?? 0) >= 0.5]),
  ['s-sentence-share ≥ 0.67', (r) => (r.x[col('s-sentence-share')] ?? 0) >= 0.67],
  ['s-section-share ≥ 0.5', (r) => (r.x[col('s-section-share')] ?? 0) >= 0.5],
  ['s-topic, not s-other-subject', (r) => r.x[col('s-topic')] > 0 && !(r.x[col('s-other-subject')] > 0)],
  ['s-topic and s-heading-sort', (r) => r.x[col('s-topic')] > 0 && r.x[col('s-heading-sort')] > 0],
  ['once in the note (w-once)', (r) => r.x[col('w-once')] > 0],
];
const pct = (a, b) => (b === 0 ? '-' : (a / b).toFixed(3));
const every = rows.filter((r) => r.prose);
console.log(`every prose candidate (rule or not): ${every.length}, ${every.filter((r) => r.y).length} a label's name (${(every.filter((r) => r.y).length / every.length).toFixed(3)})`);
console.log('\n| signal | every prose candidate: labels / non-labels (share) | no rule: labels / non-labels (share) | not fired: share | sets | not admitted: labels / non-labels (share) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, on] of signals) {
  const yes = pop.filter(on);
  const no = pop.filter((r) => !on(r));
  const m = missed.filter(on);
  const sets = new Set(yes.map((r) => r.set)).size;
  const ev = every.filter(on);
  const ey = ev.filter((r) => r.y).length;
  console.log(`| ${name} | ${ey} / ${ev.length - ey} (${pct(ey, ev.length)}) | ${rate(yes)} / ${yes.length - rate(yes)} (${pct(rate(yes), yes.length)}) | ${pct(rate(no), no.length)} | ${sets} | ${rate(m)} / ${m.length - rate(m)} (${pct(rate(m), m.length)}) |`);
}

if (args.includes('--cv') || args.includes('--loso')) {
  const sets = [...new Set(rows.map((r) => r.set))];
  // (--loso: leave one set out, each set its own group)
  const k = args.includes('--loso') ? sets.length : 5;
  const groups = sets.map((s, i) => Math.floor((i * k) / sets.length));
  const groupOf = new Map(sets.map((s, i) => [s, groups[i]]));
  const trainable = rows.filter((r) => !r.ruled && !r.yold).map((r) => ({ ...r, y: r.ynew }));
  const auc = (ps, ys) => {
    const idx = ps.map((p, i) => [p, ys[i]]).sort((a, b) => a[0] - b[0]);
    let rank = 0, pos = 0, sum = 0;
    idx.forEach(([, y], i) => { rank = i + 1; if (y) { pos++; sum += rank; } });
    const neg = idx.length - pos;
    return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
  };
  const base = [...BASE_FEATURES, ...WRITING_FEATURES, ...TOPIC_FEATURES];
  for (const [label, features] of [['shipped features', base], ['+ subject features', [...base, ...SUBJECT_FEATURES]]]) {
    const ps = [], ys = [], adm = [];
    for (let g = 0; g < k; g++) {
      const w = train(trainable.filter((r) => groupOf.get(r.set) !== g), features, 0.001);
      const test = trainable.filter((r) => groupOf.get(r.set) === g);
      const p = predict(test, features, w);
      test.forEach((r, i) => { ps.push(p[i]); ys.push(r.y); adm.push(definer.learnable(r.x, shipped.evidence, shipped.yamlKeyEvidence)); });
    }
    for (const t of [0.45, 0.5, 0.55]) {
      let nw = 0, none = 0;
      ps.forEach((p, i) => { if (adm[i] && p >= t) (ys[i] ? nw++ : none++); });
      console.log(`${label}: AUC ${auc(ps, ys).toFixed(4)}; learnable and p ≥ ${t}: new ${nw}, none ${none}`);
    }
  }
}
