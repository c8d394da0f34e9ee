#!/usr/bin/env node
/**
 * tables28: every table of the development sets, one JSON object a row (docs/miner.md "tables28"):
 * `node bench/table-census.mjs [--outcomes OUT.jsonl] [dir …] > rows.jsonl`.
 *
 * For each table outside fences: the set, chapter, line, the nearest heading above it, its header
 * cells; for each body row its first cell (the name as written, its spelling: `latin`, `code`,
 * `chinese`, `mixed`, `bold`), whether another cell explains it in a sentence (`explained`: eight
 * Chinese characters or more in one cell) and whether the name is a label of its chapter (name,
 * `also`, fieldPath or its last segment; the cell whole, before a parenthesis, or inside one), listed
 * under `not:`, or neither. With `--outcomes` (bench/miner.bench.mjs `--outcomes`, each chapter
 * alone): whether a label is found and whether a name of no label was mined (a false positive or
 * duplicate). Each header cell after the first is a row too (`at: 'header'`), for the comparison
 * tables that put a concept per column. Counting only: the shapes are grouped by bench scripts or by
 * hand, never by the miner. Reads only the sets given (default: every dev set).
 *
 * table37: `--cells` writes every cell after the first as well (`at: 'cell'`: its column, header and the row's first
 * cell), and each row says whether the note's fences set a key of that name (`inYaml`) and whether the heading above
 * the table names an API kind (`headingKind`); bench/table-cells37.mjs groups them.
 *
 * `--shapes` prints, instead of the rows, one line per shape (the miner's own header tables:
 * table-shapes.ts, definitions.ts, setting-tables.ts; the first that holds): tables, sets, rows that
 * are labels (found / missed) and rows that are not (mined as a false positive or duplicate), for the
 * first cells and, for comparison tables, the compared columns' headers. Drafts count as chapters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { readCorpus, normKey } from './lib/miner-score.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';

const args = process.argv.slice(2);
const { outcomesFile, dirs } = outcomesArgs(args);
const shapesOnly = args.includes('--shapes');
/** table37: `--cells` also writes every cell after the first (`at: 'cell'`, its column and header). */
const allCells = args.includes('--cells');
const { kindNamed } = await import('../src/graph/vocabulary/index.ts');
const printed = [];
const emit = (o) => (shapesOnly ? printed.push(o) : console.log(JSON.stringify(o)));

/** set/chapter → { found: Set(normKey title), bad: Set } */
const outcomes = readOutcomes(outcomesFile);

const list = (v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x != null).map(String));
function labelNames(l) {
  const names = [l.name, ...list(l.also)];
  if (l.fieldPath) names.push(l.fieldPath, String(l.fieldPath).split('.').pop().replace(/\[\]$/, ''));
  return new Set(names.filter(Boolean).map(normKey));
}

