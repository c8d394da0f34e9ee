/**
 * Training the learned definition scorer (src/graph/miner/definer.ts) on the labelled chapters of
 * tests/corpus/miner: shared by scripts/train-definer.mjs (the shipped weights),
 * bench/definer-cv.bench.mjs (leave-one-set-out cross-validation) and bench/definer-groups.bench.mjs
 * (grouped cross-validation, learn1).
 *
 * Rows: every name candidate of every chapter (each chapter mined alone, as the bench's "alone"
 * setting), with its feature vector and y = 1 when one of the chapter's labels has that name
 * (its name, `also`, field path or the path's last segment, compared by the scorer's normKey).
 * A name that is the chapter's `about:` subject and no label's is no row (prec37): the scorer
 * counts such a concept neutral, so it is neither a positive nor a negative (aboutOnlyName).
 *
 * Model: L2-regularised logistic regression, fitted by Newton's method from zero weights: no
 * randomness, so a training run is reproducible (the `--check` of the training script compares
 * weights rounded to 1e-6). No npm package was used: the one candidate found,
 * ml-logistic-regression 2.0.0, was last published six years ago, trains by plain gradient
 * descent and has no regularisation; the trainer below is about 60 lines.
 */
import { mkdirSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aboutOnlyName, definedBy, devSets, normKey, readCorpus, scoreChapter } from '../../bench/lib/miner-score.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = (names) => names.map((d) => path.join(ROOT, 'tests/corpus/miner', d));
/**
 * Every labelled set (tests/corpus/miner/dev* in number order): the cross-validation
 * (bench/definer-cv.bench.mjs) holds out each in turn, bench/definer-holdout.bench.mjs groups of them.
 */
export const ALL_SETS = devSets();
/**
 * The sets kept out of sample by learn1 (docs/miner.md "learn1"): no training and no choice of the
 * learned scorer reads them; bench/definer-groups.bench.mjs scores them apart.
 */
export const OOS_SETS = ['dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44'];
/** The design sets: every labelled set but OOS_SETS (bench/definer-groups.bench.mjs cross-validates over them). */
export const DESIGN_SETS = ALL_SETS.filter((d) => !OOS_SETS.includes(path.basename(d)));
/**
 * The sets the recipe `nine` is trained on (scripts/train-definer.mjs --recipe nine: the weights shipped
 * from "Switched on" to learn1); the shipped recipe `new` (learn2) trains on DESIGN_SETS.
 */
