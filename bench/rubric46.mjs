#!/usr/bin/env node
/**
 * rubric46: headings and bold labels that open with a rubric — a step, part, question, problem, lab, day, phase,
 * option or case marker with its number or letter (`Step 1 —`, `Part D —`, `Q2：`, `问题三：`, `练习 2`, `方案 A`,
 * `坑 1：`, `Day 3`) — and what follows it, over development sets, each chapter built alone (bench/lib/chapters-alone.mjs):
 *
 *   - each rubric: its word, its number's form (Arabic, Chinese numeral, letter, circled), its separator (`：` `:` `—`
 *     `-` `.` `、`, none before a CJK word, a space before a Latin word, nothing after: rubric only);
 *   - what follows: the name the heading reading gives it (heading-name.ts headingName) — a label of the chapter or
 *     not, found or missed today — and the labels written inside it;
 *   - `--what-if`: the chapter built again with every rubric struck from its headings and bold labels (text only), and
 *     the labels gained and lost, the false positives added and dropped, by line (what stripping could do at most).
 *
 *   node bench/rubric46.mjs $(ls -d tests/corpus/miner/dev* | sort -V) [--what-if] [--json FILE] [--lines]
 *
 * The word list here is wider than the one built (src/graph/miner/rubrics.ts): it counts shapes the rule leaves.
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
const whatIf = args.includes('--what-if');
const showLines = args.includes('--lines');
const dirs = args.filter((a, i) => !a.startsWith('-') && !(jsonAt >= 0 && i === jsonAt + 1)).map((d) => path.resolve(d));
const { headingName } = await import(path.join(ROOT, 'src/graph/miner/heading-name.ts'));

const EN = ['Step', 'Part', 'Q', 'Question', 'Problem', 'Lab', 'Day', 'Phase', 'Option', 'Case', 'Exercise', 'Task', 'Stage', 'Scenario', 'Round', 'Week', 'Experiment', 'Exp', 'Lesson', 'Demo', 'Example', 'Chapter', 'Section', 'Module', 'Level', 'Tip', 'Pitfall', 'Issue', 'Incident', 'Challenge', 'Quiz', 'Practice', 'Solution', 'Approach', 'Method', 'Milestone', 'Sprint'];
const ZH = ['思考题', '练习题', '问题', '习题', '题目', '题', '问', '练习', '实验', '方案', '案例', '阶段', '步骤', '步', '坑', '场景', '任务', '故障', '事故', '演练', '示例', '例子', '例', '模块', '关卡', '作业', '误区', '陷阱', '技巧', '提示', '需求', '现象', '踩坑'];
const NUM = String.raw`\d+(?:\.\d+)*|[一二三四五六七八九十百零两]+|[A-Z](?![A-Za-z])|[\u2460-\u2473]|(?:III|II|IV|VI|I|V)(?![A-Za-z])`;
const ORDINAL = String.raw`第\s*(?:\d+|[一二三四五六七八九十百零两]+)\s*(?:步|题|问|关|部分|阶段|课|讲|章|节|轮|天|周|次|个|条|种|篇)`;
const RUBRIC = new RegExp(String.raw`^((?:${EN.join('|')})(?![A-Za-z])\s*(${NUM})|(?:${ZH.join('|')})\s*(${NUM})|(${ORDINAL}))\s*([:：—–.、)）|]|-{1,2}(?=\s))?\s*`, 'u');

function numForm(n) {
  if (n === undefined) return 'ordinal';
  if (/^\d/.test(n)) return 'arabic';
  if (/^[\u2460-\u2473]$/u.test(n)) return 'circled';
  if (/^[一二三四五六七八九十百零两]+$/u.test(n)) return 'chinese';
  if (/^[IVX]+$/.test(n) && n.length > 1) return 'roman';
  return 'letter';
}

/** The rubric opening `content` (a heading's or a bold label's text), or undefined. */
function rubricOf(content) {
  const s = content.normalize('NFKC');
  const m = RUBRIC.exec(s);
  if (!m) return undefined;
  const word = m[4] !== undefined ? '第…' : m[1].replace(new RegExp(`\\s*(?:${NUM})$`, 'u'), '').trim();
  const rest = s.slice(m[0].length).trim();
  const sepRaw = m[5];
  const sep = rest === '' ? 'only' : sepRaw !== undefined ? sepRaw.replace(/-{1,2}/, '-').replace('–', '—').replace(':', '：').replace(')', '）') : /^[\u4e00-\u9fff]/u.test(rest) ? 'none-cjk' : /^\s/u.test(s.slice(m[1].length)) ? 'space' : 'joined';
  return { word, num: numForm(m[2] ?? m[3]), sep, rest, rubric: m[0] };
}

