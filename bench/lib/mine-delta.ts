/**
 * perf60: how often the mine stage's delta path (stages/mine-patch.ts; docs/performance.md section 65)
 * would be taken after one note changed, and whether its claim held, on a notes folder. In one
 * process, the mine stage's check mode on: one load up to the mine stage, then per round one note's
 * bytes changed (`append`: a paragraph appended, as bench/lib/one-change-ab.mjs does; `line`: a few
 * characters added at the end of a line of running text in the note's middle, the lines kept), a
 * load, the note put back, a load. Each load after a change is one decision (delta or fallback, with
 * the reason) verified against the whole new fold. Also times the mine stage with the check off and on.
 *
 *   node bench/lib/mine-delta.ts <notes folder> [rounds=10]      (the folder: bench/lib/corpus.mjs, or any content folder; it is edited and put back)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runStages } from '../../src/graph/load.ts';
import { lastDeltaCheck, mineDeltaCounts, setMineDeltaCheck } from '../../src/graph/stages/mine-patch.ts';
import { rng } from './rng.mjs';

const dir = path.resolve(process.argv[2]!);
const rounds = Number(process.argv[3] ?? 10);
const cache = mkdtempSync(path.join(tmpdir(), 'k8smap-mine-delta-'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mineCpu = async (): Promise<number> => {
  let t = 0;
  let t0 = 0;
  await runStages(dir, {
    cache,
    workers: false,
    onStage: (s) => {
      if (s === 'yaml') t0 = cpu();
      if (s === 'mine') t = cpu() - t0;
    },
  }, 'mine');
  return Math.round(t);
};

const notes: string[] = [];
const walk = (d: string) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const f = path.join(d, e.name);
    if (e.isDirectory()) walk(f);
    else if (e.name.endsWith('.md') && !f.includes(`${path.sep}concepts${path.sep}`) && e.name !== 'map.md') notes.push(f);
  }
};
walk(dir);
notes.sort();

// the check off, then on (the cache warm: parse and mine entries)
setMineDeltaCheck(false);
await mineCpu();
const off = await mineCpu();
setMineDeltaCheck(true);
const on = await mineCpu();
console.log(`mine stage CPU: check off ${off} ms, check on (every step projected) ${on} ms; ${notes.length} notes`);

const rand = rng(60);
const tally = new Map<string, number>();
let violated = 0;
const decide = async (label: string) => {
  const v0 = mineDeltaCounts.violated;
  await mineCpu();
  const c = lastDeltaCheck!;
  const key = `${label}: ${c.decision.path === 'delta' ? 'delta' : `fallback (${c.decision.why.replace(/ of .*/, '')})`}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (mineDeltaCounts.violated > v0) {
    violated++;
    console.log(`  VIOLATED (${label}): ${c.violations.slice(0, 5).join('; ')}`);
  }
  return key;
};
for (let r = 0; r < rounds; r++) {
  const file = notes[Math.floor(rand() * notes.length)]!;
  const before = readFileSync(file, 'utf8');
  for (const kind of ['append', 'line'] as const) {
    let text: string;
    if (kind === 'append') text = `${before}\n\n第 ${r + 1} 轮追加的一段：这个字段决定了容器在节点上的行为。\n`;
    else {
      const lines = before.split('\n');
      const prose = lines.map((l, i) => [l, i] as const).filter(([l]) => /[\u4e00-\u9fff]/u.test(l) && !/^(#|\s*[-*>|`~]|\s*\d+\.)/.test(l) && !l.includes('**'));
      if (prose.length === 0) continue;
      const [, i] = prose[Math.floor(prose.length / 2)]!;
      lines[i] = `${lines[i]}（补充）`;
      text = lines.join('\n');
    }
    writeFileSync(file, text);
    const k = await decide(kind);
    writeFileSync(file, before);
    const back = await decide(`${kind} undone`);
    console.log(`round ${r + 1} ${path.relative(dir, file)} ${kind}: ${k.split(': ')[1]} / undone: ${back.split(': ')[1]}`);
  }
}
console.log('\ndecisions:');
for (const [k, n] of [...tally].sort()) console.log(`  ${k}: ${n}`);
console.log(`claim violated: ${violated}`);
setMineDeltaCheck(false);
rmSync(cache, { recursive: true, force: true });
