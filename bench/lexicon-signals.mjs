#!/usr/bin/env node
/**
 * lex29: does knowing the ecosystem's names separate the names a note explains from the names it uses?
 * Counts, on every dev set (each chapter alone), the names of each vocabulary — the lexicon
 * (src/graph/vocabulary/lexicon.ts: CNCF projects and components, CNCF glossary terms) and, for comparison,
 * the vocabulary the miner already has (zh-glossary.json's Chinese and English names, k8s-names.json,
 * ecosystem.ts):
 *   node bench/lexicon-signals.mjs [--rows /tmp/rows.json] [--misses /tmp/misses.json] [--cv [--loso]]
 * 1. the scorer's candidate rows (scripts/lib/definer-train.mjs collectRows): a rule's candidates, label or
 *    not; the names no rule proposed (leaving out other spellings of labels a rule names, learn1's `yold`),
 *    new label (`ynew`) or not, and the part the shipped scorer does not add;
 * 2. with `--misses` (bench/miner-misses.mjs --buckets --json): the misses each vocabulary names, all and
 *    `never-candidate` ones;
 * 3. the vocabulary's names written in a chapter's running text (outside fences) that no candidate row of
 *    the chapter has: label or not (what proposing them as candidates would add);
 * `--cv`: five groups of consecutive sets, recipe `new` (names no rule proposed, target `ynew`, L2 0.001, the
 * shipped evidence), with each vocabulary's membership as one more feature; AUC and names added out of fold.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ALL_SETS, collectRows, markNewLabels, BASE_FEATURES, WRITING_FEATURES, TOPIC_FEATURES, ALL_FEATURES, train } from '../scripts/lib/definer-train.mjs';
import { readCorpus, normKey } from './lib/miner-score.mjs';

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const lex = await import(path.join(ROOT, 'src/graph/vocabulary/lexicon.ts'));
const zg = await import(path.join(ROOT, 'src/graph/vocabulary/zh-glossary.ts'));
const kn = await import(path.join(ROOT, 'src/graph/vocabulary/k8s-names.ts'));
const eco = await import(path.join(ROOT, 'src/graph/vocabulary/ecosystem.ts'));
const lexJson = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/vocabulary/lexicon.json'), 'utf8'));
const zgJson = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/vocabulary/zh-glossary.json'), 'utf8'));
const knJson = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/vocabulary/k8s-names.json'), 'utf8'));

/** Each vocabulary: whether it names a name, and the names it has (for step 3). */
const VOCABULARIES = [
  ['lexicon: CNCF projects and components', (n) => lex.lexiconEntries(n).some((e) => e.kind === 'tool'),
    lexJson.entries.filter((e) => e.kind === 'tool').flatMap((e) => (e.everyday ? [] : [e.name, ...e.aka, ...(e.components ?? [])]))],
  ['lexicon: CNCF glossary terms', (n) => lex.lexiconEntries(n).some((e) => e.kind === 'term'),
    lexJson.entries.filter((e) => e.kind === 'term' && !e.everyday).flatMap((e) => [e.name, ...(e.zh ? [e.zh] : [])])],
  ['Kubernetes glossary, Chinese names (zh-glossary.json)', (n) => zg.glossaryEntriesZh(n).length > 0, zgJson.entries.map((e) => e.zh)],
  ['Kubernetes glossary, English names (zh-glossary.json)', (n) => zg.glossaryEntriesNamed(n).length > 0, zgJson.entries.flatMap((e) => e.en)],
  ['k8s-names.json (plugins, labels, taints, kubectl commands)', (n) => kn.namedThing(n) !== undefined, knJson.names.map((e) => e.name)],
  ['ecosystem.ts (lower-case tool names)', (n) => eco.isEcosystemName(n), eco.ECOSYSTEM_LOWERCASE_NAMES],
];