/** Rubric headings and bold labels of a chapter: { line, form, content, ...rubricOf }. */
function rubrics(md) {
  const out = [];
  for (const { line: n, text: line } of linesOutsideFences(md)) {
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const r = rubricOf(h[2].replace(/[*`]/g, ''));
      if (r) out.push({ line: n, form: 'heading', content: h[2], ...r });
      continue;
    }
    const b = /^\s*(?:>\s*)?(?:[-*+]\s+|\d+[.)]\s+)?\*\*(.+?)\*\*(.*)$/.exec(line);
    if (b) {
      const r = rubricOf(b[1]);
      if (r) out.push({ line: n, form: r.rest === '' || r.rest === ':' || r.rest === '：' ? 'bold-only' : 'bold', content: b[1], after: b[2], ...r, sep: r.rest === '' ? 'only' : r.sep });
    }
  }
  return out;
}

/** The chapter with every rubric struck from its headings and bold labels (a rubric alone is left). */
function struck(md) {
  const lines = md.split('\n');
  for (const r of rubrics(md)) {
    if (r.form === 'bold-only' || r.rest === '') continue;
    const line = lines[r.line - 1];
    if (r.form === 'heading') lines[r.line - 1] = line.replace(/^(#{1,6}\s+)(.*)$/, (_, h) => `${h}${r.rest}`);
    else lines[r.line - 1] = line.replace(`**${r.content}**`, `**${r.rest}**`);
  }
  return lines.join('\n');
}

const conceptKeys = (x) => [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter(Boolean).map(normKey);
function outcomeOf(defined, score, key) {
  const concept = defined.find((x) => conceptKeys(x).includes(key));
  if (concept === undefined) return { outcome: 'none' };
  const outcome = score.fp.includes(concept) ? 'fp' : score.duplicates.includes(concept) ? 'dup' : (score.neutral ?? []).includes(concept) ? 'neutral' : 'found';
  return { outcome, concept };
}

const rows = [];
const changes = [];
const before = new Map();
const only = (_, md) => rubrics(md).length > 0;
for await (const { dir, c, file, text, ctx } of chaptersAlone(dirs, { only, prefix: 'rubric46-' })) {
  const set = path.basename(dir);
  const defined = definedWithWhy(ctx, file);
  const score = scoreChapter(defined, c.labels);
  const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
  const foundLabels = new Set(items.filter((l) => defined.some((x) => [...labelNames(l)].some((k) => conceptKeys(x).includes(k) || (x.fieldPath && normKey(x.fieldPath) === k)))).map((l) => l.name));
  before.set(`${set}/${c.chapter}`, { defined, score, foundLabels });
  for (const r of rubrics(text)) {
    const name = r.rest === '' ? '' : headingName(r.rest.replace(/[*`]/g, ''));
    const key = normKey(name);
    const label = key === '' ? undefined : items.find((l) => labelNames(l).has(key));
    const inside = items.filter((l) => [...labelNames(l)].some((k) => k.length >= 3 && normKey(r.rest).includes(k)) && !(label && l === label));
    const wholeA = outcomeOf(defined, score, normKey(r.content.replace(/[*`]/g, '').replace(/[:：]\s*$/u, '')));
    const whole = wholeA.outcome !== 'none' ? wholeA : outcomeOf(defined, score, normKey(headingName(r.content.replace(/[*`]/g, ''))));
    const restOut = key === '' ? { outcome: 'none' } : outcomeOf(defined, score, key);
    rows.push({
      set, chapter: c.chapter, line: r.line, form: r.form, word: r.word, num: r.num, sep: r.sep, content: r.content, rest: r.rest, name,
      label: label ? label.kind : null, labelFound: label ? foundLabels.has(label.name) : null, nameOutcome: restOut.outcome,
      wholeOutcome: whole.outcome, wholeTitle: whole.concept?.title ?? null,
      inside: inside.map((l) => ({ name: l.name, kind: l.kind, found: foundLabels.has(l.name) })),
    });
  }
}

