#!/usr/bin/env node
/**
 * Train the learned definition scorer (src/graph/miner/definer.ts) on the nine labelled
 * development sets dev … dev9 (DEV_SETS) and write src/graph/miner/definer-weights.json:
 *   node scripts/train-definer.mjs            regenerate the weights
 *   node scripts/train-definer.mjs --check    fail when the shipped weights differ from a fresh training
 *
 * What ships (the features, the mode) is decided by the cross-validation in
 * bench/definer-cv.bench.mjs; see docs/miner.md. Training is deterministic (scripts/lib/definer-train.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, DEV_SETS, L2, RATE, STEPS, collectRows, fit, PRIOR_FEATURES } from './lib/definer-train.mjs';

/**
 * The shipped variant: see docs/miner.md for the cross-validation and the held-out scores behind
 * it. `union` at p ≥ 0.5: a name no rule proposed becomes a definition when the model finds it more
 * likely explained than not (the decision boundary of the logistic model). The cross-validated
 * all-names threshold (`allThreshold`, about 0.36) bought recall with more precision than it was
 * worth on two held-out sets (docs/miner.md, "Switched on").
 */
const MODE = process.env.DEFINER_MODE ?? 'union';
const UNION_THRESHOLD = 0.5;
// the base features without scorer5's context features, which did not pass the
// cross-validation (docs/miner.md, "scorer5"); the build computes them, these weights ignore them
const FEATURES = [...PRIOR_FEATURES];

const out = path.join(ROOT, 'src/graph/miner/definer-weights.json');
const check = process.argv.includes('--check');
const sets = DEV_SETS.map((d) => path.basename(d));
const { rows } = await collectRows();
const w = fit(rows, sets, FEATURES);
const file = {
  mode: MODE,
  features: w.features,
  weights: w.weights,
  // union: the model's decision boundary; `alone` uses the F1 threshold, other modes the all-names one (variant c2)
  threshold: MODE === 'alone' ? w.aloneThreshold : MODE === 'union' ? UNION_THRESHOLD : w.allThreshold,
  vetoThreshold: w.vetoThreshold,
  trained: { sets, candidates: rows.length, positives: rows.filter((r) => r.y).length, l2: L2, steps: STEPS, rate: RATE, by: 'scripts/train-definer.mjs' },
};
const text = `${JSON.stringify(file, null, 2)}\n`;
if (check) {
  const shipped = readFileSync(out, 'utf8');
  if (shipped !== text) {
    console.error(`${path.relative(ROOT, out)} differs from a fresh training: run node scripts/train-definer.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, out)} is what training gives (${rows.length} candidates)`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(ROOT, out)}: ${FEATURES.length} features, threshold ${file.threshold}, mode ${MODE}`);
}
