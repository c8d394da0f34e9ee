#!/usr/bin/env node
/**
 * rules30: where a chapter names a field, and whether the name is a label — counted over every
 * development set before any rule is built (docs/miner.md "rules30").
 *
 *   node bench/field-shapes.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone), so
 * that a label a shape names is split into found / missed. For each shape: found / missed / no
 * label's (a name no label of that chapter has: its name, `also:`, field path or the path's last
 * segment), one count per chapter and name; and the sets it occurs in. Line-based and coarse (a
 * line is read, not parsed); fences are left out. For measuring only: nothing here is read by the
 * miner.
 *
 * The shapes (a "field-like" name is a camelCase word, a dotted or `[]` path of such words, or a
 * lowercase word in a code span):
 *   table-first-field        a table row's first cell is a field-like name (or path), another cell Chinese
 *     …/key-header           … under a first-column header that says it holds fields / parameters
 *     …/other-header         … under any other header
 *   prose-field-verb         running prose: a field-like name followed by an explaining verb (`backoffLimit 决定了…`)
 *     …/opening              … opening its line
 *     …/mid                  … mid-sentence
 *   item-field-verb          the same in a list item (not its opening: list-lead shapes are older rules')
 *   qa-field                 a field-like name on a Q&A answer line (`答：…`, the lines after `**问：**` or a
 *                            question heading, up to the next heading)
 *     …/verb                 … followed by an explaining verb
 *     …/other                … in passing
 *   nested-path              a path of two or more field-like segments (`rules[].verbs`, `podFailurePolicy.rules`)
 *     …/prose                … in running prose or an item
 *     …/table                … in a table cell
 *   plain-field-verb         running prose, an item or an answer (…/prose, …/item, …/qa): a plain lower-case word (not code) that the API has as a field
 *                            of a kind the chapter writes, followed by an explaining verb (`里面的 listeners 决定端口…`)
 *   sort-named-verb          a name, then `这个` and its sort, then an explaining verb (`ResolvedRefs 这个 condition 表示…`)
 *                            in a line that is no heading and no table row (any name, not only field-like ones)
 * table-first-field, prose-field-verb, item-field-verb and qa-field are split again by whether the API has a field of that name whose kind
 * the chapter names (`+owner-named`: vocabulary fieldsNamed, the kind written as a word of the
 * chapter) or not (`+no-owner`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missesArgs } from './lib/misses-args.mjs';
import { labelNamed, labelledChapters, lastSeg, shapeTally } from './lib/shape-tally.mjs';
import { CAMEL, EXPLAINING, PATH, fieldish } from './lib/field-names.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fieldsNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));

const { linesOf, dirs, missList, missed } = missesArgs();
/** Where in the learned path each miss is lost (miner-misses --buckets), when the file says. */
const tally = shapeTally(missList, missed);

const KEY_HEADER = /^(参数|参数名|字段|字段名|子字段|字段\s*\/\s*参数|字段路径|属性|配置项|配置|选项|设置项|键|key|field|fields|parameter|parameters|option|setting|settings|名称|name)$/iu;
const HAN = /\p{Script=Han}/u;
const FIELD_CELL = new RegExp(`^(?:${PATH}|${CAMEL}|[a-z][a-z0-9]*)$`, 'u');

