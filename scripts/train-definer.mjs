#!/usr/bin/env node
/**
 * Train the learned definition scorer (src/graph/miner/definer.ts) and write
 * src/graph/miner/definer-weights.json:
 *   node scripts/train-definer.mjs                     regenerate the weights (the shipped recipe, `hybrid`)
 *   node scripts/train-definer.mjs --check             fail when the shipped weights differ from a fresh training
 *   node scripts/train-definer.mjs --recipe new|nine [--out FILE] [--check]
 *                                                      one of the two scorers alone (to compare)
 *
 * Recipes (docs/miner.md, "learn1", "learn2" and "The sixteenth session"):
 *   hybrid (shipped since the sixteenth session) `new` with `nine` as its companion
 *         (DefinerWeights.companion): `nine` scores the rules' candidates (rules13's keyword band)
 *         and adds the names of the API it accepts (`adds`), `new` adds the names it accepts. `new` alone left out
 *         what `nine` had added on names a rule proposed elsewhere or the design sets' labels
 *         rarely hold (a kind explained in prose, a common key in a fragment's key list).
 *   new   (shipped from learn2 to the sixteenth session) trained on every design set (DESIGN_SETS: dev … dev38, dev45 …;
 *         never dev39 … dev44, OOS_SETS) to find NEW labels: only the names no rule proposed are
 *         training rows; y = 1 when the name is a label no rule candidate of its chapter names
 *         (markNewLabels `ynew`); names of a label a rule candidate names (another spelling, a
 *         gloss, a path: `yold`) are left out. Features: the base features with scorer5's context
 *         features and learn1's way-of-writing features (`wbase`); L2 0.001; accepted at p ≥ 0.4
 *         (chosen by learn1's grouped cross-validation, bench/definer-groups.bench.mjs recipe
 *         `new-wbase-0.001-t0.4`); since learn3 a name is admitted with the way-of-writing evidence
 *         too (definer.ts WRITING_EVIDENCE) at p ≥ 0.48 (recipe `new-wbase-0.001-t0.48-ev3`).
 *   nine  (shipped from "Switched on" to learn1) every candidate of the nine sets dev … dev9
 *         (DEV_SETS), y = 1 when a label has the name; the features before scorer5's context
 *         features; L2 0.01; p ≥ 0.5 in mode union; veto threshold from a leave-one-set-out run.
 * `--out FILE` writes (or, with --check, compares) another file than the shipped one.
 * Training is deterministic (scripts/lib/definer-train.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, DEV_SETS, DESIGN_SETS, L2, RATE, STEPS, collectRows, fit, train, markNewLabels, PRIOR_FEATURES, BASE_FEATURES, WRITING_FEATURES, EXPLAINING_FEATURES, WRITING_EVIDENCE, TOPIC_FEATURES } from './lib/definer-train.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const check = args.includes('--check');
const recipe = opt('--recipe') ?? 'hybrid';
const out = path.resolve(ROOT, opt('--out') ?? 'src/graph/miner/definer-weights.json');
const MODE = process.env.DEFINER_MODE ?? 'union';

/**
 * recipe `nine`: `union` at p ≥ 0.5: a name no rule proposed becomes a definition when the model
 * finds it more likely explained than not (the decision boundary of the logistic model). The
 * cross-validated all-names threshold (`allThreshold`, about 0.36) bought recall with more
 * precision than it was worth on two held-out sets (docs/miner.md, "Switched on"). The base
 * features without scorer5's context features, which did not pass the cross-validation
 * (docs/miner.md, "scorer5").
 */
async function nine() {
  const features = [...PRIOR_FEATURES];
  const sets = DEV_SETS.map((d) => path.basename(d));
  const { rows } = await collectRows(DEV_SETS);
  const w = fit(rows, sets, features);
  return {
    mode: MODE,
    features: w.features,
    weights: w.weights,
    // union: the model's decision boundary; `alone` uses the F1 threshold, other modes the all-names one (variant c2)
    threshold: MODE === 'alone' ? w.aloneThreshold : MODE === 'union' ? 0.5 : w.allThreshold,
    vetoThreshold: w.vetoThreshold,
    trained: { sets, candidates: rows.length, positives: rows.filter((r) => r.y).length, l2: L2, steps: STEPS, rate: RATE, by: 'scripts/train-definer.mjs' },
  };
}

