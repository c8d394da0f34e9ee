#!/usr/bin/env node
/**
 * head43: every candidate the `component-at-work` veto (resolve.ts) turns down over development sets
 * alone, with the heading of its section and whether that heading is about the component (names it
 * first: `四、kube-proxy 是怎么转发的`), whether the component is a label of the chapter and whether
 * the chapter mined it anyway.
 *
 *   node bench/component-veto43.mjs $(ls -d tests/corpus/miner/dev* | sort -V)
 *
 * Never run on held-out sets.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { definedWithWhy, labelNames, normKey, readCorpus, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-')).map((d) => path.resolve(d));
if (dirs.some((d) => /holdout/.test(d))) {
  console.error('not on held-out sets');
  process.exit(2);
}
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const { setMineTracer } = await import(path.join(ROOT, 'src/graph/stages/mine.ts'));

/** The heading over a line (the nearest heading line before it outside fences), or ''. */
function headingOver(lines, line) {
  let fence = null;
  let h = '';
  for (let i = 0; i < line - 1 && i < lines.length; i++) {
    const f = /^\s*(```+|~~~+)/.exec(lines[i]);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence === null && /^#{1,6}\s/.test(lines[i])) h = lines[i].replace(/^#+\s*/, '');
  }
  return h;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'head43-veto-'));
let n = 0;
const rows = [];
for (const dir of dirs) {
  for (const c of readCorpus(dir)) {
    const d = path.join(tmp, `c${n++}`);
    mkdirSync(path.join(d, 'notes'), { recursive: true });
    cpSync(c.file, path.join(d, 'notes', c.chapter));
    const traces = [];
    setMineTracer((t) => traces.push(t));
    const ctx = await runStages(d, { layout: false });
    setMineTracer(undefined);
    const vetoed = traces.filter((t) => t.kind === 'candidate' && t.decisionRule === 'component-at-work');
    if (vetoed.length === 0) continue;
    const lines = readFileSync(c.file, 'utf8').split('\n');
    const defined = definedWithWhy(ctx, `notes/${c.chapter}`);
    const score = scoreChapter(defined, c.labels);
    const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
    for (const t of vetoed) {
      const name = t.label.replace(/[*`：:]/g, '').trim();
      const key = normKey(name);
      const label = items.find((l) => labelNames(l).has(key));
      const concept = defined.find((x) => [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter(Boolean).some((tt) => normKey(tt) === key));
      const outcome = concept === undefined ? (label ? 'missed' : 'none') : score.fp.includes(concept) ? 'fp' : score.duplicates.includes(concept) ? 'dup' : 'found';
      const heading = headingOver(lines, t.line);
      const first = normKey(heading.normalize('NFKC').replace(/^[^A-Za-z]*/, '')).startsWith(key);
      rows.push({ set: path.basename(dir), at: `${c.chapter}:${t.line}`, rule: t.rule, name, label: label?.kind ?? '-', outcome, heading, first });
    }
  }
}
for (const r of rows) console.log(`${r.set}\t${r.at}\t${r.rule}\t${r.name}\t${r.label}\t${r.outcome}\t${r.first ? 'FIRST' : '-'}\t${r.heading}`);
const t = new Map();
for (const r of rows) {
  const k = `${r.first ? 'heading-first' : 'other-heading'} ${r.label === '-' ? 'not-label' : 'label'} ${r.outcome}`;
  const e = t.get(k) ?? { n: 0, sets: new Set() };
  e.n++;
  e.sets.add(r.set);
  t.set(k, e);
}
console.log('\nheading? label? outcome: vetoed candidates (sets)');
for (const [k, e] of [...t].sort()) console.log(`${k}: ${e.n} (${e.sets.size})`);