if (whatIf) {
  for await (const { dir, c, file, ctx } of chaptersAlone(dirs, { only, prefix: 'rubric46-if-', rewrite: (_, md) => struck(md) })) {
    const set = path.basename(dir);
    const b = before.get(`${set}/${c.chapter}`);
    const defined = definedWithWhy(ctx, file);
    const score = scoreChapter(defined, c.labels);
    const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
    const foundLabels = new Set(items.filter((l) => defined.some((x) => [...labelNames(l)].some((k) => conceptKeys(x).includes(k) || (x.fieldPath && normKey(x.fieldPath) === k)))).map((l) => l.name));
    const fpB = new Set([...b.score.fp, ...b.score.duplicates].map((x) => x.title));
    const fpA = new Set([...score.fp, ...score.duplicates].map((x) => x.title));
    const whyOf = (defs, t) => defs.find((x) => x.title === t || conceptKeys(x).includes(normKey(t)))?.why ?? '';
    for (const l of foundLabels) if (!b.foundLabels.has(l)) changes.push({ set, chapter: c.chapter, change: 'label+', name: l, why: whyOf(defined, l) });
    for (const l of b.foundLabels) if (!foundLabels.has(l)) changes.push({ set, chapter: c.chapter, change: 'label-', name: l, why: whyOf(b.defined, l) });
    for (const t of fpA) if (!fpB.has(t)) changes.push({ set, chapter: c.chapter, change: 'fp+', name: t, why: whyOf(defined, t) });
    for (const t of fpB) if (!fpA.has(t)) changes.push({ set, chapter: c.chapter, change: 'fp-', name: t, why: whyOf(b.defined, t) });
    if (score.typedTp !== b.score.typedTp) changes.push({ set, chapter: c.chapter, change: `typed${score.typedTp > b.score.typedTp ? '+' : '-'}${Math.abs(score.typedTp - b.score.typedTp)}`, name: '', why: '' });
  }
}

if (showLines) for (const r of rows) console.log(`${r.set}\t${r.chapter}:${r.line}\t${r.form}\t${r.word}/${r.num}/${r.sep}\t${r.content}\t→ ${r.name || '-'}\t${r.label ?? '-'}${r.label ? (r.labelFound ? ' found' : ' MISSED') : ''}\tname:${r.nameOutcome}\twhole:${r.wholeOutcome}${r.wholeTitle ? `(${r.wholeTitle})` : ''}\t${r.inside.map((l) => `${l.name}:${l.found ? 'found' : 'MISSED'}`).join(',')}`);
printTally('\nform word/number/separator: rubrics (sets)', rows, (r) => `${r.form} ${r.word}/${r.num}/${r.sep}`);
printTally('\nwhat follows the rubric — the name read from it: label found / missed / no label (and its fate today) (sets)', rows.filter((r) => r.rest !== ''), (r) => (r.label ? `label ${r.labelFound ? 'found' : 'missed'}` : `no-label name:${r.nameOutcome}`));
printTally('\nthe same, by word (sets)', rows.filter((r) => r.rest !== ''), (r) => `${r.word}: ${r.label ? `label ${r.labelFound ? 'found' : 'missed'}` : `no-label ${r.nameOutcome}`}`);
printTally('\nlabels written inside what follows (not the name read): found / missed (sets)', rows.flatMap((r) => r.inside.map((l) => ({ set: r.set, ...l }))), (l) => (l.found ? 'found' : 'missed'));
printTally('\nthe whole heading or label (rubric and all) as a concept today: outcome (sets)', rows, (r) => `${r.form === 'bold-only' || r.rest === '' ? 'rubric-only' : 'with-name'} ${r.wholeOutcome}`);
for (const r of rows.filter((x) => x.wholeOutcome !== 'none' && (x.rest === '' || x.form === 'bold-only'))) console.log(`  rubric-only concept: ${r.set} ${r.chapter}:${r.line} ${r.content} → ${r.wholeTitle} (${r.wholeOutcome})`);
if (whatIf) {
  printTally('\nwhat-if (rubrics struck from the text): changes (sets)', changes, (x) => x.change.replace(/\d+$/, ''));
  for (const x of changes) console.log(`  ${x.change}\t${x.set}\t${x.chapter}\t${x.name}\t${x.why}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows, changes }, null, 1));