const SORT_WORDS = '(?:字段|参数|配置项|配置|选项|condition|条件|状况|finalizer|注解|annotation|标签|label|状态|阶段|插件|准入插件|组件|控制器|命令|子命令|值|键|key|field|属性|指标|事件|reason|原因|标志|flag|模式|策略|特性门控|feature gate|API|对象|资源|CRD|工具|接口|函数|方法|列|规则|扩展点)';
const SORT_NAMED = new RegExp(`(?<![\\w./-])\`?([A-Za-z][\\w./-]*[A-Za-z0-9])\`?(?:=\\w+)?\\s*(?:这个|这一|这条|这种|这类)\\s*${SORT_WORDS}\\s*(?:的作用是|的意思是|就是|是|指|表示|代表|决定|控制|用来|用于|负责|会|说明|意味着)`, 'gu');
const cellsOf = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
const bare = (s) => s.replace(/[`*]/g, '').trim();

/** The API has a field of this name whose kind the chapter writes as a word. */
function ownerNamedIn(text, name) {
  const last = lastSeg(name);
  return fieldsNamed(last).some((o) => o.name === last && new RegExp(`(?<![A-Za-z])${o.owner}(?![a-z])`).test(text));
}

/** The shapes of one chapter: [shape, name, line number, line]. */
function shapesOf(text) {
  const out = [];
  const lines = text.split('\n');
  let fence = false;
  let header = null;
  let inAnswer = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; continue; }
    if (fence) continue;
    const t = line.trim();
    if (t === '') { header = null; continue; }
    if (/^#{1,6}\s/.test(t)) { inAnswer = /[问答]|Q\d*[:：]/u.test(t) && /[?？]\s*$/.test(t); header = null; continue; }
    if (/^\*\*问[:：]?\*\*|^问[:：]|^\*\*Q\d*[:：]/u.test(t)) { inAnswer = true; continue; }
    if (t.startsWith('|')) {
      const cells = cellsOf(t);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      if (header === null) { header = cells; continue; }
      const first = bare(cells[0]);
      if (FIELD_CELL.test(first) && (/[A-Z.]/.test(first) || /`/.test(cells[0])) && cells.slice(1).some((c) => HAN.test(c))) {
        const key = KEY_HEADER.test(bare(header[0] ?? '').replace(/\s*[(（].*$/, ''));
        out.push([`table-first-field/${key ? 'key-header' : 'other-header'}`, first, i + 1, t]);
      }
      for (const cell of cells) for (const f of fieldish(cell)) if (f.name.includes('.') && new RegExp(`^${PATH}$`).test(f.name)) out.push(['nested-path/table', f.name, i + 1, t]);
      continue;
    }
    header = null;
    const item = /^([-*+]|\d+[.)、])\s+/.exec(t);
    const answer = inAnswer || /^(\*\*)?(答|A)[:：]/u.test(t);
    if (/^(\*\*)?(答|A)[:：]/u.test(t)) inAnswer = true;
    const body = item ? t.slice(item[0].length) : t.replace(/^>\s*/, '');
    for (const m of body.matchAll(SORT_NAMED)) out.push(['sort-named-verb', m[1], i + 1, t]);
    for (const m of body.replace(/`[^`]*`/g, (x) => ' '.repeat(x.length)).matchAll(/(?<![\w./:-])([a-z][a-z0-9]{2,})(?![\w/:.-])/gu)) {
      if (EXPLAINING.test(body.slice(m.index + m[0].length)) && ownerNamedIn(text, m[1])) out.push([`plain-field-verb/${answer ? 'qa' : item ? 'item' : 'prose'}`, m[1], i + 1, t]);
    }
    if (!HAN.test(body)) continue;
    for (const f of fieldish(body)) {
      const after = body.slice(f.end);
      const verb = EXPLAINING.test(after);
      const opening = f.start === 0 || /^\*\*|^`/.test(body.slice(0, f.start).trim());
      if (answer) out.push([`qa-field/${verb ? 'verb' : 'other'}`, f.name, i + 1, t]);
      else if (verb && !item) out.push([`prose-field-verb/${opening ? 'opening' : 'mid'}`, f.name, i + 1, t]);
      else if (verb && item && !opening) out.push(['item-field-verb', f.name, i + 1, t]);
      if (f.name.includes('.') && new RegExp(`^${PATH}$`).test(f.name)) out.push(['nested-path/prose', f.name, i + 1, t]);
    }
  }
  return out;
}

const examples = [];
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const seen = new Set();
  const ownerNamed = (name) => ownerNamedIn(text, name);
  for (const [shape, name, n, line] of shapesOf(text)) {
    const label = labelNamed(labels, name);
    const outcome = tally.outcome(set, c.chapter, label);
    const shapes = [shape.split('/')[0], shape];
    if (!shape.startsWith('nested-path') && shape !== 'sort-named-verb' && !shape.startsWith('plain-field-verb')) shapes.push(`${shape.split('/')[0]}+${ownerNamed(name) ? 'owner-named' : 'no-owner'}`);
    for (const s of shapes) {
      if (!tally.add(seen, s, set, c.chapter, name, label, outcome)) continue;
      if (linesOf && s === linesOf) examples.push(`${outcome}\t${set}\t${c.chapter}:${n}\t${name}\t${line.slice(0, 160)}`);
    }
  }
}
tally.print();
if (linesOf) console.log(examples.join('\n'));