const cache = opt('--rows');
let rows;
if (cache && existsSync(cache)) rows = JSON.parse(readFileSync(cache, 'utf8'));
else {
  ({ rows } = await collectRows(ALL_SETS));
  markNewLabels(rows, ALL_SETS);
  if (cache) writeFileSync(cache, JSON.stringify(rows));
}
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/miner/definer-weights.json'), 'utf8'));
const sig = (z) => 1 / (1 + Math.exp(-z));
const col = (f) => ALL_FEATURES.indexOf(f);
const pOf = (r) => sig(shipped.features.reduce((z, f, j) => z + (r.x[col(f)] ?? 0) * shipped.weights[j], 0));
const share = (a, b) => (b === 0 ? '-' : (a / b).toFixed(3));
const ruled = rows.filter((r) => r.ruled);
const unruled = rows.filter((r) => !r.ruled && !r.yold);
for (const r of unruled) r.admitted = definer.learnable(r.x, shipped.evidence, shipped.yamlKeyEvidence) && pOf(r) >= shipped.threshold;
const nNew = (rs) => rs.filter((r) => r.ynew).length;
console.log(`candidate rows: ${rows.length} in ${new Set(rows.map((r) => r.set)).size} sets; a rule's: ${ruled.length} (${ruled.filter((r) => r.y).length} a label's name); no rule's, not another spelling of a rule's label: ${unruled.length} (${nNew(unruled)} new labels, base rate ${share(nNew(unruled), unruled.length)})`);
console.log('\n| vocabulary | a rule\'s candidates: labels / others | no rule\'s: new labels / others (share) | of these not added by the shipped scorer |');
console.log('| --- | --- | --- | --- |');
for (const [name, has] of VOCABULARIES) {
  const a = ruled.filter((r) => has(r.name));
  const b = unruled.filter((r) => has(r.name));
  const c = b.filter((r) => !r.admitted);
  console.log(`| ${name} | ${a.filter((r) => r.y).length} / ${a.filter((r) => !r.y).length} | ${nNew(b)} / ${b.length - nNew(b)} (${share(nNew(b), b.length)}) | ${nNew(c)} / ${c.length - nNew(c)} |`);
}

const missesFile = opt('--misses');
if (missesFile) {
  const misses = JSON.parse(readFileSync(missesFile, 'utf8'));
  const never = misses.filter((m) => m.bucket === 'never-candidate');
  console.log(`\nmisses: ${misses.length}, never-candidate ${never.length}`);
  console.log('| vocabulary | misses it names | never-candidate misses it names | examples |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, has] of VOCABULARIES) {
    const all = misses.filter((m) => has(m.name));
    const nv = never.filter((m) => has(m.name));
    console.log(`| ${name} | ${all.length} | ${nv.length} | ${[...new Set(nv.map((m) => m.name))].slice(0, 8).join(', ')} |`);
  }
}

