/**
 * perf61/perf62: an edit series in the mine stage's take mode (stages/mine-patch.ts, docs/performance.md
 * sections 66 and 67), with the disk cache: one load to fill it, then per round one note changed
 * and kept, a load with the cache (the mode as the env sets it: K8SMAP_MINE_DELTA unset is the default,
 * take with the cache), and a load without any cache; prints whether the previous result was taken
 * and whether the two graphs are the same.
 *
 *   node bench/lib/mine-take-series.ts <notes folder (edited)> <cache dir> [edits=10] [--kinds=append,line,...]
 *
 * Kinds, in turn: `append` (a paragraph appended), `line` (`（补充）` at the end of a line of running
 * text in the note's second half), `define` (a definition `**Zorb Gateway N：**…` appended),
 * `undefine` (the last one added removed), `retitle` (the note's `# ` title changed), `rename` (its
 * file renamed), `add` (a new note), `delete` (a note deleted). perf62's series: all eight.
 */
import { appendFileSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGraph } from '../../src/graph/load.ts';
import { graphToJson } from '../../src/graph/json.ts';
import { mineDeltaCounts, mineDeltaMode, setMineDeltaMode } from '../../src/graph/stages/mine-patch.ts';
import { lazyReadings } from '../../src/graph/parse-file.ts';
process.env.K8SMAP_CACHE = 'on';
const args = process.argv.slice(2);
const [dir, cache, count] = args.filter((a) => !a.startsWith('--')) as [string, string, string | undefined];
const n = Number(count ?? 10);
const kinds = (args.find((a) => a.startsWith('--kinds='))?.slice(8) ?? 'append,line').split(',');
const notes: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (e.name.endsWith('.md') && !f.includes('/concepts/') && e.name !== 'map.md') notes.push(f); } };
walk(dir); notes.sort();
console.log(`mode with the cache: ${mineDeltaMode(true)}; ${notes.length} notes`);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
await loadGraph(dir, { cache });
console.log(`fill: ${Math.round(cpu() - t)} ms CPU`);
let same = 0;
let lastDefined: { file: string; text: string } | undefined;
for (let r = 0; r < n; r++) {
  const kind = kinds[r % kinds.length]!;
  const i = (r * 7919 + 17) % notes.length;
  let f = notes[i]!;
  const before = readFileSync(f, 'utf8');
  if (kind === 'append') appendFileSync(f, `\n\n第 ${r + 1} 轮追加的一段：这个字段决定了容器在节点上的行为。\n`);
  else if (kind === 'line') { const lines = before.split('\n'); const j = lines.findIndex((l, k) => k > lines.length / 2 && /[\u4e00-\u9fff]/u.test(l) && !/^(#|\s*[-*>|`~]|\s*\d+\.)/.test(l) && !l.includes('**')); if (j < 0) { console.log(`${r + 1} ${kind}: no line`); continue; } lines[j] += '（补充）'; writeFileSync(f, lines.join('\n')); }
  else if (kind === 'define') { const text = `\n\n**Zorb Gateway ${r + 1}：**一种在节点之间转发流量的网关组件，由控制器管理。\n`; appendFileSync(f, text); lastDefined = { file: f, text }; }
  else if (kind === 'undefine') { if (!lastDefined) continue; f = lastDefined.file; writeFileSync(f, readFileSync(f, 'utf8').replace(lastDefined.text, '')); lastDefined = undefined; }
  else if (kind === 'retitle') { const m = /^# .*$/m.exec(before); if (!m) continue; writeFileSync(f, before.replace(m[0], `# Service 排障笔记 ${r + 1}`)); }
  else if (kind === 'rename') { const to = f.replace(/\.md$/, ` 改名${r + 1}.md`); renameSync(f, to); notes[i] = f = to; }
  else if (kind === 'add') { f = path.join(path.dirname(f), `新笔记 ${r + 1}.md`); writeFileSync(f, `# 新笔记 ${r + 1}\n\n**Numbat Proxy ${r + 1}：**一种代理组件。\n\n它和 Service 一起用。\n`); notes.push(f); }
  else if (kind === 'delete') { rmSync(f); notes.splice(i, 1); if (lastDefined?.file === f) lastDefined = undefined; }
  const t0 = mineDeltaCounts.taken;
  const [left0, unpacked0] = [lazyReadings.left, lazyReadings.unpacked];
  t = cpu();
  const g = await loadGraph(dir, { cache });
  const took = Math.round(cpu() - t);
  // (perf63: the readings the load's cache hits left packed, and how many the mine stage unpacked)
  const readings = `readings left packed ${lazyReadings.left - left0}, unpacked ${lazyReadings.unpacked - unpacked0}`;
  const setting = mineDeltaMode(true);
  setMineDeltaMode('off'); const none = await loadGraph(dir, { cache: false }); setMineDeltaMode(setting === 'take' && !process.env.K8SMAP_MINE_DELTA ? 'default' : setting);
  const eq = graphToJson(g) === graphToJson(none); if (eq) same++;
  console.log(`${r + 1} ${path.relative(dir, f)} ${kind}: ${mineDeltaCounts.taken > t0 ? 'taken' : 'folded'}, ${took} ms CPU, ${readings}, graph ${eq ? 'equal' : 'DIFFERENT'}`);
}
console.log(`edits ${n}, taken ${mineDeltaCounts.taken}, equal ${same}`, mineDeltaCounts);
