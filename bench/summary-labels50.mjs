#!/usr/bin/env node
/**
 * mend50: concepts mined from development-set chapters alone whose summary opens with a generic label and its
 * colon written plainly (`踩坑：Job 的 Pod 模板里…`, `注意：ClusterIP 是…`, `小结：…`, `Tips: …`, a misspelt one):
 * the label the miner's rules `generic-label`, `generic-misspelling` and `numbered-generic` (label-rules.ts
 * NOT_A_CONCEPT) turn down as a concept's name. A bold one (`**注意**：`) is dropped already (summaries.ts afterLabel).
 * Per row: set, chapter, concept, outcome against the labels, the label, whether it is a caution (summaries.ts
 * CAUTION_OPENING), the summary's start; then the tally by label word and by outcome.
 *
 *   node bench/summary-labels50.mjs $(ls -d tests/corpus/miner/dev* | sort -V) [--quiet] [--dump F.json] [--root DIR]
 *
 * `--dump F.json` writes every mined concept's summary (set, chapter, id, summary), to compare two runs; `--root DIR`
 * builds with another checkout's engine (a base commit's `git archive` with this tree's node_modules linked in).
 *
 * Never run on held-out sets (chapters-alone.mjs refuses them).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chaptersAlone, printTally } from './lib/chapters-alone.mjs';
import { definedWithWhy, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const valueOf = (flag) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const dump = valueOf('--dump');
const root = path.resolve(valueOf('--root') ?? ROOT);
const dirs = args.filter((a, i) => !a.startsWith('-') && !['--dump', '--root'].includes(args[i - 1])).map((d) => path.resolve(d));
const { NOT_A_CONCEPT } = await import(path.join(ROOT, 'src/graph/miner/label-rules.ts'));
const { cautionOpening } = await import(path.join(ROOT, 'src/graph/summaries.ts'));
const all = [];
const GENERIC_RULES = new Set(['generic-label', 'generic-misspelling', 'numbered-generic']);
const generic = NOT_A_CONCEPT.filter((r) => GENERIC_RULES.has(r.name));
/** A label written plainly before a colon at the summary's start (up to 12 characters, no punctuation inside). */
const OPENING_LABEL = /^\s*([^\s:：，,。；;！!？?（）()]{1,12}(?:\s[^\s:：，,。；;！!？?（）()]{1,8}){0,2})\s*[:：]\s*\S/u;

const rows = [];
for await (const { dir, c, file, ctx } of chaptersAlone(dirs, { root, prefix: 'mend50-sum-' })) {
  const defined = definedWithWhy(ctx, file);
  const score = scoreChapter(defined, c.labels);
  for (const x of defined) {
    if (dump) all.push({ set: path.basename(dir), chapter: c.chapter, id: x.id, summary: x.summary ?? '' });
    const m = OPENING_LABEL.exec(x.summary ?? '');
    if (m === null) continue;
    const rule = generic.find((r) => r.test(m[1]));
    if (rule === undefined) continue;
    const outcome = score.fp.includes(x) ? 'fp' : score.duplicates.includes(x) ? 'dup' : (score.neutral ?? []).includes(x) ? 'neutral' : 'found';
    rows.push({ set: path.basename(dir), chapter: c.chapter, id: x.id, outcome, label: m[1], rule: rule.name, caution: cautionOpening(x.summary), summary: x.summary.slice(0, 50) });
  }
}
if (!quiet) for (const r of rows) console.log([r.set, r.chapter, r.id, r.outcome, r.label, r.rule, r.caution ? 'caution' : '-', r.summary].join('\t'));
printTally('\nlabel: summaries (sets)', rows, (r) => r.label);
printTally('\noutcome, caution: summaries (sets)', rows, (r) => `${r.outcome} ${r.caution ? 'caution' : 'other'}`);
console.log(`\n${rows.length} summaries open with a generic label in ${new Set(rows.map((r) => r.set)).size} sets`);
if (dump) writeFileSync(dump, JSON.stringify(all));