export const DEV_SETS = corpus(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9']);

/** Training settings (recorded in the weights file). */
export const L2 = 0.01;
export const STEPS = 30;
export const RATE = 1; // Newton steps take the full step

const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
export const { ALL_FEATURES, BASE_FEATURES, RULE_FEATURES, CONTEXT_FEATURE_NAMES, EXPLAINING_FEATURES, WRITING_EVIDENCE, WRITING_FEATURES, PROSE_FEATURES, TOPIC_FEATURES, SUBJECT_FEATURES } = definer;
/** The base features before the context features (scorer5): the "before" model of the cross-validation. */
export const PRIOR_FEATURES = BASE_FEATURES.filter((f) => !CONTEXT_FEATURE_NAMES.includes(f));

/**
 * Mark each row against the labels of its chapter (learn1): `li` the indices of the labels whose
 * names it is; `ynew` 1 when one of them is a label no rule candidate of the chapter names (adding
 * the name can find a label the rules did not); `yold` 1 when it names only labels a rule candidate
 * names too (another spelling, a gloss or a path of a name the rules proposed: adding it finds
 * nothing new). Reads the label files only.
 */
export function markNewLabels(rows, dirs = ALL_SETS) {
  const byChapter = new Map();
  for (const r of rows) {
    const k = `${r.set}|${r.chapter}`;
    if (!byChapter.has(k)) byChapter.set(k, []);
    byChapter.get(k).push(r);
  }
  for (const d of dirs) {
    const set = path.basename(d);
    for (const c of readCorpus(d)) {
      const lk = labelKeys(c.labels);
      const chapterRows = byChapter.get(`${set}|${c.chapter}`) ?? [];
      const covered = new Set();
      for (const r of chapterRows) {
        const keys = [normKey(r.name), ...(r.name.includes('.') ? [normKey(r.name.split('.').pop().replace(/\[\]$/, ''))] : [])];
        r.li = lk.map((names, i) => (keys.some((k) => names.has(k)) ? i : -1)).filter((i) => i >= 0);
        if (r.ruled) r.li.forEach((i) => covered.add(i));
      }
      for (const r of chapterRows) {
        r.ynew = r.li.some((i) => !covered.has(i)) ? 1 : 0;
        r.yold = r.y && !r.ynew ? 1 : 0;
      }
    }
  }
  return rows;
}

function list(v) {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
}

/** normKeys of each label of a chapter. */
export function labelKeys(labels) {
  return (labels.concepts ?? []).filter((l) => l && l.name !== undefined).map((l) => {
    const names = [l.name, ...list(l.also)];
    if (l.fieldPath) names.push(l.fieldPath, String(l.fieldPath).split('.').pop().replace(/\[\]$/, ''));
    return new Set(names.map(normKey));
  });
}

/**
 * The rows of every chapter of the given sets, and the candidate recall of each set (share of
 * labels one of whose names is a candidate's name). `extra(scored, chapterScored)`, when given,
 * returns more of a row's facts (prose39's census, bench/prose-names39.mjs): kept as `row.extra`.
 */
export async function collectRows(dirs = DEV_SETS, { extra } = {}) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-definer-'));
  const rows = [];
  const recall = [];
  try {
    definer.setDefiner({ mode: 'off', weights: { features: [], weights: [], threshold: 1, vetoThreshold: 0 } });
    for (const dir of dirs) {
      const set = path.basename(dir);
      let labels = 0;
      let covered = 0;
      for (const c of readCorpus(dir)) {
        const d = path.join(tmp, `${set}-${rows.length}`);
        mkdirSync(path.join(d, 'notes'), { recursive: true });
        cpSync(c.file, path.join(d, 'notes', c.chapter));
        let got = [];
        definer.setDefinerCollector((file, scored) => {
          if (file === `notes/${c.chapter}`) got = scored;
        });
        await runStages(d, { layout: false }, 'mine');
        const lk = labelKeys(c.labels);
        const keyOf = (s) => normKey(s.cand.name);
        const cands = new Set(got.map(keyOf));
        labels += lk.length;
        covered += lk.filter((names) => [...names].some((n) => cands.has(n))).length;
        const all = new Set(lk.flatMap((s) => [...s]));
        // a written path (`initContainers[].restartPolicy`) names the field of its last segment
        const named = (s) => all.has(keyOf(s)) || (s.cand.name.includes('.') && all.has(normKey(s.cand.name.split('.').pop().replace(/\[\]$/, ''))));
        for (const s of got) {
          if (!named(s) && aboutOnlyName(s.cand.name, c.labels)) continue;
          rows.push({ set, chapter: c.chapter, name: s.cand.name, x: s.features, y: named(s) ? 1 : 0, ruled: s.cand.rules.size > 0, prose: s.cand.occurrences.some((o) => o.form !== 'heading' && o.form !== 'cell'), ...(extra ? { extra: extra(s, got) } : {}) });
        }
      }
      recall.push({ set, labels, covered });
    }
  } finally {
    definer.setDefinerCollector(undefined);
    definer.setDefiner(undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
  return { rows, recall };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * Fit weights for the named features: minimise the mean log-loss + l2/2·|w|² (the bias is not
 * penalised) by Newton's method (iteratively reweighted least squares), from zero weights, a
 * fixed number of steps or until a step changes no weight by more than 1e-9. The problem is
 * convex, so this is the one optimum, whatever the starting point. `colOf` gives a feature's column
 * in a row's `x` (a bench may append columns of its own after ALL_FEATURES).
 */
export function train(rows, features, l2 = L2, colOf = (f) => ALL_FEATURES.indexOf(f)) {
  const cols = features.map(colOf);
  const d = features.length;
  const n = rows.length;
  const X = new Float64Array(n * d);
  rows.forEach((r, i) => cols.forEach((c, j) => (X[i * d + j] = r.x[c] ?? 0)));
  const reg = features.map((f) => (f === 'bias' ? 1e-8 : l2));
  const w = new Float64Array(d);
  for (let step = 0; step < STEPS; step++) {
    const g = new Float64Array(d);
    const H = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += X[i * d + j] * w[j];
      const p = sigmoid(z);
      const err = p - rows[i].y;
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        const xj = X[i * d + j];
        if (xj === 0) continue;
        g[j] += err * xj;
        for (let k = j; k < d; k++) H[j * d + k] += s * xj * X[i * d + k];
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] = g[j] / n + reg[j] * w[j];
      for (let k = j; k < d; k++) H[k * d + j] = H[j * d + k] = H[j * d + k] / n + (j === k ? reg[j] : 0);
    }
    const delta = solve(H, g, d);
    let moved = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= delta[j];
      moved = Math.max(moved, Math.abs(delta[j]));
    }
    if (moved < 1e-9) break;
  }
  return [...w].map((v) => Math.round(v * 1e6) / 1e6);
}

