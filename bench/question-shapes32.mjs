#!/usr/bin/env node
/**
 * rules32: the names an interview question asks about, and whether each is a label — counted over every
 * development set before any rule is built (docs/miner.md "rules32"). dev96–98's Q&A chapters lost 35 of their
 * 128 misses on a question line (`### Q7：ResourceQuota 的 scopes 有什么用？`, `**问：** backoffLimit 和
 * activeDeadlineSeconds 哪个先生效？`); rules30 counted names on answer lines (bench/field-shapes.mjs `qa-field`),
 * not on the questions.
 *
 *   node bench/question-shapes32.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). For each shape:
 * found / missed / no label's (a name no label of that chapter has: its name, `also:`, field path or the path's
 * last segment), one count per chapter and name; the sets it occurs in; the missed by where lost. Line-based;
 * fences left out. For measuring only: nothing here is read by the miner.
 *
 * A question line is a heading ending in a question mark or opening on `Q3：`, or a paragraph that is a question
 * (`**问：**…？`, `**问：…？**`, `问：…？`, `**Q2：…？**`, `Q：…？`). Its names are Latin words and paths (code spans
 * or plain: `scopes`, `spec.hard`, `ResourceQuota`, `kubectl drain`'s `drain` is one word of a command and left out).
 *
 *   q/read             a name the miner's own question reading takes (question-subjects.ts questionSubjects)
 *   q/joined           two or more names the question compares or joins (`A 和 B 的区别`, `A 和 B 哪个先生效`,
 *                      `LimitRange 的 max 和 ResourceQuota 的 hard 有什么不同`): each name
 *   q/owner-field      `K 的 f` where K names an API kind (kindNamed: `PDB`, `ResourceQuota`) and f is a field of
 *                      that kind in the API (fieldsNamed, owner K): f, whatever the question's phrasing
 *   q/kind-subject     an API kind opening the question, not read (`ResourceQuota 设了 requests.cpu 之后…怎么回事`,
 *                      `RoleBinding 能引用 ClusterRole 吗`)
 *   q/other            any other Latin name on a question line
 *   q/joined/… q/other/…   split by what the name is in the API: a kind (kindNamed), a field of some kind
 *                      (fieldsNamed), or neither
 *   q/owner-field/alone, …/joined   the owner shape in a question comparing names or not (read or not)
 *   q/owner-field/holder, …/asked   the owner shape not read, followed by 里 / 中 / 下 (`Pod 的 securityContext
 *                      里 runAsNonRoot 和 runAsUser 有什么区别`: the holder of what is asked) or not
 * and, for comparison, the same owner shape anywhere else outside fences:
 *   owner-field/heading, owner-field/table, owner-field/prose   `K 的 f` (f a field of K) in a heading that is no
 *                      question, a table row, or running text (items, quotes, answers)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normKey } from './lib/miner-score.mjs';
import { missesArgs } from './lib/misses-args.mjs';
import { labelNamed, labelledChapters, lastSeg, shapeTally } from './lib/shape-tally.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fieldsNamed, kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { questionSubjects } = await import(path.join(ROOT, 'src/graph/miner/question-subjects.ts'));

const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const LATIN = /(?<![\w./:-])`?([A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+|\[\])*)`?(?![\w/:-])/gu;
const OWNER_FIELD = /(?<![\w./:-])`?([A-Za-z][A-Za-z0-9]*)`?\s*的\s*`?([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*|\[\])*)`?(?![\w/:-])/gu;
const QUESTION_HEADING = /^#{1,6}\s+(.*)$/u;
const QUESTION_PARA = /^(?:\*\*)?(?:问|Q\d*)\s*[:：]\s*(?:\*\*)?\s*(.*?)(?:\*\*)?\s*$/u;
const COMPARES = /区别|不同|差别|差异|对比|比较|哪个|哪一个|还是|关系|vs\.?|怎么选|选哪/iu;
const WORDS_NOT_NAMES = /^(?:Q\d*|vs|ok|OK|YAML|yaml|API|I|A)$/u;

/** The owner shape: [field, kind] pairs of a line (`ResourceQuota 的 scopes`, `PDB 的 minAvailable`). */
function ownerFields(line) {
  const out = [];
  for (const m of line.matchAll(OWNER_FIELD)) {
    const kind = kindNamed(m[1]);
    if (!kind) continue;
    const f = lastSeg(m[2]);
    if (fieldsNamed(f).some((o) => o.owner === kind && o.name.toLowerCase() === f.toLowerCase())) out.push(m[2]);
  }
  return out;
}

