/**
 * perf61: an edit series in the mine stage's take mode (stages/mine-patch.ts, docs/performance.md
 * section 66), with the disk cache: one load to fill it, then per round one note's bytes changed
 * (`append`: a paragraph appended; `line`: `（补充）` at the end of a line of running text in the
 * note's second half) and kept, a load in the take mode, and a load without any cache; prints
 * whether the previous result was taken and whether the two graphs are the same.
 *
 *   node bench/lib/mine-take-series.ts <notes folder (edited)> <cache dir> [edits=10]
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph } from '../../src/graph/load.ts';
import { graphToJson } from '../../src/graph/json.ts';
import { mineDeltaCounts, setMineDeltaMode } from '../../src/graph/stages/mine-patch.ts';
process.env.K8SMAP_CACHE = 'on';
const dir = process.argv[2]!; const cache = process.argv[3]!; const n = Number(process.argv[4] ?? 10);
const notes: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (e.name.endsWith('.md') && !f.includes('/concepts/') && e.name !== 'map.md') notes.push(f); } };
walk(dir); notes.sort();
setMineDeltaMode('take');
await loadGraph(dir, { cache });
let same = 0;
for (let r = 0; r < n; r++) {
  const f = notes[(r * 7919 + 17) % notes.length]!;
  const before = readFileSync(f, 'utf8');
  const kind = r % 2 === 0 ? 'append' : 'line';
  if (kind === 'append') appendFileSync(f, `\n\n第 ${r + 1} 轮追加的一段：这个字段决定了容器在节点上的行为。\n`);
  else { const lines = before.split('\n'); const i = lines.findIndex((l, j) => j > lines.length / 2 && /[\u4e00-\u9fff]/u.test(l) && !/^(#|\s*[-*>|`~]|\s*\d+\.)/.test(l) && !l.includes('**')); if (i < 0) continue; lines[i] += '（补充）'; writeFileSync(f, lines.join('\n')); }
  const t0 = mineDeltaCounts.taken;
  const g = await loadGraph(dir, { cache });
  setMineDeltaMode('off'); const none = await loadGraph(dir, { cache: false }); setMineDeltaMode('take');
  const eq = graphToJson(g) === graphToJson(none); if (eq) same++;
  console.log(`${r + 1} ${path.relative(dir, f)} ${kind}: ${mineDeltaCounts.taken > t0 ? 'taken' : 'folded'}, graph ${eq ? 'equal' : 'DIFFERENT'}`);
}
console.log(`edits ${n}, taken ${mineDeltaCounts.taken}, equal ${same}`, mineDeltaCounts);
