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
import path from 'node:path';
import { chaptersAlone, printTally } from './lib/chapters-alone.mjs';
import { linesOutsideFences } from './lib/fence-lines.mjs';
import { definedWithWhy, labelNames, normKey, scoreChapter } from './lib/miner-score.mjs';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-')).map((d) => path.resolve(d));

/** The heading over a line (the nearest heading line before it outside fences), or ''. */
function headingOver(outside, line) {
  let h = '';
  for (const { line: n, text } of outside) if (n < line && /^#{1,6}\s/.test(text)) h = text.replace(/^#+\s*/, '');
  return h;
}

const rows = [];
for await (const { dir, c, file, text, ctx, traces } of chaptersAlone(dirs, { trace: true, prefix: 'head43-veto-' })) {
  const vetoed = traces.filter((t) => t.kind === 'candidate' && t.decisionRule === 'component-at-work');
  if (vetoed.length === 0) continue;
  const outside = linesOutsideFences(text);
  const defined = definedWithWhy(ctx, file);
  const score = scoreChapter(defined, c.labels);
  const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
  for (const t of vetoed) {
    const name = t.label.replace(/[*`：:]/g, '').trim();
    const key = normKey(name);
    const label = items.find((l) => labelNames(l).has(key));
    const concept = defined.find((x) => [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter(Boolean).some((tt) => normKey(tt) === key));
    const outcome = concept === undefined ? (label ? 'missed' : 'none') : score.fp.includes(concept) ? 'fp' : score.duplicates.includes(concept) ? 'dup' : 'found';
    const heading = headingOver(outside, t.line);
    const first = normKey(heading.normalize('NFKC').replace(/^[^A-Za-z]*/, '')).startsWith(key);
    rows.push({ set: path.basename(dir), at: `${c.chapter}:${t.line}`, rule: t.rule, name, label: label?.kind ?? '-', outcome, heading, first });
  }
}
for (const r of rows) console.log(`${r.set}\t${r.at}\t${r.rule}\t${r.name}\t${r.label}\t${r.outcome}\t${r.first ? 'FIRST' : '-'}\t${r.heading}`);
printTally('\nheading? label? outcome: vetoed candidates (sets)', rows, (r) => `${r.first ? 'heading-first' : 'other-heading'} ${r.label === '-' ? 'not-label' : 'label'} ${r.outcome}`);
