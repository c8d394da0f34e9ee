#!/usr/bin/env node
/**
 * head43: section headings whose subject is one name, in question or sentence shapes
 * (`X 是怎么…的`, `X 是什么`, `为什么要 X`, `X 的工作原理`, numbered or not), over development sets —
 * whether the subject is a label of the chapter, a known name (vocabulary, API kind, cluster
 * component), and how it fares when the chapter is mined alone (found by which rule, missed, and the
 * decisions the rules' candidates of it got). (Summaries that open with a caution: bench/caution-summaries43.mjs.)
 *
 *   node bench/heading-about43.mjs $(ls -d tests/corpus/miner/dev* | sort -V) [--json FILE]
 *
 * Never run on held-out sets.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chaptersAlone, printTally } from './lib/chapters-alone.mjs';
import { linesOutsideFences } from './lib/fence-lines.mjs';
import { definedWithWhy, labelNames, normKey, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('-') && !(jsonAt >= 0 && i === jsonAt + 1)).map((d) => path.resolve(d));
const { namedThing } = await import(path.join(ROOT, 'src/graph/vocabulary/k8s-names.ts'));
const { kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { CLUSTER_COMPONENTS } = await import(path.join(ROOT, 'src/graph/miner/label-rules.ts'));
const shapesMod = await import(path.join(ROOT, 'src/graph/miner/heading-shapes.ts'));

const NAME = String.raw`([A-Za-z][\w.\/-]*(?: Server)?)`;
/** The shapes counted (a name then / before a question or a sentence about it). */
const SHAPES = [
  ['how', new RegExp(String.raw`^${NAME}\s*(?:到底|又|究竟)?\s*(?:是)?\s*(?:怎么|怎样|如何)`, 'u')],
  ['what', new RegExp(String.raw`^${NAME}\s*(?:到底|又|究竟)?\s*是(?:什么|干什么|干嘛|做什么|个什么|啥)`, 'u')],
  ['what-pre', new RegExp(String.raw`^什么是\s*${NAME}`, 'u')],
  ['why', new RegExp(String.raw`^为什么(?:要有|需要|要用|要|会有|用)\s*${NAME}`, 'u')],
  ['does', new RegExp(String.raw`^${NAME}\s*(?:到底)?\s*(?:干了|做了|负责|管)(?:什么|些什么|哪些)`, 'u')],
  ['works', new RegExp(String.raw`^${NAME}\s*(?:的)?\s*(?:工作原理|原理|工作方式|工作流程|实现原理|工作机制|机制|运行原理|转发原理)`, 'u')],
];
const NUMBER = /^(?:第?[一二三四五六七八九十\d]+[、.．:：章节]\s*|\d+(?:\.\d+)*\s+|[（(][一二三四五六七八九十\d]+[)）]\s*|Q\d*[:：.]\s*)/u;

function headings(md) {
  const out = [];
  for (const { line: n, text: line } of linesOutsideFences(md)) {
    const h = /^(#{2,4})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) out.push({ line: n, depth: h[1].length, title: h[2] });
  }
  return out;
}

function shapeOf(title) {
  const t = title.normalize('NFKC').replace(/[*`]/g, '').trim().replace(NUMBER, '').trim();
  for (const [name, re] of SHAPES) {
    const m = re.exec(t);
    if (m) return { shape: name, subject: m[1] };
  }
  return undefined;
}

const rows = [];
const hitsOf = (md) => headings(md).map((h) => ({ ...h, ...shapeOf(h.title) })).filter((h) => h.shape);
for await (const { dir, c, file, text, ctx, traces } of chaptersAlone(dirs, { trace: true, only: (_, md) => hitsOf(md).length > 0, prefix: 'head43-count-' })) {
  const hits = hitsOf(text);
  const defined = definedWithWhy(ctx, file);
  const score = scoreChapter(defined, c.labels);
  const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
  for (const h of hits) {
    const key = normKey(h.subject);
    const label = items.find((l) => labelNames(l).has(key));
    const k = namedThing(h.subject);
    const known = CLUSTER_COMPONENTS.has(key) ? 'component' : kindNamed(h.subject) !== undefined ? 'kind' : k !== undefined ? `vocab:${k.category ?? k.kind ?? '?'}` : 'unknown';
    const concept = defined.find((x) => [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter(Boolean).some((t) => normKey(t) === key));
    const outcome = concept === undefined ? (label ? 'missed' : 'none') : score.fp.includes(concept) ? 'fp' : score.duplicates.includes(concept) ? 'dup' : (score.neutral ?? []).includes(concept) ? 'neutral' : 'found';
    const decisions = traces
      .filter((t) => t.kind === 'candidate' && (normKey(t.label).startsWith(key) || normKey(t.label).includes(key)))
      .map((t) => `${t.line}:${t.rule}→${t.decision}/${t.decisionRule}${t.fate === 'applied' ? '' : `(${t.fate})`}`);
    rows.push({ set: path.basename(dir), chapter: c.chapter, line: h.line, depth: h.depth, title: h.title, shape: h.shape, subject: h.subject, label: label ? label.kind : null, about: (Array.isArray(c.labels.about) ? c.labels.about : [c.labels.about]).some((a) => a && normKey(a) === key), known, outcome, why: concept?.why ?? '', decisions: [...new Set(decisions)].slice(0, 8) });
  }
}
for (const r of rows) console.log(`${r.set}\t${r.chapter}:${r.line}\t${r.shape}\t${r.subject}\t${r.label ?? '-'}${r.about ? '(about)' : ''}\t${r.known}\t${r.outcome}\t${r.why}\t${r.decisions.join(' | ')}`);
printTally('\nlabel? known? outcome: headings (sets)', rows, (r) => `${r.label ? 'label' : r.about ? 'about' : 'not-label'} ${r.known === 'unknown' ? 'unknown' : 'known'} ${r.outcome}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