/** recipe `new` (learn2): see the head of the file. */
const NEW_L2 = 0.001;
/**
 * learn3: a name is admitted with the way-of-writing evidence too (definer.ts WRITING_EVIDENCE: the
 * instrument or subject of its clause, taken up by the next sentence), at p ≥ 0.48 instead of 0.4
 * (bench/definer-groups.bench.mjs recipe `new-wbase-0.001-t0.48-ev3`; docs/miner.md "learn3"). 0.46 found
 * more out of fold but fails dev52's typed-precision floor (learned paths typed as terms), so 0.48.
 */
/**
 * learn4: a key the note's own YAML sets that no API kind has (definer.ts unknownYamlKey, refused
 * before) may be added too when its prose explains it — the same evidence (`yamlKeyEvidence`) — at
 * p ≥ 0.5 instead of 0.48 (bench/definer-groups.bench.mjs, docs/miner.md "learn4": out of fold +9
 * labels, −4 false positives alone; dev39 … dev44 +3 labels, no false positive more).
 */
const NEW_THRESHOLD = 0.5;
const NEW_EVIDENCE = [...EXPLAINING_FEATURES, ...WRITING_EVIDENCE];
const NEW_YAML_KEY_EVIDENCE = NEW_EVIDENCE;
async function fresh() {
  if (MODE !== 'union') throw new Error('recipe new is a union scorer (it decides only on names no rule proposed)');
  // (rules25: with the topic conjunctions, topic-features.ts; docs/miner.md "rules25")
  const features = [...BASE_FEATURES, ...WRITING_FEATURES, ...TOPIC_FEATURES];
  const sets = DESIGN_SETS.map((d) => path.basename(d));
  const { rows } = await collectRows(DESIGN_SETS);
  markNewLabels(rows, DESIGN_SETS);
  const trainRows = rows.filter((r) => !r.ruled && !r.yold).map((r) => ({ ...r, y: r.ynew }));
  return {
    mode: MODE,
    features,
    weights: train(trainRows, features, NEW_L2),
    threshold: NEW_THRESHOLD,
    evidence: NEW_EVIDENCE,
    yamlKeyEvidence: NEW_YAML_KEY_EVIDENCE,
    // union mode never vetoes a rule's candidate
    vetoThreshold: 0,
    trained: {
      recipe: 'new',
      sets,
      candidates: rows.length,
      rows: trainRows.length,
      positives: trainRows.filter((r) => r.y).length,
      target: 'a label no rule candidate of the chapter names; names no rule proposed only',
      l2: NEW_L2,
      steps: STEPS,
      rate: RATE,
      by: 'scripts/train-definer.mjs',
    },
  };
}

/**
 * recipe `hybrid`: `new`, with `nine` (without its mode) as the companion scorer, which adds only
 * names of the API: over the 59 sets alone, letting it add any name found 60 labels more for 70 false
 * positives more (dev39 … dev44: +3, +9); names of the API only, 24 for 36 (dev39 … dev44: +3, +2),
 * and it keeps what `new` alone dropped: a kind a chapter explains in prose, a key of a fragment's
 * key list, a field an Init container's definition names (docs/miner.md, "The sixteenth session").
 */
const COMPANION_ADDS = ['api-kind', 'api-field'];
async function hybrid() {
  const w = await fresh();
  const { mode: _mode, ...companion } = await nine();
  return { ...w, trained: { ...w.trained, recipe: 'hybrid' }, companion: { ...companion, adds: COMPANION_ADDS } };
}

const RECIPES = { hybrid, new: fresh, nine };
if (!RECIPES[recipe]) {
  console.error(`--recipe takes ${Object.keys(RECIPES).join(' or ')}`);
  process.exit(2);
}
const file = await RECIPES[recipe]();
const text = `${JSON.stringify(file, null, 2)}\n`;
if (check) {
  const shipped = readFileSync(out, 'utf8');
  if (shipped !== text) {
    console.error(`${path.relative(ROOT, out)} differs from a fresh training (recipe ${recipe}): run node scripts/train-definer.mjs${recipe === 'hybrid' ? '' : ` --recipe ${recipe}`}`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, out)} is what training gives (recipe ${recipe}, ${file.trained.candidates} candidates)`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(ROOT, out)}: recipe ${recipe}, ${file.features.length} features, threshold ${file.threshold}, mode ${MODE}`);
}
