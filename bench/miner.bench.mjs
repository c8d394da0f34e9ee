#!/usr/bin/env node
/**
 * Note-miner benchmark: precision and recall of what free-form chapters are read to define,
 * against labelled corpora (`npm run bench -- miner`, or `node bench/miner.bench.mjs [dir …]`;
 * default: every development set tests/corpus/miner/dev* in number order: dev, dev2 … dev16). Label
 * format and scoring: bench/lib/miner-score.mjs.
 *
 * Two settings, for each set:
 *   alone  each chapter alone in an empty content/notes/ (no map, no concept notes);
 *   whole  the set's chapters together, next to the bundled content (map.md, concepts/, notes/).
 * Reports entity-level P/R (the right concept) and typed P/R (the right kind, and for fields
 * the right owner and field path), per chapter, per set and over all sets. Target: ≥ 0.9.
 * `--verbose` lists the false positives (with the rule that made each and its line), the
 * duplicates, the misses and the wrong types. Not timed: the numbers are deterministic.
 * `--definer union|veto|alone|off` runs the learned definition scorer (src/graph/miner/definer.ts)
 * with the shipped weights in that mode instead of the shipped mode (docs/miner.md);
 * `--definer-threshold P` with another acceptance threshold than the trained one;
 * `--definer-weights FILE` with another weights file (e.g. the recipe shipped before learn2:
 * `node scripts/train-definer.mjs --recipe nine --out /tmp/nine.json`), in that file's mode.
 * `--json FILE` writes exact counts per set and setting (labels, mined, found, false positives,
 * duplicates, neutral, P/R entity and typed), to sum any group of sets without reading their misses.
 * Column `about`: concepts that are the chapter's own subject (its labels' `about:`) and match no
 * label: neutral, neither found nor false positives, not in `mined` (bench/lib/miner-score.mjs; prec37).
 * They are not a gain of the miner: before prec37 they counted as false positives.
 * `--outcomes FILE` writes every mined concept of every chapter alone (set, chapter, title, kind,
 * the rules that made it and its outcome: found, wrong-type, fp or dup), one JSON object a line,
 * for bench/miner-rules.mjs (precision per rule and per set).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { definedWithWhy, devSets, readCorpus, scoreChapter, totals } from './lib/miner-score.mjs';
import { conceptOutcomes } from './lib/miner-rules.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const definerAt = args.indexOf('--definer');
const definerMode = definerAt >= 0 ? args[definerAt + 1] : undefined;
if (definerMode !== undefined && !['off', 'union', 'veto', 'alone'].includes(definerMode)) {
  console.error('--definer takes off, union, veto or alone');
  process.exit(2);
}
const thresholdAt = args.indexOf('--definer-threshold');
const definerThreshold = thresholdAt >= 0 ? Number(args[thresholdAt + 1]) : undefined;
if (definerThreshold !== undefined && !(definerThreshold > 0 && definerThreshold < 1)) {
  console.error('--definer-threshold takes a probability between 0 and 1');
  process.exit(2);
}
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const weightsAt = args.indexOf('--definer-weights');
const definerWeights = weightsAt >= 0 ? args[weightsAt + 1] : undefined;
const outcomesAt = args.indexOf('--outcomes');
const outcomesOut = outcomesAt >= 0 ? args[outcomesAt + 1] : undefined;
const given = args.filter((a, i) => !a.startsWith('-') && ![definerAt, thresholdAt, weightsAt, jsonAt, outcomesAt].some((at) => at >= 0 && i === at + 1));
const dirs = (given.length > 0 ? given : devSets()).map((d) => path.resolve(d));
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
if (definerWeights !== undefined) {
  const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
  const w = JSON.parse(readFileSync(definerWeights, 'utf8'));
  definer.setDefiner({ mode: w.mode ?? 'union', weights: w });
  console.log(`learned definition scorer: weights ${definerWeights} (${w.features.length} features, threshold ${w.threshold}, mode ${w.mode ?? 'union'})`);
}
if (definerMode !== undefined) {
  const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
  definer.setDefiner({ ...definer.definerConfig(), mode: definerMode });
  console.log(`learned definition scorer: ${definerMode}`);
}
if (definerThreshold !== undefined) {
  const definer = await import(path.join(ROOT, 'src/graph/miner/definer.ts'));
  const cfg = definer.definerConfig();
  definer.setDefiner({ ...cfg, weights: { ...cfg.weights, threshold: definerThreshold } });
  console.log(`learned definition scorer: threshold ${definerThreshold}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'k8smap-miner-bench-'));
const pct = (x) => x.toFixed(2);
/** Pad to a display width (CJK characters take two columns). */
const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
const padEnd = (s, n) => {
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > n) break;
    out += ch;
  }
  return out + ' '.repeat(Math.max(0, n - width(out)));
};

