#!/usr/bin/env node
/**
 * table37: every table cell of the dev sets that names something (an API field, a kind, a value, a term), first
 * column and other columns, against the labels (docs/miner.md "table37"):
 *   node bench/miner.bench.mjs $(ls -d tests/corpus/miner/dev*) --outcomes OUT.jsonl
 *   node bench/table-census.mjs --cells --outcomes OUT.jsonl $(ls -d tests/corpus/miner/dev*) > cells.jsonl
 *   node bench/table-cells37.mjs cells.jsonl [--by KEY[,KEY]] [--where KEY=VALUE …] [--lines] [--min N]
 * Each cell is put in groups by what an expert reads it with: `pos` (first column or other), `hspell` (the header written as a field's name, a Latin word, Chinese), `header` (its
 * column's header word, the first column's for a first cell), `spell` (how the name is written: camel, code,
 * pascal, lower, upper, snake, kebab, bold, chinese, mixed, phrase), `api` (what the catalogue says the name is:
 * kind, field, enum value, state, none), `others` (what the row's other cells say: a sentence, words, a value),
 * `firstCell` (for another column: the row's first cell a short Chinese name or not), `section` (the heading above names an API kind), `yaml` (the note's fences set a key of that name) and `set`.
 * A row per group: labels found / labels missed / no label's (mined as a false positive or duplicate, listed
 * under `not:`, neutral). Only cells that could name something (`named`: a Latin identifier or a short phrase,
 * code or bold; not a number, a sentence or a command line) are counted. Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { censusRows, EXPLAINING_CELL } from './lib/census-rows.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const voc = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const argv = process.argv.slice(2);
const { rows, lines } = censusRows('table-cells37.mjs', argv, ['row', 'cell']);
const opt = (name, dflt) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : dflt;
};
const by = opt('--by', 'pos,header').split(',');
const min = Number(opt('--min', '3'));
const where = argv.flatMap((a, i) => (argv[i - 1] === '--where' ? [a.split('=')] : []));

const headerWord = (h) => h.normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim().toLowerCase();
const clean = (s) => s.replace(/\*\*/g, '').replace(/^`|`$/g, '').trim();

/** How a cell writes its name; undefined for a cell that names nothing (a number, a sentence, a command line, a path). */
function spell(r) {
  const t = clean(r.cell);
  if (t === '' || t.length > 40 || /^[-\d.%\s≈~<>=+*/×:]+[A-Za-z%]{0,3}$/u.test(t) || /^(?:—|-|–|无|是|否|✅|❌|√|×|yes|no|true|false)$/iu.test(t)) return undefined;
  if (/\s/.test(t) && /^(?:kubectl|helm|docker|crictl|systemctl|curl|etcdctl|kubeadm)\b/.test(t)) return undefined;
  if (/[\u4e00-\u9fff]/u.test(t)) return (t.match(/[\u4e00-\u9fff]/gu) ?? []).length > 12 ? undefined : /[A-Za-z]/.test(t) ? 'mixed' : 'chinese';
  if (r.cell.includes('**')) return 'bold';
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(t)) return 'camel';
  if (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(t)) return 'pascal';
  if (/^[A-Z][a-z0-9]+$/.test(t)) return 'capitalised';
  if (/^[a-z][a-z0-9]*$/.test(t)) return 'lower';
  if (/^[A-Z][A-Z0-9_]+$/.test(t)) return 'upper';
  if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(t)) return 'snake';
  if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(t)) return 'kebab';
  if (/^[A-Za-z][\w]*(?:\.[\w[\]]+)+$/.test(t)) return 'path';
  if (/^[A-Za-z][\w-]*(?: [\w-]+){1,3}$/.test(t)) return 'phrase';
  return undefined;
}

