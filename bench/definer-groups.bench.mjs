#!/usr/bin/env node
/**
 * Grouped cross-validation of the learned definition scorer over the DESIGN sets, and the
 * out-of-sample check on the sets kept apart (learn1, docs/miner.md "learn1"):
 *
 *   node bench/definer-groups.bench.mjs [--rows FILE] [--mine] [--oos] [--variants a,b] [--shipped FILE] [--json FILE]
 *
 * Sets: DESIGN_SETS (every dev set but dev39 … dev44) are cut into FOLDS groups of consecutive sets
 * (consecutive, so a writer's batch of three sets stays in one group: the model is always judged
 * on writers it never read). dev39 … dev44 (OOS_SETS) take no part in any choice.
 *   (always)      candidate level, out of fold: for each variant the names the union adds (no rule
 *                 proposed them, `learnable`, p ≥ threshold) and how many a label has; `new`: the
 *                 labels among them that no rule candidate of the chapter names (once per chapter,
 *                 markNewLabels), `none`: names of no label. `new` and `none` predict the entity
 *                 level's change in labels found and false positives; "labelled" does not (most
 *                 labelled names the union adds are other names of a label the rules found). The
 *                 AUC among the names no rule proposed. Seconds once the rows are cached.
 *   --mine        entity level, out of fold: each group's sets mined (each chapter alone, and the
 *                 set next to the bundled content) with weights trained on the other groups, scored
 *                 as bench/miner.bench.mjs scores them; exact counts of labels found, false
 *                 positives and duplicates.
 *   --oos         each variant trained on all DESIGN_SETS, then dev39 … dev44 mined and scored.
 *   --rows FILE   cache of the candidate rows (collectRows over every set; minutes to build).
 *   --json FILE   the entity-level counts per set, per variant.
 * Variants: `rules` (the scorer off), `shipped` (definer-weights.json as it is: since learn2 the recipe
 * `new-wbase-0.001-t0.4` trained on every design set, so in sample everywhere; before learn2 the
 * recipe `prior-0.01` trained on dev … dev9), and the recipes of RECIPES, each trained out of fold
 * (`prior-0.01`: the recipe `nine` of scripts/train-definer.mjs; `new-wbase-0.001-t0.4`: its recipe `new`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, ALL_SETS, OOS_SETS, PRIOR_FEATURES, BASE_FEATURES, ALL_FEATURES, collectRows, markNewLabels, train, predict, scoreSet } from '../scripts/lib/definer-train.mjs';
import { totals } from './lib/miner-score.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
// `--shipped FILE`: another weights file as the `shipped` variant (e.g. the recipe nine: scripts/train-definer.mjs --recipe nine --out FILE)
const shipped = opt('--shipped') ? JSON.parse(readFileSync(opt('--shipped'), 'utf8')) : definer.definerConfig().weights;

const names = ALL_SETS.map((d) => path.basename(d));
const DESIGN_SETS = names.filter((s) => !OOS_SETS.includes(s));
const FOLDS = Number(opt('--folds') ?? 5);
const groups = [];
for (let k = 0; k < FOLDS; k++) groups.push(DESIGN_SETS.slice(Math.round((k * DESIGN_SETS.length) / FOLDS), Math.round(((k + 1) * DESIGN_SETS.length) / FOLDS)));

const WRITING = definer.WRITING_FEATURES;
// learn4: `pbase` adds the prose features (prose-features.ts) to `wbase`
const FEATURE_SETS = { prior: PRIOR_FEATURES, base: BASE_FEATURES, writing: [...PRIOR_FEATURES, ...WRITING], wbase: [...BASE_FEATURES, ...WRITING], pbase: [...BASE_FEATURES, ...WRITING, ...definer.PROSE_FEATURES], tbase: [...BASE_FEATURES, ...WRITING, ...definer.TOPIC_FEATURES] };
/**
 * name → [features, L2, threshold, rows trained on, target]. Features: `prior` (the shipped ones),
 * `base` (with scorer5's context features), `writing` (prior + the way-of-writing features of
 * writing-features.ts), `wbase` (base + writing). Rows: `all` candidates, or `unruled` (only the
 * names no rule proposed: the population the union decides on). Target: `any` (y: a label has the
 * name, as scripts/train-definer.mjs trains) or `new` (y: the name finds a label no rule candidate
 * names; names of a label a rule candidate names are left out of training). The names are the
 * rows of docs/miner.md "learn1"; LEARN_VARIANTS='{"name":["wbase",0.001,0.4,"unruled","new"]}' adds others.
 * A sixth element (learn3) names further evidence a name may be admitted with (EVIDENCE, joined by
 * `+`: `instrument+subject+takes-up`); without it, definer.ts EXPLAINING_FEATURES.
 */
