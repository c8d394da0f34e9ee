#!/usr/bin/env node
/**
 * Note-miner benchmark: precision and recall of what free-form chapters are read to define,
 * against a labelled corpus (`npm run bench -- miner`, or `node bench/miner.bench.mjs <dir>`;
 * default tests/corpus/miner/dev). Label format and scoring: bench/lib/miner-score.mjs.
 *
 * Two settings:
 *   alone  each chapter alone in an empty content/notes/ (no map, no concept notes);
 *   whole  all chapters together, next to the bundled content (map.md, concepts/, notes/).
 * Reports entity-level P/R (the right concept) and typed P/R (the right kind, and for fields
 * the right owner and field path), per chapter and overall. Target: ≥ 0.9 for both.
 * `--verbose` lists the false positives and misses. Not timed: the numbers are deterministic.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { definedBy, readCorpus, scoreChapter, totals } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = path.resolve(args.find((a) => !a.startsWith('-')) ?? path.join(ROOT, 'tests/corpus/miner/dev'));
const { loadGraph } = await import(path.join(ROOT, 'src/graph/index.ts'));

const corpus = readCorpus(dir);
if (corpus.length === 0) {
  console.error(`no *.labels.yaml in ${dir}`);
  process.exit(1);
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
  console.log('chapter                                     mined labels |  P     R   | typed P  typed R | not-violations');
  for (const s of scores) {
    const t = totals([s]);
    console.log(
      `${padEnd(s.chapter, 42)}  ${String(s.mined).padStart(5)} ${String(s.labels).padStart(6)} | ${pct(t.precision)}  ${pct(t.recall)} |  ${pct(t.typedPrecision)}    ${pct(t.typedRecall)}  | ${s.notViolations.join(', ') || '-'}`,
    );
    if (verbose) {
      const name = (c) => `${c.title}${c.kind ? ` (${c.kind}${c.fieldPath ? ` ${c.owner ?? 'Pod'}:${c.fieldPath}` : ''})` : ''}`;
      if (s.fp.length) console.log(`    false positives: ${s.fp.map(name).join('; ')}`);
      if (s.duplicates.length) console.log(`    duplicates:      ${s.duplicates.map(name).join('; ')}`);
      if (s.misses.length) console.log(`    missed:          ${s.misses.map((l) => `${l.name} (${l.kind})`).join('; ')}`);
      if (s.wrongType.length) console.log(`    wrong type:      ${s.wrongType.map((w) => `${name(w.concept)} ≠ ${w.label.kind}${w.label.fieldPath ? ` ${w.label.owner ?? 'Pod'}:${w.label.fieldPath}` : ''}`).join('; ')}`);
    }
  }
  const t = totals(scores);
  console.log(
    `${'overall'.padEnd(42)}  ${String(t.mined).padStart(5)} ${String(t.labels).padStart(6)} | ${pct(t.precision)}  ${pct(t.recall)} |  ${pct(t.typedPrecision)}    ${pct(t.typedRecall)}  |`,
  );
  return t;
}

try {
  // alone: each chapter in an empty notes folder
  const alone = [];
  for (const c of corpus) {
    const d = path.join(tmp, `alone-${alone.length}`);
    mkdirSync(path.join(d, 'notes'), { recursive: true });
    cpSync(c.file, path.join(d, 'notes', c.chapter));
    const g = await loadGraph(d, { layout: false });
    alone.push({ chapter: c.chapter, ...scoreChapter(definedBy(g, `notes/${c.chapter}`), c.labels) });
  }
  // whole: every chapter next to the bundled content
  const whole = path.join(tmp, 'whole');
  cpSync(path.join(ROOT, 'content'), whole, { recursive: true });
  mkdirSync(path.join(whole, 'notes', 'corpus'), { recursive: true });
  for (const c of corpus) cpSync(c.file, path.join(whole, 'notes', 'corpus', c.chapter));
  const g = await loadGraph(whole, { layout: false });
  const together = corpus.map((c) => ({ chapter: c.chapter, ...scoreChapter(definedBy(g, `notes/corpus/${c.chapter}`), c.labels) }));

  console.log(`note miner on ${path.relative(process.cwd(), dir) || dir}: ${corpus.length} chapters`);
  const a = report('each chapter alone in an empty content/notes/', alone);
  const w = report('all chapters next to the bundled content', together);
  const ok = (t) => t.precision >= 0.9 && t.recall >= 0.9;
  console.log(`\ntarget P ≥ 0.90 and R ≥ 0.90 (entity level): alone ${ok(a) ? 'met' : 'NOT met'}, whole ${ok(w) ? 'met' : 'NOT met'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