/** Solve H x = g (H symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(H, g, d) {
  const A = Float64Array.from(H);
  const b = Float64Array.from(g);
  for (let c = 0; c < d; c++) {
    let piv = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(A[r * d + c]) > Math.abs(A[piv * d + c])) piv = r;
    if (piv !== c) {
      for (let k = 0; k < d; k++) [A[c * d + k], A[piv * d + k]] = [A[piv * d + k], A[c * d + k]];
      [b[c], b[piv]] = [b[piv], b[c]];
    }
    for (let r = c + 1; r < d; r++) {
      const f = A[r * d + c] / A[c * d + c];
      if (f === 0) continue;
      for (let k = c; k < d; k++) A[r * d + k] -= f * A[c * d + k];
      b[r] -= f * b[c];
    }
  }
  const x = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < d; k++) s -= A[r * d + k] * x[k];
    x[r] = s / A[r * d + r];
  }
  return x;
}

export function predict(rows, features, weights) {
  const cols = features.map((f) => ALL_FEATURES.indexOf(f));
  return rows.map((r) => sigmoid(cols.reduce((z, c, j) => z + (r.x[c] ?? 0) * weights[j], 0)));
}

/** The threshold with the best F1 (ties: the higher), over candidates `use` selects. */
export function bestThreshold(rows, probs, use = () => true) {
  const pairs = rows.map((r, i) => [probs[i], r.y, use(r)]).filter((p) => p[2]).sort((a, b) => b[0] - a[0]);
  const pos = pairs.filter((p) => p[1] === 1).length;
  let tp = 0;
  let best = { t: 1, f1: 0 };
  for (let i = 0; i < pairs.length; i++) {
    tp += pairs[i][1];
    if (i + 1 < pairs.length && pairs[i + 1][0] === pairs[i][0]) continue;
    const p = tp / (i + 1);
    const r = pos ? tp / pos : 0;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (f1 > best.f1) best = { t: pairs[i][0], f1 };
  }
  return Math.round(best.t * 1e4) / 1e4;
}

/**
 * Weights and thresholds from the rows of `sets`: the thresholds are chosen on out-of-fold
 * predictions of a leave-one-set-out run inside `sets` (never on the data scored later).
 * `threshold`: where adding the names no rule proposed pays (bestGain);
 * `vetoThreshold`: where dropping the names a rule proposed starts paying (lowestKeep);
 * `aloneThreshold`: best F1 over all names (the scorer alone decides);
 * `allThreshold`: where adding names pays, judged over all names (bestGain), not only over those
 *   the rules missed: on the development sets the rules were fitted to, the names they miss are
 *   the hard rest, so a threshold judged on them alone is too strict for unseen notes.
 */
export function fit(rows, sets, features) {
  const inner = rows.filter((r) => sets.includes(r.set));
  const oof = new Array(inner.length).fill(0);
  for (const held of sets) {
    const trainRows = inner.filter((r) => r.set !== held);
    const w = train(trainRows, features);
    const idx = inner.map((r, i) => (r.set === held ? i : -1)).filter((i) => i >= 0);
    const p = predict(idx.map((i) => inner[i]), features, w);
    idx.forEach((i, k) => (oof[i] = p[k]));
  }
  const threshold = bestGain(inner, oof, (r) => !r.ruled);
  const vetoThreshold = Math.min(threshold, lowestKeep(inner, oof));
  const aloneThreshold = bestThreshold(inner, oof);
  const allThreshold = bestGain(inner, oof);
  const weights = train(inner, features);
  return { features: [...features], weights, threshold, vetoThreshold, aloneThreshold, allThreshold };
}