/** How the cell's column header is written: a field's name (camelCase, a path), one Latin word, Chinese, mixed, empty. */
function headerSpell(h) {
  const t = h.normalize('NFKC').replace(/[`*]/g, '').replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  if (t === '') return 'empty';
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(t) || /^[A-Za-z]\w*(?:\.\w+)+$/.test(t)) return 'field';
  if (/^[A-Za-z]+$/.test(t)) return 'word';
  if (/[\u4e00-\u9fff]/u.test(t)) return /[A-Za-z]/.test(t) ? 'mixed' : 'chinese';
  return 'other';
}

function api(r) {
  const t = clean(r.cell).replace(/\s*[(（].*$/u, '').trim();
  const leaf = t.split('.').pop();
  if (voc.kindNamed(t)) return 'kind';
  if (voc.statesNamed(t).length > 0) return 'state';
  if (voc.fieldsNamed(leaf).length > 0 && /^[a-z]/.test(leaf)) return 'field';
  if (voc.isEnumValue(t)) return 'enum';
  return 'none';
}

function others(r) {
  const o = r.at === 'row' ? r.others : r.others.slice(1);
  if (o.some((c) => (c.match(/[\u4e00-\u9fff]/gu) ?? []).length >= 8)) return 'sentence';
  if (o.some((c) => EXPLAINING_CELL.test(c))) return 'words';
  return 'value';
}

const cells = [];
for (const r of rows) {
  const s = spell(r);
  if (s === undefined) continue;
  const outcome = r.label ? (r.found ? 'found' : 'missed') : r.not ? 'not' : r.mined ? 'mined' : 'neutral';
  cells.push({
    r,
    outcome,
    keys: {
      pos: r.at === 'row' ? 'first' : `col${r.col}`,
      header: headerWord(r.at === 'row' ? r.headers[0] ?? '' : r.colHeader),
      first: headerWord(r.headers[0] ?? ''),
      hspell: headerSpell(r.at === 'row' ? r.headers[0] ?? '' : r.colHeader),
      spell: s,
      api: api(r),
      others: others(r),
      // what the row's first cell is, for a cell in another column: a Chinese name (`存活探针`), a Latin one, longer words
      firstCell: r.at === 'row' ? '-' : /^[\u4e00-\u9fff][\u4e00-\u9fff\w ]{0,11}$/u.test(clean(r.first)) && !/[A-Za-z]{2}/.test(r.first) ? 'chinese-name' : /[\u4e00-\u9fff]/u.test(r.first) ? 'chinese-words' : 'latin',
      section: r.headingKind ? 'kind' : 'other',
      yaml: r.inYaml ? 'yaml' : 'no',
      set: r.set,
    },
  });
}
const kept = cells.filter((c) => where.every(([k, v]) => new RegExp(`^(?:${v})$`, 'u').test(c.keys[k])));
const groups = new Map();
for (const c of kept) {
  const key = by.map((k) => c.keys[k]).join(' | ');
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(c);
}
const tally = (cs) => {
  const n = (o) => cs.filter((c) => c.outcome === o).length;
  return { found: n('found'), missed: n('missed'), mined: n('mined'), not: n('not'), neutral: n('neutral'), sets: new Set(cs.map((c) => c.r.set)).size, tables: new Set(cs.map((c) => `${c.r.set}/${c.r.chapter}#${c.r.table}`)).size };
};
const all = tally(kept);
console.log(`cells ${kept.length}: found ${all.found}, missed ${all.missed}, no label's: mined ${all.mined}, not: ${all.not}, neutral ${all.neutral} (${all.sets} sets, ${all.tables} tables)`);
console.log(`| ${by.join(' | ')} | found | missed | mined (FP/dup) | not: | neutral | tables | sets |`);
console.log(`|${' --- |'.repeat(by.length)} ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const [key, cs] of [...groups].sort((a, b) => tally(b[1]).missed - tally(a[1]).missed)) {
  const t = tally(cs);
  if (t.missed + t.found + t.mined < min) continue;
  console.log(`| ${key} | ${t.found} | ${t.missed} | ${t.mined} | ${t.not} | ${t.neutral} | ${t.tables} | ${t.sets} |`);
  if (lines) for (const c of cs) console.log(`    ${c.outcome}\t${c.r.set}/${c.r.chapter}:${c.r.line}\t${c.r.cell}\t[${c.r.headers.join(' | ')}]\t${c.keys.api} ${c.keys.section} ${c.keys.yaml}`);
}