// 3. the vocabulary's names in running text that no candidate has
const candsOf = new Map();
for (const r of rows) {
  const k = `${r.set}/${r.chapter}`;
  if (!candsOf.has(k)) candsOf.set(k, new Set());
  candsOf.get(k).add(normKey(r.name));
}
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = VOCABULARIES.map(([, , names]) => [...new Set(names)].map((n) => [n, /\p{Script=Han}/u.test(n) ? new RegExp(esc(n), 'u') : new RegExp(`(?<![A-Za-z0-9_./-])${esc(n).replace(/\\ | /g, '[\\s-]?')}(?![A-Za-z0-9_-])`, 'i')]));
const out = VOCABULARIES.map(() => ({ candLab: 0, candOther: 0, lab: 0, other: 0 }));
const sets = new Set(rows.map((r) => r.set));
for (const dir of ALL_SETS) {
  const set = path.basename(dir);
  if (!sets.has(set)) continue;
  for (const c of readCorpus(dir)) {
    if (!existsSync(c.file)) continue;
    const text = readFileSync(c.file, 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
    const labels = new Set();
    for (const l of c.labels.concepts ?? []) for (const n of [l.name, ...[].concat(l.also ?? []), l.fieldPath]) if (n) labels.add(normKey(n));
    const cands = candsOf.get(`${set}/${c.chapter}`) ?? new Set();
    patterns.forEach((list, i) => {
      for (const [n, re] of list) {
        if (!re.test(text)) continue;
        const k = normKey(n);
        const lab = labels.has(k);
        if (cands.has(k)) lab ? out[i].candLab++ : out[i].candOther++;
        else lab ? out[i].lab++ : out[i].other++;
      }
    });
  }
}
console.log('\nnames of the vocabulary written in running text (outside fences), once per chapter:');
console.log('| vocabulary | a candidate: labels / others | no candidate: labels / others |');
console.log('| --- | --- | --- |');
VOCABULARIES.forEach(([name], i) => console.log(`| ${name} | ${out[i].candLab} / ${out[i].candOther} | ${out[i].lab} / ${out[i].other} |`));

if (args.includes('--cv')) {
  const N = ALL_FEATURES.length;
  const extra = VOCABULARIES.map(([name]) => name);
  for (const r of rows) VOCABULARIES.forEach(([, has], i) => (r.x[N + i] = has(r.name) ? 1 : 0));
  const colOf = (f) => (extra.includes(f) ? N + extra.indexOf(f) : ALL_FEATURES.indexOf(f));
  const auc = (ps, ys) => {
    const idx = ps.map((p, i) => [p, ys[i]]).sort((a, b) => a[0] - b[0]);
    let pos = 0, sum = 0;
    idx.forEach(([, y], i) => { if (y) { pos++; sum += i + 1; } });
    return (sum - (pos * (pos + 1)) / 2) / (pos * (idx.length - pos));
  };
  const setList = [...sets];
  // (--loso: leave one set out, each set its own group; the shipped features and the three only)
  const loso = args.includes('--loso');
  const k = loso ? setList.length : 5;
  const groupOf = new Map(setList.map((s, i) => [s, Math.floor((i * k) / setList.length)]));
  const trainable = unruled.map((r) => ({ ...r, y: r.ynew }));
  const learnable = trainable.map((r) => definer.learnable(r.x, shipped.evidence, shipped.yamlKeyEvidence));
  const base = [...BASE_FEATURES, ...WRITING_FEATURES, ...TOPIC_FEATURES];
  const variants = [['shipped features', base], ...(loso ? [] : extra.slice(0, 3).map((f) => [`+ ${f}`, [...base, f]])), ['+ the first three', [...base, ...extra.slice(0, 3)]]];
  console.log(`\n${loso ? 'leave-one-set-out' : 'grouped (five groups of consecutive sets)'} cross-validation, out of fold; new labels / names of no label the union adds:`);
  for (const [label, features] of variants) {
    const ps = new Array(trainable.length);
    const mean = features.map(() => 0);
    for (let g = 0; g < k; g++) {
      const idx = [];
      trainable.forEach((r, i) => { if (groupOf.get(r.set) === g) idx.push(i); });
      if (idx.length === 0) continue;
      const w = train(trainable.filter((r) => groupOf.get(r.set) !== g), features, 0.001, colOf);
      w.forEach((v, j) => (mean[j] += v / k));
      const cols = features.map(colOf);
      for (const i of idx) ps[i] = sig(cols.reduce((z, c, j) => z + (trainable[i].x[c] ?? 0) * w[j], 0));
    }
    const ys = trainable.map((r) => r.y);
    const at = [0.45, 0.5, 0.55].map((t) => {
      let nw = 0, none = 0;
      ps.forEach((p, i) => { if (learnable[i] && p >= t) (ys[i] ? nw++ : none++); });
      return `p ≥ ${t}: ${nw} / ${none}`;
    });
    const weights = features.filter((f) => extra.includes(f)).map((f) => `${f.split(' (')[0]} ${mean[features.indexOf(f)].toFixed(2)}`);
    console.log(`- ${label}: AUC ${auc(ps, ys).toFixed(4)}; ${at.join('; ')}${weights.length ? `; mean weight ${weights.join(', ')}` : ''}`);
  }
}