// (rules25: the evidence an unknown key of the note's YAML is admitted with in the shipped recipe, `+`-joined)
const YK = [...definer.EXPLAINING_FEATURES, ...definer.WRITING_EVIDENCE].join('+');
const RECIPES = {
  'prior-0.01': ['prior', 0.01, 0.5, 'all'], // the shipped recipe, trained on the other groups
  'prior-0.1': ['prior', 0.1, 0.5, 'all'],
  'prior-0.01-t0.7': ['prior', 0.01, 0.7, 'all'],
  'base-0.01': ['base', 0.01, 0.5, 'all'],
  'wbase-0.01-t0.6': ['wbase', 0.01, 0.6, 'all'],
  'u-prior-0.003-t0.5': ['prior', 0.003, 0.5, 'unruled'],
  'u-base-0.003-t0.5': ['base', 0.003, 0.5, 'unruled'],
  'u-writing-0.003-t0.5': ['writing', 0.003, 0.5, 'unruled'],
  'u-wbase-0.003-t0.5': ['wbase', 0.003, 0.5, 'unruled'],
  'u-wbase-0.01-t0.45': ['wbase', 0.01, 0.45, 'unruled'],
  'u-wbase-0.001-t0.55': ['wbase', 0.001, 0.55, 'unruled'],
  'new-wbase-0.001-t0.4': ['wbase', 0.001, 0.4, 'unruled', 'new'],
  'new-wbase-0.003-t0.45': ['wbase', 0.003, 0.45, 'unruled', 'new'],
  // learn3: the same model, a name admitted with more kinds of evidence (EVIDENCE below)
  'new-wbase-0.001-t0.4-ins': ['wbase', 0.001, 0.4, 'unruled', 'new', 'instrument'],
  'new-wbase-0.001-t0.4-subj': ['wbase', 0.001, 0.4, 'unruled', 'new', 'subject'],
  'new-wbase-0.001-t0.4-ins-subj': ['wbase', 0.001, 0.4, 'unruled', 'new', 'instrument+subject'],
  'new-wbase-0.001-t0.45-ins-subj': ['wbase', 0.001, 0.45, 'unruled', 'new', 'instrument+subject'],
  'new-wbase-0.001-t0.42-ins': ['wbase', 0.001, 0.42, 'unruled', 'new', 'instrument'],
  'new-wbase-0.001-t0.43-ev3': ['wbase', 0.001, 0.43, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-wbase-0.001-t0.44-ev3': ['wbase', 0.001, 0.44, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-wbase-0.001-t0.46-ev3': ['wbase', 0.001, 0.46, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-wbase-0.001-t0.48-ev3': ['wbase', 0.001, 0.48, 'unruled', 'new', 'instrument+subject+takes-up'],
  // learn4: the prose features (pbase), and names admitted with them as evidence too (`prose`)
  'new-pbase-0.001-t0.48-ev3': ['pbase', 0.001, 0.48, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-pbase-0.001-t0.46-ev3': ['pbase', 0.001, 0.46, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-pbase-0.001-t0.5-ev3': ['pbase', 0.001, 0.5, 'unruled', 'new', 'instrument+subject+takes-up'],
  'new-pbase-0.001-t0.48-ev4': ['pbase', 0.001, 0.48, 'unruled', 'new', 'instrument+subject+takes-up+prose'],
  'new-pbase-0.001-t0.5-ev4': ['pbase', 0.001, 0.5, 'unruled', 'new', 'instrument+subject+takes-up+prose'],
  'new-pbase-0.001-t0.52-ev4': ['pbase', 0.001, 0.52, 'unruled', 'new', 'instrument+subject+takes-up+prose'],
  // rules25: the shipped recipe `new` as it is since learn4 (t0.5, the learn3 evidence, an unknown YAML key
  // admitted with the same evidence), and the same with the topic conjunctions (topic-features.ts, `tbase`)
  'new-wbase-0.001-t0.5-ev3-yk': ['wbase', 0.001, 0.5, 'unruled', 'new', 'instrument+subject+takes-up', YK],
  'new-tbase-0.001-t0.5-ev3-yk': ['tbase', 0.001, 0.5, 'unruled', 'new', 'instrument+subject+takes-up', YK],
  ...(process.env.LEARN_VARIANTS ? JSON.parse(process.env.LEARN_VARIANTS) : {}),
};
/**
 * learn3: evidence a name no rule proposed may be admitted with (definer.ts `learnable`, a weights
 * file's `evidence`), beside EXPLAINING_FEATURES: `instrument` (the name is what a clause uses,
 * `用 X 把…`, `通过 X 控制…`), `subject` (the name opens its clause as its subject, context feature
 * `clause-subject`), `takes-up` (the next sentence goes on about it, w-takes-up).
 */
const EVIDENCE = { instrument: ['instrument'], subject: ['clause-subject'], 'takes-up': ['w-takes-up'], prose: ['p-it-clause', 'p-apposition', 'p-item-topic', 'p-says-does', 'p-importance'] };
const evidenceOf = (spec) => (spec ? [...definer.EXPLAINING_FEATURES, ...spec.split('+').flatMap((k) => EVIDENCE[k] ?? [k])] : undefined);
const VARIANTS = Object.fromEntries(Object.entries(RECIPES).map(([k, [fs, ...rest]]) => [k, [FEATURE_SETS[fs], ...rest]]));
const picked = (opt('--variants') ?? ['rules', 'shipped', ...Object.keys(VARIANTS)].join(',')).split(',');

// ---- rows ------------------------------------------------------------------------------------
const rowsFile = opt('--rows');
let rows;
if (rowsFile && existsSync(rowsFile)) {
  const cached = JSON.parse(readFileSync(rowsFile, 'utf8'));
  if (cached.features.join() !== ALL_FEATURES.join()) throw new Error(`${rowsFile}: features changed, remove it`);
  rows = cached.rows;
} else {
  ({ rows } = await collectRows(ALL_SETS));
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify({ features: ALL_FEATURES, rows: rows.map((r) => ({ ...r, x: r.x })) }));
}
markNewLabels(rows);
console.log(`${rows.length} candidates, ${rows.filter((r) => r.y).length} named by a label; design ${DESIGN_SETS.length} sets in ${groups.length} groups, out of sample ${OOS_SETS.join(' ')}`);
console.log(`groups: ${groups.map((g) => `${g[0]}…${g.at(-1)}`).join(' | ')}`);

/** Weights of a variant trained on `trainSets` (undefined: the rules alone). */
function weightsFor(v, trainSets) {
  if (v === 'rules') return undefined;
  if (v === 'shipped') return shipped;
  const [features, l2, threshold, on = 'all', target = 'any', evidence, yamlKeyEvidence] = VARIANTS[v];
  let trainRows = rows.filter((r) => trainSets.includes(r.set) && (on === 'all' || !r.ruled));
  // target `new`: learn to find the labels no rule candidate names (names of a label the rules name are left out)
  if (target === 'new') trainRows = trainRows.filter((r) => !r.yold).map((r) => ({ ...r, y: r.ynew }));
  // (a recipe without evidence admits by EXPLAINING_FEATURES, whatever the shipped weights say)
  const ev = evidenceOf(evidence);
  // (learn4: a seventh element names the evidence an unknown key of the note's YAML may be added with, `+`-joined features)
  return { features: [...features], weights: train(trainRows, features, l2), threshold, vetoThreshold: 0, ...(ev ? { evidence: ev } : {}), ...(yamlKeyEvidence ? { yamlKeyEvidence: yamlKeyEvidence.split('+') } : {}) };
}

function auc(pairs) {
  const s = [...pairs].sort((a, b) => a[0] - b[0]);
  let rank = 0, pos = 0, sumRank = 0;
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j][0] === s[i][0]) j++;
    const r = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (s[k][1]) (pos++, (sumRank += r));
    rank = j;
    i = j;
  }
  const neg = rank - pos;
  return pos && neg ? (sumRank - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const learned = picked.filter((v) => v !== 'rules');
const foldWeights = new Map();
console.log('\ncandidate level, out of fold (grouped): names the union adds — labelled / added (precision); AUC among names no rule proposed;');
console.log('  new: labels no rule candidate names, once per chapter; none: names of no label; new − none');
for (const v of learned) {
  let tp = 0, fp = 0, fresh = 0;
  const pairs = [];
  const seen = new Set();
  const per = [];
  for (const g of groups) {
    const w = weightsFor(v, DESIGN_SETS.filter((s) => !g.includes(s)));
    foldWeights.set(`${v}|${g.join('+')}`, w);
    const test = rows.filter((r) => g.includes(r.set) && !r.ruled);
    const p = predict(test, w.features, w.weights);
    let a = 0, b = 0;
    test.forEach((r, i) => {
      pairs.push([p[i], r.y]);
      if (p[i] < w.threshold || !definer.learnable(r.x, w.evidence, w.yamlKeyEvidence)) return;
      r.y ? a++ : b++;
      const k = `${r.set}|${r.chapter}|${r.li[0]}`;
      if (r.ynew && !seen.has(k)) (seen.add(k), fresh++);
    });
    tp += a;
    fp += b;
    per.push(`${a}/${a + b}`);
  }
  console.log(`  ${v.padEnd(32)} ${`${tp}/${tp + fp} (${pct(tp / (tp + fp))})`.padEnd(18)} new ${String(fresh).padStart(4)} none ${String(fp).padStart(4)} new − none ${String(fresh - fp).padStart(4)}  AUC ${pct(auc(pairs))}   per group ${per.join(' ')}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-groups-'));
const off = { mode: 'off', weights: { features: [], weights: [], threshold: 1, vetoThreshold: 0 } };
function counts(scores) {
  const t = totals(scores);
  const sum = (f) => scores.reduce((s, x) => s + f(x), 0);
  return { ...t, found: sum((s) => s.recalled), fp: sum((s) => s.fp.length), dup: sum((s) => s.duplicates.length) };
}
const line = (t) => `${pct(t.precision)} / ${pct(t.recall)} (${pct(t.typedPrecision)} / ${pct(t.typedRecall)}) found ${t.found}/${t.labels} fp ${t.fp} dup ${t.dup}`;
async function mineSets(sets, cfg) {
  definer.setDefiner(cfg);
  const alone = [];
  const whole = [];
  const per = {};
  for (const s of sets) {
    const r = await scoreSet(path.join(ROOT, 'tests/corpus/miner', s), tmp);
    alone.push(...r.alone);
    whole.push(...r.whole);
    per[s] = { alone: counts(r.alone), whole: counts(r.whole) };
  }
  return { alone, whole, per };
}
const out = {};
try {
  if (args.includes('--mine')) {
    console.log('\nentity level, out of fold (grouped), design sets: entity P / R (typed P / R)');
    for (const v of picked) {
      const alone = [];
      const whole = [];
      const per = {};
      for (const g of groups) {
        const w = v === 'rules' ? undefined : foldWeights.get(`${v}|${g.join('+')}`);
        const r = await mineSets(g, w ? { mode: 'union', weights: w } : off);
        alone.push(...r.alone);
        whole.push(...r.whole);
        Object.assign(per, r.per);
      }
      out[`cv|${v}`] = { alone: counts(alone), whole: counts(whole), per };
      console.log(`  ${v.padEnd(32)} alone ${line(counts(alone))}\n  ${''.padEnd(32)} whole ${line(counts(whole))}`);
    }
  }
  if (args.includes('--oos')) {
    console.log(`\nout of sample (${OOS_SETS.join(' ')}), trained on all ${DESIGN_SETS.length} design sets`);
    for (const v of picked) {
      const w = weightsFor(v, DESIGN_SETS);
      const r = await mineSets(OOS_SETS, w ? { mode: 'union', weights: w } : off);
      out[`oos|${v}`] = { alone: counts(r.alone), whole: counts(r.whole), per: r.per };
      console.log(`  ${v.padEnd(32)} alone ${line(counts(r.alone))}\n  ${''.padEnd(32)} whole ${line(counts(r.whole))}`);
    }
  }
} finally {
  definer.setDefiner(undefined);
  rmSync(tmp, { recursive: true, force: true });
}
if (opt('--json')) writeFileSync(opt('--json'), JSON.stringify(out, null, 1));
