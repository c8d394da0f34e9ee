#!/usr/bin/env node
/**
 * eqdef44: lines (list items or plain lines, outside code) that define a name without bold or code —
 * `- X = …`, `- X: …` / `- X：…`, `- X —— …`, `- X -> …` — over development sets, from a bench's outcomes
 * (`node bench/miner.bench.mjs … --outcomes F.jsonl`) and the sets' labels. For each line: what X is
 * (vocab: a kind, field, state or named thing of the vocabulary; name: another short Latin or Chinese name;
 * generic: a remark word such as 注意/结果/原因), whether X is labelled, whether that label is found today, and
 * whether the line is among the lines that found it (the outcome's `why`). Shape `eq-built`: the `=` lines the
 * built rule reads (src/graph/miner/equals-shapes.ts `equalsName`), apart from the other `=` lines.
 *
 *   node bench/eqdef44-items.mjs F.jsonl $(ls -d tests/corpus/miner/dev* | sort -V) [--list]
 *
 * Never run on held-out sets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { refuseHeldOut } from './lib/chapters-alone.mjs';
import { linesOutsideFences } from './lib/fence-lines.mjs';
import { labelNames, normKey, readCorpus } from './lib/miner-score.mjs';
import { outcomeRecords } from './lib/outcomes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const [outcomesFile, ...dirs] = args.filter((a) => !a.startsWith('-'));
refuseHeldOut(dirs);
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { namedThing } = await import(path.join(ROOT, 'src/graph/vocabulary/k8s-names.ts'));
const { equalsName } = await import(path.join(ROOT, 'src/graph/miner/equals-shapes.ts'));

const outcomes = outcomeRecords(outcomesFile);

// the shapes: list marker (optional), a name, then `=`, a colon, `——` or `->`
const NAME = String.raw`([A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._/\- ]{0,29}?)`;
const SHAPES = [
  ['eq', new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])?\s*${NAME}\s*=\s*(\S.*)$`, 'u')],
  ['colon', new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])?\s*${NAME}\s*[:：]\s*(\S.*)$`, 'u')],
  ['dash', new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])?\s*${NAME}\s*(?:——|—)\s*(\S.*)$`, 'u')],
  ['arrow', new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])?\s*${NAME}\s*(?:->|→)\s*(\S.*)$`, 'u')],
];
const GENERIC = /^(?:注意|注意事项|结果|原因|解决|解决办法|解决方案|方案|现象|问题|结论|总结|优点|缺点|场景|使用场景|例子|举例|比如|例如|作用|用途|区别|命令|步骤|目的|默认|默认值|说明|备注|提示|坑|踩坑|原理|特点|TODO|Note|NOTE|Tip|TIP|答|问|Q|A|含义|意思|理解|背景|前提|效果|影响|排查|处理|修复|做法|思路|经验|教训|建议|参考|链接|来源|时间|版本|状态|类型|格式|例|用法|语法|输出|输入|返回|表现|后果|根因|本质|对比|补充|小结|重点|要点|关键|误区|现状|目标|动机|代价|风险|限制|前置条件|条件|适用|适用场景|不适用|推荐|不推荐|错误|报错|日志|症状|定位|验证|检查|测试|回滚|升级|性能|安全|成本)$/u;

function kindOf(x) {
  if (GENERIC.test(x)) return 'generic';
  if (vocab.kindNamed(x) || vocab.fieldsNamed(x).length > 0 || vocab.statesNamed(x).length > 0 || namedThing(x)) return 'vocab';
  return 'name';
}

const rows = [];
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    const lines = linesOutsideFences(readFileSync(c.file, 'utf8'));
    const items = (Array.isArray(c.labels.concepts) ? c.labels.concepts : []).filter((l) => l && l.name !== undefined);
    const notKeys = new Set((Array.isArray(c.labels.not) ? c.labels.not : c.labels.not ? [c.labels.not] : []).map((s) => normKey(s)));
    const outs = outcomes.get(`${set}/${c.chapter}`) ?? [];
    for (const { line: n, text: raw } of lines) {
      if (/^\s*[|>#]/.test(raw) || /\*\*|`/.test(raw.split(/[=:：—→]|->/)[0] ?? '')) continue;
      for (const [shape, re] of SHAPES) {
        const m = re.exec(raw);
        if (!m) continue;
        const x = m[1].trim();
        if (x === '' || /^\d/.test(x) || /^(?:https?|ftp)$/i.test(x) || (shape === 'colon' && /^\S+:\S/.test(raw.trim().replace(/^(?:[-*+]|\d+[.)])\s*/, '')))) break;
        const key = normKey(x);
        const label = items.find((l) => labelNames(l).has(key) || (l.fieldPath && normKey(String(l.fieldPath).split('.').pop().replace(/\[\]$/, '')) === key));
        const found = label ? outs.find((o) => (o.outcome === 'found' || o.outcome === 'wrong-type') && (labelNames(label).has(normKey(o.title)) || normKey(o.title) === key)) : undefined;
        const fp = outs.find((o) => o.outcome === 'fp' && normKey(o.title) === key);
        const byLine = found ? new RegExp(`(?:^| )${n}:`).test(found.why) : false;
        const item = /^\s*(?:[-*+]|\d+[.)])\s/.test(raw);
        const built = shape === 'eq' && equalsName(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')) !== undefined;
        rows.push({ set, chapter: c.chapter, line: n, shape: built ? 'eq-built' : shape, item, x, what: kindOf(x), labelled: !!label, not: notKeys.has(key), found: !!found, byLine, fp: !!fp, text: raw.trim().slice(0, 70) });
        break;
      }
    }
  }
}
if (list) for (const r of rows) console.log([r.set, r.chapter, r.line, r.shape, r.item ? 'item' : 'line', r.what, r.labelled ? 'L' : '-', r.found ? (r.byLine ? 'found-by-line' : 'found-else') : r.labelled ? 'missed' : r.fp ? 'fp-today' : '', r.text].join('\t'));
const t = new Map();
for (const r of rows) {
  const k = `${r.shape}\t${r.item ? 'item' : 'line'}\t${r.what}`;
  const e = t.get(k) ?? { n: 0, labelled: 0, found: 0, byLine: 0, missed: 0, missedSets: new Set(), unlabelled: 0, sets: new Set(), labelledSets: new Set(), not: 0 };
  e.n++;
  e.sets.add(r.set);
  if (r.labelled) {
    e.labelled++;
    e.labelledSets.add(r.set);
    if (r.found) e.found++;
    if (r.byLine) e.byLine++;
    if (!r.found) {
      e.missed++;
      e.missedSets.add(r.set);
    }
  } else e.unlabelled++;
  if (r.not) e.not++;
  t.set(k, e);
}
console.log('shape\titem/line\twhat\tlines (sets)\tlabelled (sets)\tfound\tfound by this line\tmissed (sets)\tunlabelled\tunder not:');
for (const [k, e] of [...t].sort()) console.log(`${k}\t${e.n} (${e.sets.size})\t${e.labelled} (${e.labelledSets.size})\t${e.found}\t${e.byLine}\t${e.missed} (${e.missedSets.size})\t${e.unlabelled}\t${e.not}`);