/** The names a cell may write: whole, before a parenthesis, inside one. */
function cellNames(text) {
  const t = text.trim().replace(/\*\*/g, '').replace(/`/g, '').trim();
  const out = new Set([t]);
  const m = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/u.exec(t);
  if (m) {
    out.add(m[1].trim());
    out.add(m[2].trim());
  }
  // table37: a path's last segment, as a label's fieldPath is matched (`trafficPolicy.connectionPool` → connectionPool)
  for (const x of [...out]) if (/^[A-Za-z][\w[\]]*(?:\.[A-Za-z][\w[\]]*)+$/.test(x)) out.add(x.split('.').pop().replace(/\[\]$/, ''));
  return [...out].filter(Boolean);
}

function spelling(cell) {
  const kids = cell.children.filter((k) => !(k.type === 'text' && k.value.trim() === ''));
  if (kids[0]?.type === 'strong') return 'bold';
  const text = toString(cell).trim();
  if (kids.length === 1 && kids[0].type === 'inlineCode') return 'code';
  const han = /[\u4e00-\u9fff]/u.test(text);
  const latin = /[A-Za-z]/.test(text);
  return han && latin ? 'mixed' : han ? 'chinese' : latin ? 'latin' : 'other';
}

const parser = unified().use(remarkParse).use(remarkGfm);
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    const text = readFileSync(c.file, 'utf8');
    const tree = parser.parse(text);
    const labels = (c.labels.concepts ?? []).map((l) => ({ l, names: labelNames(l) }));
    const nots = new Set(list(c.labels.not).map(normKey));
    const oc = outcomes.get(`${set}/${c.chapter}`);
    const labelOf = (names) => labels.find((x) => names.some((n) => x.names.has(normKey(n))));
    const status = (names) => {
      const hit = labelOf(names);
      if (hit) return { label: hit.l.name, kind: hit.l.kind, found: oc ? [...hit.names].some((n) => oc.found.has(n)) : undefined };
      return { label: null, not: names.some((n) => nots.has(normKey(n))), mined: oc ? names.some((n) => oc.bad.has(normKey(n))) : undefined };
    };
    let heading = '';
    let tableNo = 0;
    // table37: the keys the note's fences set (`  hostPID: true`, `- name: x` gives `name`), and whether the
    // heading above a table names an API kind (a section about an object).
    const yamlKeys = new Set();
    for (const m of text.matchAll(/^(?:```|~~~)[^\n]*\n([\s\S]*?)^\s*(?:```|~~~)/gmu)) {
      for (const k of m[1].matchAll(/^[\s-]*([A-Za-z][\w.-]*)\s*:/gmu)) yamlKeys.add(normKey(k[1]));
    }
    const kindIn = (h) => (h.match(/[A-Za-z][A-Za-z]+/g) ?? []).map((w) => kindNamed(w)).find(Boolean) ?? null;
    const walk = (nodes) => {
      for (const n of nodes) {
        if (n.type === 'heading') heading = toString(n).trim();
        if (n.type === 'table') {
          tableNo += 1;
          const headers = n.children[0].children.map((h) => toString(h).trim());
          const base = { set, chapter: c.chapter, table: tableNo, line: n.position.start.line, heading, headingKind: kindIn(heading), headers, rows: n.children.length - 1 };
          const inYaml = (names) => names.some((x) => yamlKeys.has(normKey(x)));
          for (const [k, h] of headers.entries()) {
            if (k === 0 || h === '') continue;
            emit(({ ...base, at: 'header', col: k, cell: h, names: cellNames(h), ...status(cellNames(h)) }));
          }
          for (const row of n.children.slice(1)) {
            const cell = row.children[0];
            if (!cell) continue;
            const raw = toString(cell).trim();
            if (raw === '') continue;
            const others = row.children.slice(1).map((x) => toString(x).trim());
            const explained = others.some((o) => (o.match(/[\u4e00-\u9fff]/gu) ?? []).length >= 8);
            const short = others.some((o) => /[\u4e00-\u9fff]{2,}/u.test(o));
            emit(({ ...base, at: 'row', line: row.position.start.line, cell: raw, spelling: spelling(cell), explained, short, others, names: cellNames(raw), inYaml: inYaml(cellNames(raw)), ...status(cellNames(raw)) }));
            if (allCells) {
              for (const [k, x] of row.children.entries()) {
                const t = toString(x).trim();
                if (k === 0 || t === '') continue;
                const rest = row.children.filter((_, j) => j !== k).map((y) => toString(y).trim());
                emit(({ ...base, at: 'cell', col: k, colHeader: headers[k] ?? '', line: row.position.start.line, cell: t, first: raw, spelling: spelling(x), others: rest, names: cellNames(t), inYaml: inYaml(cellNames(t)), ...status(cellNames(t)) }));
              }
            }
          }
        }
        if (n.children && n.type !== 'table') walk(n.children);
      }
    };
    walk(tree.children);
  }
}

if (shapesOnly) {
  const ts = await import('../src/graph/miner/table-shapes.ts');
  const st = await import('../src/graph/miner/setting-tables.ts');
  const defs = await import('../src/graph/miner/definitions.ts');
  const hw = (h) => h.normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  const FIELD = /^(参数|参数名|字段|字段名|子字段|属性|配置项|选项|field|fields|parameter|parameters|key|option)$/i;
  const CRITERIA = /^(?:|维度|对比项|对比维度|对比|比较项|对比点|特性|区别|差异|项目|方面)$/u;
  const SITUATION = /^(?:场景|需求|现象|症状|问题|想做的事|想干什么|情况|坑|看到什么|我想.*|想知道|事件关键字|报错关键字|要求|方法|使用方式|用法|目标|任务|改进项)$/u;
  const COMMAND = /^(?:命令|写法|flags?|语法|参数写法|文件|路径|版本|端口|fieldpath|返回)$/iu;
  const PHASE = /^(phase|阶段|状态|status|state|pod\s*phase)$/i;
  const explains = (hs) => hs.slice(1).some((h) => ts.EXPLAIN_HEADER.test(h) || defs.ROLE_HEADER.test(h));
  /** [shape, test(headers)]: the first that holds. */
  const SHAPES = [
    ['field table (FIELD_HEADER)', (hs) => FIELD.test(hs[0])],
    ['parts with a role column (PART_HEADER + ROLE_HEADER, table-role)', (hs) => defs.PART_HEADER.test(hs[0]) && hs.slice(1).some((h) => defs.ROLE_HEADER.test(h))],
    ['kinds (KIND_HEADER, 对象/资源 over kinds)', (hs) => defs.KIND_HEADER.test(hs[0]) || defs.OBJECT_HEADER.test(hs[0])],
    ['members of a sort (NAME_SORT_HEADER + explaining column, rules42)', (hs) => ts.namesOfASort(hs)],
    ['quick reference: concepts / parts / measures / resources + explaining column (tables28)', (hs) => ts.quickReference(hs) !== undefined],
    ['named rows (NAMED_ROW_HEADERS)', (hs) => defs.namedRowSort(hs[0]) !== undefined],
    ['phases / states (phase, 阶段, 状态)', (hs) => PHASE.test(hs[0])],
    ['values (VALUE_HEADER)', (hs) => st.valueTable(hs)],
    ['comparison, criteria per row (维度, 对比项, empty …)', (hs) => CRITERIA.test(hs[0])],
    ['situations, needs, symptoms (场景, 需求, 现象 …)', (hs) => SITUATION.test(hs[0])],
    ['commands, syntax, files, paths, versions', (hs) => COMMAND.test(hs[0])],
    ['other header, an explaining column', (hs) => explains(hs)],
    ['other header, no explaining column', () => true],
  ];
  const agg = new Map();
  const add = (key, r) => {
    if (!agg.has(key)) agg.set(key, { tables: new Set(), sets: new Set(), labels: 0, found: 0, non: 0, mined: 0 });
    const a = agg.get(key);
    a.tables.add(`${r.set}/${r.chapter}#${r.table}`);
    a.sets.add(r.set);
    if (r.label) {
      a.labels += 1;
      if (r.found) a.found += 1;
    } else {
      a.non += 1;
      if (r.mined) a.mined += 1;
    }
  };
  for (const r of printed) {
    const hs = r.headers.map(hw);
    if (r.at === 'header') {
      const cols = ts.comparedColumns(r.headers, () => false);
      if (cols.length > 0) add('comparison, a Latin name per column (headers)', r);
      else if (CRITERIA.test(hs[0]) && hs.length >= 3) add('comparison, a phrase per column (headers)', r);
      continue;
    }
    const shape = SHAPES.find(([, test]) => test(hs))[0];
    const written = r.spelling === 'chinese' ? 'Chinese' : r.spelling === 'mixed' ? 'mixed' : 'Latin or code';
    const cells = r.explained ? 'a sentence' : r.short ? 'words' : 'a value';
    add(shape, r);
    add(`${shape} | ${written} first cell`, r);
    add(`${shape} | explained by ${cells}`, r);
  }
  console.log('| shape | tables | sets | labels (found / missed) | not labels (mined) |');
  console.log('| --- | ---: | ---: | --- | --- |');
  for (const [key, a] of [...agg].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`| ${key} | ${a.tables.size} | ${a.sets.size} | ${a.labels} (${a.found} / ${a.labels - a.found}) | ${a.non} (${a.mined}) |`);
}