/** The question of a line, or undefined. */
function questionOf(t) {
  const h = QUESTION_HEADING.exec(t);
  if (h) return /[?？]\s*$/u.test(h[1]) || /^Q\d+\s*[:：]/u.test(h[1]) ? h[1] : undefined;
  const p = QUESTION_PARA.exec(t);
  if (p && /[?？]/u.test(p[1])) return p[1];
  if (/^\*\*[^*]+[?？]\*\*$/u.test(t)) return t.replace(/\*\*/g, '');
  return undefined;
}

function shapesOf(text) {
  const out = [];
  const lines = text.split('\n');
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; continue; }
    if (fence) continue;
    const t = line.trim();
    if (t === '') continue;
    const q = questionOf(t);
    if (q === undefined) {
      const where = /^#{1,6}\s/.test(t) ? 'heading' : t.startsWith('|') ? 'table' : 'prose';
      for (const f of ownerFields(t)) out.push([`owner-field/${where}`, f, i + 1, t]);
      continue;
    }
    const read = new Set(questionSubjects(q.replace(/`/g, '')).map((s) => normKey(s.name)));
    // each question of the line on its own (`Role 和 ClusterRole 的区别？RoleBinding 能引用 ClusterRole 吗？`)
    for (const part of q.replace(/`/g, '').split(/(?<=[?？])/u)) {
      const owners = new Set(ownerFields(part).map(normKey));
      const names = [...part.matchAll(LATIN)].map((m) => m[1]).filter((n) => !WORDS_NOT_NAMES.test(n));
      const compares = names.length >= 2 && COMPARES.test(part);
      const opening = part.replace(/^\s*(?:Q\d+(?:\.\d+)?\s*[:：]\s*)?/u, '').trimStart();
      for (const [k, name] of names.entries()) {
        const key = normKey(name);
        let shape;
        if (read.has(key)) shape = 'q/read';
        else if (owners.has(key)) shape = 'q/owner-field';
        else if (compares) shape = 'q/joined';
        else if (k === 0 && kindNamed(name) && opening.startsWith(name)) shape = 'q/kind-subject';
        else shape = 'q/other';
        out.push([shape, name, i + 1, t]);
        if (owners.has(key)) out.push([`q/owner-field/${compares ? 'joined' : 'alone'}`, name, i + 1, t]);
        // what the name is in the API: a kind, a field of some kind, or neither (`q/joined/field` …)
        if (shape === 'q/joined' || shape === 'q/other') out.push([`${shape}/${kindNamed(name) ? 'kind' : fieldsNamed(lastSeg(name)).length > 0 ? 'field' : 'other'}`, name, i + 1, t]);
        // an owner shape followed by 里 / 中 / 下 names the holder of what is asked (`Pod 的 securityContext 里 runAsNonRoot…`)
        if (owners.has(key) && shape === 'q/owner-field') out.push([`q/owner-field/${new RegExp(`${name}\`?\\s*(?:里|中|下|里面)`, 'u').test(part) ? 'holder' : 'asked'}`, name, i + 1, t]);
      }
    }
  }
  return out;
}

const examples = [];
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const seen = new Set();
  for (const [shape, name, n, line] of shapesOf(text)) {
    const label = labelNamed(labels, name);
    const outcome = tally.outcome(set, c.chapter, label);
    if (!tally.add(seen, shape, set, c.chapter, name, label, outcome)) continue;
    if (linesOf && shape === linesOf) examples.push(`${outcome}\t${set}\t${c.chapter}:${n}\t${name}\t${line.slice(0, 140)}`);
  }
}
tally.print();
if (linesOf) console.log(examples.join('\n'));