/**
 * The threshold above which the names `use` selects are, out of fold, right more often than
 * MARGIN: adding a concept raises F1 when its precision exceeds F1 / 2, and the rules' F1 is
 * about 0.9. Maximises Σ (y − MARGIN) over the accepted names.
 */
export const MARGIN = 0.45;
export function bestGain(rows, probs, use = () => true) {
  const pairs = rows.map((r, i) => [probs[i], r.y]).filter((_, i) => use(rows[i])).sort((a, b) => b[0] - a[0]);
  let gain = 0;
  let best = { t: 1, gain: 0 };
  for (let i = 0; i < pairs.length; i++) {
    gain += pairs[i][1] - MARGIN;
    if (i + 1 < pairs.length && pairs[i + 1][0] === pairs[i][0]) continue;
    if (gain > best.gain) best = { t: pairs[i][0], gain };
  }
  return Math.round(best.t * 1e4) / 1e4;
}

/** Veto threshold: the highest cut below which rule-proposed names are more often wrong than right (out of fold). */
function lowestKeep(rows, probs) {
  const ruled = rows.map((r, i) => [probs[i], r.y]).filter((_, i) => rows[i].ruled).sort((a, b) => a[0] - b[0]);
  let gain = 0;
  let best = { t: 0, gain: 0 };
  for (let i = 0; i < ruled.length; i++) {
    gain += ruled[i][1] === 0 ? 1 : -1; // dropping a wrong one gains, a right one loses
    if (gain > best.gain) best = { t: ruled[i][0] + 1e-9, gain };
  }
  return Math.round(best.t * 1e4) / 1e4;
}

/**
 * The scorer5 candidate (bench/definer-cv.bench.mjs variant e1; not shipped, docs/miner.md
 * "scorer5"): the base features with the context features, and as the evidence a learned name
 * needs (definer.ts `explainedSomewhere`, a weights file's `evidence`) a heading of its own, a
 * naming verb before it, a defining word right after it (是/指/用来/：/——), or — context
 * features — the name as the subject of a clause whose predicate explains it or says what it does
 * (`X 标记的是…`, `X 这个字段决定…`), or as the instrument of a clause (`用 X 把…`); a gloss or a
 * parenthesis after the name does not count alone (most names it let through were asides,
 * `（maxUnavailable）`). Accepted at p ≥ CONTEXT_THRESHOLD (`DEFINER_CONTEXT_THRESHOLD` to try another).
 */
export const CONTEXT_EVIDENCE = ['heading', 'naming-before', 'cue-copula', 'cue-purpose', 'cue-colon', 'cue-dash', 'subj-explain', 'subj-function', 'instrument', 'topic-marked'];
export const CONTEXT_THRESHOLD = Number(process.env.DEFINER_CONTEXT_THRESHOLD ?? 0.45);

let scoredRuns = 0;
/**
 * Mine a labelled set with the definer configuration in force (definer.setDefiner) and score it
 * as bench/miner.bench.mjs does: each chapter alone in an empty content/notes/ (`alone`) and,
 * unless `aloneOnly`, the set's chapters together next to the bundled content (`whole`). `tmp` is
 * a scratch directory the caller removes. Used by the cross-validation benches.
 */
export async function scoreSet(dir, tmp, { aloneOnly = false } = {}) {
  const corpus = readCorpus(dir);
  const alone = [];
  for (const c of corpus) {
    const d = path.join(tmp, `a${scoredRuns++}`);
    mkdirSync(path.join(d, 'notes'), { recursive: true });
    cpSync(c.file, path.join(d, 'notes', c.chapter));
    const ctx = await runStages(d, { layout: false });
    alone.push(scoreChapter(definedBy(ctx.graph, `notes/${c.chapter}`), c.labels));
  }
  if (aloneOnly) return { alone, whole: [] };
  const whole = path.join(tmp, `w${scoredRuns++}`);
  cpSync(path.join(ROOT, 'content'), whole, { recursive: true });
  mkdirSync(path.join(whole, 'notes', 'corpus'), { recursive: true });
  for (const c of corpus) cpSync(c.file, path.join(whole, 'notes', 'corpus', c.chapter));
  const ctx = await runStages(whole, { layout: false });
  return { alone, whole: corpus.map((c) => scoreChapter(definedBy(ctx.graph, `notes/corpus/${c.chapter}`), c.labels)) };
}