function report(setting, scores) {
  console.log(`\n${setting}`);
  console.log('chapter                                     mined labels about |  P     R   | typed P  typed R | not-violations');
  for (const s of scores) {
    const t = totals([s]);
    console.log(
      `${padEnd(s.chapter, 42)}  ${String(s.mined).padStart(5)} ${String(s.labels).padStart(6)} ${String(t.neutral).padStart(5)} | ${pct(t.precision)}  ${pct(t.recall)} |  ${pct(t.typedPrecision)}    ${pct(t.typedRecall)}  | ${s.notViolations.join(', ') || '-'}`,
    );
    if (verbose) {
      const name = (c) => `${c.title}${c.kind ? ` (${c.kind}${c.fieldPath ? ` ${c.owner ?? 'Pod'}:${c.fieldPath}` : ''})` : ''}`;
      const why = (c) => (c.why ? ` [${c.why}]` : '');
      if (s.fp.length) console.log(`    false positives: ${s.fp.map((c) => name(c) + why(c)).join('; ')}`);
      if (s.duplicates.length) console.log(`    duplicates:      ${s.duplicates.map((c) => name(c) + why(c)).join('; ')}`);
      if (s.neutral.length) console.log(`    about (neutral): ${s.neutral.map((c) => name(c) + why(c)).join('; ')}`);
      if (s.misses.length) console.log(`    missed:          ${s.misses.map((l) => `${l.name} (${l.kind})`).join('; ')}`);
      if (s.wrongType.length) console.log(`    wrong type:      ${s.wrongType.map((w) => `${name(w.concept)}${why(w.concept)} ≠ ${w.label.kind}${w.label.fieldPath ? ` ${w.label.owner ?? 'Pod'}:${w.label.fieldPath}` : ''}`).join('; ')}`);
    }
  }
  return line('overall', totals(scores));
}

function line(label, t) {
  console.log(`${padEnd(label, 42)}  ${String(t.mined).padStart(5)} ${String(t.labels).padStart(6)} ${String(t.neutral).padStart(5)} | ${pct(t.precision)}  ${pct(t.recall)} |  ${pct(t.typedPrecision)}    ${pct(t.typedRecall)}  |`);
  return t;
}

const summary = [];
/** @type {object[]} */
const outcomes = [];
try {
  for (const dir of dirs) {
    const corpus = readCorpus(dir);
    if (corpus.length === 0) {
      console.error(`no *.labels.yaml in ${dir}`);
      process.exit(1);
    }
    const name = path.relative(process.cwd(), dir) || dir;
    // alone: each chapter in an empty notes folder
    const alone = [];
    for (const c of corpus) {
      const d = path.join(tmp, `alone-${summary.length}-${alone.length}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      cpSync(c.file, path.join(d, 'notes', c.chapter));
      const ctx = await runStages(d, { layout: false });
      const defined = definedWithWhy(ctx, `notes/${c.chapter}`);
      const score = scoreChapter(defined, c.labels);
      alone.push({ chapter: c.chapter, ...score });
      if (outcomesOut) outcomes.push(...conceptOutcomes(defined, score).map((o) => ({ set: path.basename(dir), chapter: c.chapter, ...o })));
    }
    // whole: the set's chapters next to the bundled content
    const whole = path.join(tmp, `whole-${summary.length}`);
    cpSync(path.join(ROOT, 'content'), whole, { recursive: true });
    mkdirSync(path.join(whole, 'notes', 'corpus'), { recursive: true });
    for (const c of corpus) cpSync(c.file, path.join(whole, 'notes', 'corpus', c.chapter));
    const ctx = await runStages(whole, { layout: false });
    const together = corpus.map((c) => ({ chapter: c.chapter, ...scoreChapter(definedWithWhy(ctx, `notes/corpus/${c.chapter}`), c.labels) }));

    console.log(`\nnote miner on ${name}: ${corpus.length} chapters`);
    summary.push({ name, alone, together, a: report('each chapter alone in an empty content/notes/', alone), w: report('the chapters next to the bundled content', together) });
  }
  console.log('\nsummary                                     mined labels about |  P     R   | typed P  typed R |');
  for (const setting of ['alone', 'together']) {
    console.log(setting === 'alone' ? 'each chapter alone' : 'next to the bundled content');
    for (const s of summary) line(`  ${s.name}`, totals(s[setting]));
    if (summary.length > 1) line('  all sets', totals(summary.flatMap((s) => s[setting])));
  }
  const ok = (t) => t.precision >= 0.9 && t.recall >= 0.9;
  const all = (setting) => totals(summary.flatMap((s) => s[setting]));
  if (jsonOut) {
    const counts = (scores) => {
      const t = totals(scores);
      const sum = (f) => scores.reduce((n, x) => n + f(x), 0);
      return { labels: t.labels, mined: t.mined, found: sum((x) => x.recalled), fp: sum((x) => x.fp.length), dup: sum((x) => x.duplicates.length), neutral: t.neutral, precision: t.precision, recall: t.recall, typedPrecision: t.typedPrecision, typedRecall: t.typedRecall };
    };
    writeFileSync(jsonOut, JSON.stringify(Object.fromEntries(summary.map((s) => [path.basename(s.name), { alone: counts(s.alone), whole: counts(s.together) }])), null, 1));
  }
  if (outcomesOut) writeFileSync(outcomesOut, outcomes.map((o) => JSON.stringify(o)).join('\n') + '\n');
  const neutral = (setting) => all(setting).neutral;
  console.log(`\nabout (neutral, not in mined, not a miner gain: the chapter's own subject, unlisted; counted as false positives before prec37): alone ${neutral('alone')}, whole ${neutral('together')}`);
  console.log(`\ntarget P ≥ 0.90 and R ≥ 0.90 (entity level, all sets): alone ${ok(all('alone')) ? 'met' : 'NOT met'}, whole ${ok(all('together')) ? 'met' : 'NOT met'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
