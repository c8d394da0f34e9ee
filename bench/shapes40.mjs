#!/usr/bin/env node
/**
 * rules40: shapes of dev120–dev122's misses and false positives (the held-out sets holdout124–126) counted over every
 * development set (docs/miner.md "rules40"):
 *
 *   node bench/miner.bench.mjs $(ls -d tests/corpus/miner/dev*) --outcomes OUT.jsonl
 *   node bench/table-census.mjs --outcomes OUT.jsonl $(ls -d tests/corpus/miner/dev*) > rows.jsonl
 *   node bench/shapes40.mjs rows.jsonl --outcomes OUT.jsonl [dir …] [--lines]
 *
 * (1) `key-header/…`: the rows of a table whose first header says its rows are keys in Chinese (`键`, `键名`, `配额键`,
 * `标签键` …: KEY_HEADER, a header definitions.ts FIELD_HEADER does not take), split by the first cell: `latin` (a
 * Latin key, dots, slashes and `<…>` placeholders allowed: `requests.cpu`, `count/secrets`) `explained` (another cell
 * explains it in words) or not, `other` (any other first cell).
 * (2) `title-lead/…`: a chapter's title `# X：…` whose part before the colon X is Chinese only, one to six characters
 * (`# 资源限制：我的 .NET 服务为什么被杀了`, `# 配置：从 web.config 到 …`); the lead is the name counted.
 * (3) `genitive-kind/…`: a heading `… 的 Kind` (`## operator 管的 StatefulSet`) whose last word is an API kind: the
 * kind counted (a label found / missed / no label's), and whether the miner made the whole heading a term
 * (`whole-mined`: heading-genitive-head's output, a false positive or duplicate then).
 * (4) `generic-glossed/…`: a bold label or a heading that is one generic English word (labels.ts isGenericLabel:
 * `Background`, `Summary`) glossed in parentheses with Chinese (`**Background（后台删除）**：`, `### Summary（总结）`), split by
 * the gloss: `name` (a Chinese name that is no rubric) or `rubric` (itself generic: `背景`, `总结`).
 * Labels found / missed / no label's (mined as a false positive or duplicate / not mined). Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { censusRows } from './lib/census-rows.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';
import { labelledChapters, labelNamed, outcomeTally } from './lib/shape-tally.mjs';
import { normKey } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { isGenericLabel } = await import(path.join(ROOT, 'src/graph/labels.ts'));
const argv = process.argv.slice(2);
const own = argv.filter((a, i) => argv[i - 1] !== '--outcomes');
const { rows, lines } = censusRows('shapes40.mjs', own, ['row']);
const rowsFile = own.find((a) => !a.startsWith('-'));
const { outcomesFile, dirs } = outcomesArgs(argv.filter((a) => a !== rowsFile));
const outcomes = readOutcomes(outcomesFile);

const { count, print } = outcomeTally(lines);
const clean = (s) => String(s).replace(/\*\*/g, '').replace(/`/g, '').normalize('NFKC').trim();

// (1) a table of keys headed in Chinese
const KEY_HEADER = /^(?:键|键名|key\s*名|配额键|配额项|资源键|标签键|注解键|配置键|环境变量名?)$/iu;
const LATIN_KEY = /^[A-Za-z][\w.\-/<>]*$/u;
for (const r of rows) {
  const first = clean(r.headers[0] ?? '');
  if (!KEY_HEADER.test(first)) continue;
  const cell = clean(r.cell);
  const shape = `key-header/${LATIN_KEY.test(cell) ? (r.explained ? 'latin-explained' : 'latin') : 'other'}`;
  const outcome = r.label ? (r.found ? 'found' : 'missed') : r.mined ? 'bad' : 'none';
  count(shape, outcome, r.set, `${r.chapter}:${r.line} [${first}]`, cell);
}

// (2) and (3): titles and headings
const TITLE_LEAD = /^#\s+(?:\d+\s+)?([\u4e00-\u9fff]{1,6})\s*[:：]\s*\S/u;
const GENITIVE_KIND = /^#{1,6}\s+.*的\s*([A-Z][A-Za-z]+)\s*$/u;
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const oc = outcomes.get(`${set}/${c.chapter}`);
  const outcomeOf = (name) => {
    const label = labelNamed(labels, name);
    const found = label && oc ? [...label.keys].some((k) => oc.found.has(k)) : false;
    return label ? (found ? 'found' : 'missed') : oc?.bad.has(normKey(name)) ? 'bad' : 'none';
  };
  let fence = false;
  let title = true;
  text.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
    if (fence) return;
    // (4) a generic English word glossed with Chinese, bold or as a heading
    const gw = /^(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+\*\*|\*\*)([A-Za-z]+)\s*[（(]([\u4e00-\u9fff]{2,8})[)）]/u.exec(raw);
    if (gw && isGenericLabel(gw[1])) count(`generic-glossed/${isGenericLabel(gw[2]) ? 'rubric' : 'name'}`, outcomeOf(gw[1]), set, `${c.chapter}:${i + 1}`, raw.slice(0, 60));
    if (!/^#/.test(raw)) return;
    if (title && /^#\s/.test(raw)) {
      title = false;
      const m = TITLE_LEAD.exec(raw);
      if (m) count('title-lead/chinese', outcomeOf(m[1]), set, `${c.chapter}:${i + 1}`, raw);
    }
    const g = GENITIVE_KIND.exec(raw);
    if (g && vocab.kindNamed(g[1])) {
      const heading = raw.replace(/^#+\s+/, '').trim();
      const kindKey = normKey(g[1]);
      const wholeMined = [...(oc?.bad ?? [])].some((k) => k !== kindKey && k.endsWith(kindKey) && normKey(heading).includes(k));
      const whole = wholeMined ? 'whole-mined' : 'whole-not-mined';
      count(`genitive-kind/${whole}`, outcomeOf(g[1]), set, `${c.chapter}:${i + 1}`, raw);
    }
  });
}

print();
