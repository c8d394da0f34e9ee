#!/usr/bin/env node
/**
 * veto38: what each of the miner's vetoes, gates and thresholds costs in labels (issue 12).
 *   node bench/miner-misses.mjs $(ls -d tests/corpus/miner/dev*) --vetoes --all-vetoes --json /tmp/v.json
 *   node bench/veto-costs38.mjs /tmp/v.json [--sets] [--veto NAME --lines] [--learned]
 *
 * For every veto of the resolver (the rule of a `none` decision, for rule and learned candidates alike) it
 * counts the candidates it turned down whose name is a label the chapter missed (`missed`: recall it costs),
 * one the chapter found anyway (`found`: neutral), or no label's (`none`: a false positive it saves; of those,
 * `not` are listed under the chapter's `not:` and count double in `saved` = none + not), the sets (writers)
 * the missed and the saved come from, and `--sets` the missed per set. `--veto NAME --lines` lists that veto's
 * rows with their line (bench/lib/veto-shapes.mjs places them). The shapes inside one veto:
 * `node bench/veto-shapes.mjs /tmp/v.json --veto NAME`.
 *
 * `--learned` adds the learned scorer's gates, from its own candidate rows (scripts/lib/definer-train.mjs
 * collectRows, each chapter alone, shipped weights): the names no rule proposed that the evidence gate keeps
 * out (no `evidence` feature) and those the threshold keeps out (explained, KEYWORD_THRESHOLD ≤ p <
 * threshold: a concept only as a concept note's keyword; p < KEYWORD_THRESHOLD: never), each as new labels
 * (a label no rule candidate names: recall it costs) / other spellings of a ruled label / no label's (saved).
 * Measuring only: the miner reads nothing here. docs/miner.md "veto38".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeOf, vetoName } from './lib/veto-shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--veto');
if (!file) {
  console.error('usage: node bench/veto-costs38.mjs VETOES.json [--sets] [--veto NAME --lines] [--learned]');
  process.exit(2);
}

/** The rows of one veto JSON (bench/miner-misses.mjs --vetoes), grouped by veto: the counts of each. */
function vetoCosts(rows) {
  const out = new Map();
  for (const r of rows) {
    const g = out.get(r.veto) ?? { veto: r.veto, missed: 0, found: 0, none: 0, not: 0, missedSets: new Map(), savedSets: new Set(), rules: new Set() };
    g[r.is] += 1;
    if (r.not) g.not += 1;
    if (r.is === 'missed') g.missedSets.set(r.set, (g.missedSets.get(r.set) ?? 0) + 1);
    if (r.is === 'none') g.savedSets.add(r.set);
    g.rules.add(r.rule.startsWith('learned') ? 'learned' : 'rule');
    out.set(r.veto, g);
  }
  return [...out.values()].map((g) => ({ ...g, saved: g.none + g.not })).sort((a, b) => b.missed - a.missed || b.saved - a.saved || (a.veto < b.veto ? -1 : 1));
}

const data = JSON.parse(readFileSync(file, 'utf8'));
const rows = data.vetoes ?? [];
const sets = new Set((data.misses ?? []).map((m) => m.set).concat(rows.map((r) => r.set)));
console.log(`${rows.length} vetoed candidates in ${sets.size} sets: missed = a label the chapter missed (recall cost), found = found anyway, saved = none + not (not: listed under \`not:\`, counted twice)`);
console.log(['veto', 'of', 'missed', 'sets', 'found', 'none', 'not', 'saved', 'sets', ...(args.includes('--sets') ? ['missed by set'] : [])].join('\t'));
for (const g of vetoCosts(rows)) {
  const bySet = [...g.missedSets].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s}:${n}`).join(' ');
  console.log([g.veto, [...g.rules].join('+'), g.missed, g.missedSets.size, g.found, g.none, g.not, g.saved, g.savedSets.size, ...(args.includes('--sets') ? [bySet] : [])].join('\t'));
}

const only = opt('--veto');
if (only && args.includes('--lines')) {
  const cache = new Map();
  const linesOf = (set, chapter) => {
    const f = path.join(ROOT, 'tests/corpus/miner', set, chapter);
    if (!cache.has(f)) cache.set(f, readFileSync(f, 'utf8').split('\n'));
    return cache.get(f);
  };
  console.log(`\n${only}: every row`);
  for (const r of rows.filter((x) => x.veto === only)) {
    const line = linesOf(r.set, r.chapter)[r.line - 1] ?? '';
    console.log([r.is + (r.not ? '(not)' : ''), r.set, r.rule, placeOf(line, vetoName(r.label)), vetoName(r.label), `${r.chapter}:${r.line}`, line.trim().slice(0, 110)].join('\t'));
  }
}

if (args.includes('--learned')) {
  const { ALL_FEATURES, ALL_SETS, collectRows, markNewLabels, predict } = await import('../scripts/lib/definer-train.mjs');
  const { KEYWORD_THRESHOLD } = await import('../src/graph/miner/definer.ts');
  const w = JSON.parse(readFileSync(path.join(ROOT, 'src/graph/miner/definer-weights.json'), 'utf8'));
  const { rows: cands } = await collectRows(ALL_SETS);
  markNewLabels(cands);
  const p = predict(cands, w.features, w.weights);
  const evidence = w.evidence.map((f) => ALL_FEATURES.indexOf(f));
  const unruled = cands.map((r, i) => ({ r, p: p[i] })).filter(({ r }) => !r.ruled);
  const explained = ({ r }) => evidence.some((c) => (r.x[c] ?? 0) !== 0);
  const count = (sel) => [sel.filter(({ r }) => r.ynew).length, new Set(sel.filter(({ r }) => r.ynew).map(({ r }) => r.set)).size, sel.filter(({ r }) => r.y && !r.ynew).length, sel.filter(({ r }) => !r.y).length];
  console.log(`\nthe learned scorer's gates (${cands.length} candidate rows, ${unruled.length} no rule proposed; threshold ${w.threshold}, keyword ${KEYWORD_THRESHOLD})`);
  console.log(['gate', 'new labels', 'sets', 'other spellings', 'no label (saved)'].join('\t'));
  console.log(['evidence gate, p ≥ threshold', ...count(unruled.filter((g) => !explained(g) && g.p >= w.threshold))].join('\t'));
  console.log(['evidence gate, keyword ≤ p < threshold', ...count(unruled.filter((g) => !explained(g) && g.p >= KEYWORD_THRESHOLD && g.p < w.threshold))].join('\t'));
  console.log(['threshold: explained, keyword ≤ p < threshold (keyword-only)', ...count(unruled.filter((g) => explained(g) && g.p >= KEYWORD_THRESHOLD && g.p < w.threshold))].join('\t'));
  console.log(['threshold: explained, 0.4 ≤ p < threshold', ...count(unruled.filter((g) => explained(g) && g.p >= 0.4 && g.p < w.threshold))].join('\t'));
  console.log(['threshold: explained, p < keyword', ...count(unruled.filter((g) => explained(g) && g.p < KEYWORD_THRESHOLD))].join('\t'));
  console.log(['accepted: explained, p ≥ threshold', ...count(unruled.filter((g) => explained(g) && g.p >= w.threshold))].join('\t'));
}
