#!/usr/bin/env node
/**
 * rules39: two shapes of dev117–dev119's misses (the held-out sets holdout121–123) counted over every development set
 * (docs/miner.md "rules39"):
 *
 *   node bench/miner.bench.mjs $(ls -d tests/corpus/miner/dev*) --outcomes OUT.jsonl
 *   node bench/table-census.mjs --cells --outcomes OUT.jsonl $(ls -d tests/corpus/miner/dev*) > cells.jsonl
 *   node bench/shapes39.mjs cells.jsonl --outcomes OUT.jsonl [dir …] [--lines]
 *
 * (1) `english-column/…`: a table cell under a header that says the column holds the English names (`英文`, `英文名`,
 * `英文 / 缩写`, `English`, `原文`), not the first column, its row's first cell in Chinese only (`| 边车 | sidecar | 与业务容器
 * 同 Pod 的辅助容器 |`): a glossary whose Chinese names come first. Split by `explained` (another column besides the two)
 * or `two` (the Chinese and the English name only), and by the cell: `latin` (spelt as a Latin name, a parenthesis
 * after it dropped: `Metrics API (metrics.k8s.io)`), `+kind` when that is an API kind, `other` (a cell of another
 * spelling). The count is the row's: a label found when any of the label's names was mined (the English or the Chinese).
 * (2) `lead-colon/…`: a plain paragraph (no list marker, no bold) opening on one Latin word and a colon, text after it
 * (`Pending：Pod 已经被 API server 接受了…`): `state` when the word is a state of the API (vocabulary statesNamed),
 * `value` an enum value, `kind` an API kind, `other`; the list item of the same shape (`- Pending：…`) as
 * `lead-colon-item/…` beside it.
 * Labels found / missed / no label's (mined as a false positive or duplicate / not mined). Counting only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { censusRows } from './lib/census-rows.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';
import { labelledChapters, labelNamed, outcomeTally } from './lib/shape-tally.mjs';
import { normKey } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const argv = process.argv.slice(2);
// (the cells' file is the first argument that is no flag and no flag's value; the sets are the ones after it)
const own = argv.filter((a, i) => argv[i - 1] !== '--outcomes');
const { rows: cells, lines } = censusRows('shapes39.mjs', own, ['cell']);
const cellsFile = own.find((a) => !a.startsWith('-'));
const { outcomesFile, dirs } = outcomesArgs(argv.filter((a) => a !== cellsFile));
const outcomes = readOutcomes(outcomesFile);

const { count, print } = outcomeTally(lines);

// (1) the English-name column of a glossary whose first column is Chinese
const ENGLISH_HEADER = /^(?:英文|英文名|英文名称|英文术语|英文原文|原文|英文\s*[/／、]\s*(?:缩写|简称)|english(?:\s*names?)?)$/iu;
const CHINESE_ONLY = /^[\u4e00-\u9fff][\u4e00-\u9fff\s]*$/u;
const LATIN_NAME = /^[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){0,3}$/u;
const clean = (s) => s.replace(/\*\*/g, '').replace(/`/g, '').trim();
for (const c of cells) {
  const header = clean(c.colHeader).normalize('NFKC');
  if (!ENGLISH_HEADER.test(header) || !CHINESE_ONLY.test(clean(c.first))) continue;
  const name = clean(c.cell).replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  const cellShape = LATIN_NAME.test(name) ? (vocab.kindNamed(name) ? 'latin+kind' : 'latin') : 'other';
  const shape = `english-column/${c.others.length >= 2 ? 'explained' : 'two'}/${cellShape}`;
  const outcome = c.label ? (c.found ? 'found' : 'missed') : c.mined ? 'bad' : 'none';
  count(shape, outcome, c.set, `${c.chapter}:${c.line}`, `${c.first} | ${c.cell}`);
}

// (1b) any column pairing a Chinese first cell with a Latin name, whatever its header: a column counts when two rows or
// more, and most of its rows, hold a Latin name beside a Chinese-only first cell (`pairs/english-header` when the header
// says English, `pairs/other-header` otherwise: `| 中文 | 字段 | 说明 |`, `| 概念 | 对应对象 | … |`)
const columns = new Map();
for (const c of cells) {
  const k = `${c.set}\t${c.chapter}\t${c.table}\t${c.col}`;
  if (!columns.has(k)) columns.set(k, []);
  columns.get(k).push(c);
}
for (const col of columns.values()) {
  const pairs = col.filter((c) => CHINESE_ONLY.test(clean(c.first)) && [...clean(c.first)].length <= 8 && LATIN_NAME.test(clean(c.cell).replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim()));
  if (pairs.length < 2 || pairs.length * 2 < col.length) continue;
  const header = clean(col[0].colHeader).normalize('NFKC');
  for (const c of pairs) {
    const outcome = c.label ? (c.found ? 'found' : 'missed') : c.mined ? 'bad' : 'none';
    count(`pairs/${ENGLISH_HEADER.test(header) ? 'english-header' : 'other-header'}`, outcome, c.set, `${c.chapter}:${c.line} [${header}]`, `${c.first} | ${c.cell}`);
  }
}

// (2) a plain paragraph opening on one Latin word and a colon
const LEAD = /^(?:([-*+]|\d+[.)])\s+)?([A-Za-z][A-Za-z0-9]*)\s*[:：]\s*\S/u;
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const oc = outcomes.get(`${set}/${c.chapter}`);
  let fence = false;
  const seen = new Set();
  text.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    if (fence) return;
    const m = LEAD.exec(raw);
    if (!m || /^https?$/i.test(m[2])) return;
    const word = m[2];
    const sort = vocab.statesNamed(word).length > 0 ? 'state' : vocab.isEnumValue(word) ? 'value' : vocab.kindNamed(word) ? 'kind' : 'other';
    const shape = `${m[1] ? 'lead-colon-item' : 'lead-colon'}/${sort}`;
    const key = `${shape}\t${normKey(word)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const label = labelNamed(labels, word);
    const found = label && oc ? [...label.keys].some((k) => oc.found.has(k)) : false;
    const outcome = label ? (found ? 'found' : 'missed') : oc?.bad.has(normKey(word)) ? 'bad' : 'none';
    count(shape, outcome, set, `${c.chapter}:${i + 1}`, word);
  });
}

print();
