#!/usr/bin/env node
/**
 * rules33: table rows that name a reason a container's state gives (docs/miner.md "rules33"):
 *   node bench/table-census.mjs --outcomes OUT.jsonl [dir …] > rows.jsonl
 *   node bench/reason-rows33.mjs rows.jsonl [--lines]
 * (OUT.jsonl: bench/miner.bench.mjs --outcomes, each chapter alone.) For every table row of the census whose
 * first cell is one of table-shapes.ts CONTAINER_REASONS, and, for comparison, whose first header is `reason`
 * or whose first cell is another reason a reader meets (`Evicted`, events' reasons): labels found / labels
 * missed / no label's (mined as a false positive or duplicate, or not mined), rows with a cell that explains
 * in words (definitions.ts EXPLAINING_CELL) and the sets. Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { censusRows, EXPLAINING_CELL, rowTally } from './lib/census-rows.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { CONTAINER_REASONS } = await import(path.join(ROOT, 'src/graph/miner/table-shapes.ts'));
const { rows, lines } = censusRows('reason-rows33.mjs');
const REASONS = new Set(CONTAINER_REASONS.map((r) => r.name));
/** Reasons of a Pod or of events, not a container's state (the look-alikes). */
const OTHER_REASONS = new Set(['Evicted', 'DeadlineExceeded', 'FailedScheduling', 'BackOff', 'Unhealthy', 'FailedMount', 'FailedCreate', 'FailedAttachVolume', 'Killing', 'Preempting', 'NodeAffinity', 'OutOfmemory', 'OutOfcpu']);
const clean = (s) => s.replace(/\*\*/g, '').replace(/^`|`$/g, '').trim();
const shapes = [
  { name: 'first cell a container state reason (CONTAINER_REASONS), a cell explains it', test: (r) => REASONS.has(clean(r.cell)) && !r.cell.includes('**') && r.others.some((c) => EXPLAINING_CELL.test(c)) },
  { name: '… bold first cell (table-bold-cell reads it)', test: (r) => REASONS.has(clean(r.cell)) && r.cell.includes('**') },
  { name: '… no cell explains it', test: (r) => REASONS.has(clean(r.cell)) && !r.cell.includes('**') && !r.others.some((c) => EXPLAINING_CELL.test(c)) },
  { name: 'look-alike: a Pod\'s or an event\'s reason (Evicted, FailedScheduling …; not the phase Failed)', test: (r) => OTHER_REASONS.has(clean(r.cell)) },
  { name: 'look-alike: any other row under a first header `reason` / `原因`', test: (r) => /^(?:reason|reasons|原因)$/i.test(clean(r.headers[0] ?? '')) && !REASONS.has(clean(r.cell)) && !OTHER_REASONS.has(clean(r.cell)) },
];
console.log('shape\tfound\tmissed\tno label\'s (mined / not)\tsets');
for (const s of shapes) {
  const hit = rows.filter(s.test);
  const { found, missed, bad, none, sets } = rowTally(hit);
  console.log(`${s.name}\t${found}\t${missed}\t${bad + none} (${bad} / ${none})\t${sets}`);
  if (lines) for (const r of hit) console.log(`  ${r.set}\t${r.chapter}:${r.line}\t${r.cell}\t${r.label ? (r.found ? 'found' : 'missed') : r.mined ? 'mined, no label' : 'no label'}\t${r.headers.join(' | ')}`);
}
