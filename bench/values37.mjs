#!/usr/bin/env node
/**
 * values37: every mention of a value of an API field (an enum value the catalogue declares, a phase or a container
 * state, and the plain-string value families an expert reads as values: Secret types, Pod and Node condition types)
 * outside fences, in prose, lists, tables, Q&A lines and headings, against the labels (docs/miner.md "values37"):
 *
 *   node bench/values37.mjs --outcomes OUT.jsonl [dir …] [--lines SHAPE] [--by-field SHAPE]
 *
 * (OUT.jsonl: bench/miner.bench.mjs --outcomes, each chapter alone.) One count per chapter, value and shape: a label
 * found (typed right), a label mistyped (found, wrong kind: term vs state), a label missed, no label's mined (a false
 * positive or a duplicate), no label's not mined. Shapes, by how the chapter writes the value:
 *   heading-alone / heading-with      a heading that is the value (± a gloss) / a heading that holds it among words
 *   lead-colon:bold|code|plain        opening a line or item, then a colon (`- **Opaque：**`, `- Pending：…`)
 *   lead-verb:表示|是|other           opening a line or item, then an explaining word (`OnDelete 表示…`)
 *   sentence-verb:表示|是|other       opening a sentence after `。`/`；`, then an explaining word
 *   mid-verb:表示|是|other            mid-sentence, then an explaining word
 *   gloss-after / gloss-before        a Chinese name or abbreviation in brackets after it (`Guaranteed（保证型）`,
 *                                     `ReadWriteOnce（RWO）`) / the value in brackets after a Chinese name
 *                                     (`滚动更新（RollingUpdate）`)
 *   list-line                         a line naming two other values of the same field or family
 *                                     (`Opaque、kubernetes.io/tls …`)
 *   table-first / table-cell          a table row's first cell / another cell
 *   qa                                a Q&A line (`**问：**`, `Q:`)
 *   prose                             none of these
 * and each by whether the value is in a code span (`+code`). Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normKey } from './lib/miner-score.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';
import { labelledChapters, labelNamed } from './lib/shape-tally.mjs';
import { EXPLAINING } from './lib/field-names.mjs';
import { linesOf as chapterLines } from './lib/vocab-mentions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { enumFieldsOf, statesNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const args = process.argv.slice(2);
const linesAt = args.indexOf('--lines');
const linesOf = linesAt >= 0 ? args[linesAt + 1] : undefined;
const byAt = args.indexOf('--by-field');
const byField = byAt >= 0 ? args[byAt + 1] : undefined;
const { outcomesFile, dirs } = outcomesArgs(args.filter((a, i) => !(i === linesAt + 1 && linesAt >= 0) && !(i === byAt + 1 && byAt >= 0)));
const outcomes = readOutcomes(outcomesFile, (title) => [title, ...title.split(/[（()）]/u)].map((t) => normKey(t.trim())).filter((t) => t.length > 0));

/** Value families the catalogue types as plain strings (kubernetes.io/docs: Secret types, Pod and Node conditions). */
const FAMILIES = {
  'Secret type': ['Opaque', 'kubernetes.io/tls', 'kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg', 'kubernetes.io/basic-auth', 'kubernetes.io/ssh-auth', 'kubernetes.io/service-account-token', 'bootstrap.kubernetes.io/token'],
  'Pod condition': ['PodScheduled', 'Initialized', 'ContainersReady', 'PodReadyToStartContainers'],
  'Node condition': ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'],
};
const familyOf = new Map(Object.entries(FAMILIES).flatMap(([f, vs]) => vs.map((v) => [v, f])));

/** The fields (or family) a word is a value of, `owner path`; the state ones marked. */
function valueFields(word) {
  const out = new Map();
  for (const s of statesNamed(word)) if (s.value === word) out.set(`${s.owner} ${s.field}`, 'state');
  for (const f of enumFieldsOf(word)) if (!out.has(`${f.owner} ${f.path}`)) out.set(`${f.owner} ${f.path}`, 'enum');
  if (familyOf.has(word)) out.set(familyOf.get(word), 'family');
  return out;
}

const TOKEN = /(?<![\w./\-])((?:[a-z]+\.)?kubernetes\.io\/[a-z-]+(?:-[a-z]+)*|[A-Z][A-Za-z]{2,})(?![\w\-/])/g;
const QA = /^\s*(?:[-*+]\s+)?(?:\*\*)?\s*(?:问|答|Q|A|Q\d+|问题|回答)\s*(?:\*\*)?\s*[：:.]/u;
const LEAD_BEFORE = /^\s*(?:>\s*)?(?:[-*+]|\d+[.)、])?\s*(?:\*\*|__)?\s*`?$/;
const GLOSS_AFTER = /^`?(?:\*\*)?\s*[（(](?!默认|可选|比如|例如|如|即)[^）)]{1,20}[）)]/u;
const GLOSS_CJK_OR_ABBR = /^`?(?:\*\*)?\s*[（(](?:[^）)]*[\u4e00-\u9fff]{2}|[A-Z]{2,5})[^）)]*[）)]/u;
const GLOSS_BEFORE = /[\u4e00-\u9fff]{2}\s*[（(]\s*`?$/u;
const verbKind = (after) => {
  const m = EXPLAINING.exec(after);
  if (!m) return undefined;
  const w = m[0].trim();
  return w === '表示' ? '表示' : w === '是' ? '是' : 'other';
};

/** The chapter's lines outside fences (vocab-mentions.mjs linesOf). */
const proseLines = (text) => chapterLines(text).filter((l) => !l.fence).map((l) => ({ n: l.n, text: l.line }));

function shapeOf(line, m, sibs) {
  const before = line.slice(0, m.index);
  const after = line.slice(m.index + m[0].length);
  const code = before.endsWith('`') && after.startsWith('`');
  const a = after.replace(/^`/, '').replace(/^\*\*/, '');
  let shape;
  if (/^\s*#{1,6}\s/.test(line)) {
    const rest = line.replace(/^\s*#{1,6}\s+/, '').replace(/[`*]/g, '').replace(m[0], '').replace(/[（(][^）)]*[）)]/gu, '').replace(/^[\s\d.、:：-]+|[\s:：]+$/gu, '');
    shape = rest === '' ? 'heading-alone' : 'heading-with';
  } else if (/^\s*\|/.test(line)) {
    shape = /^\s*\|\s*(?:\*\*)?`?$/.test(before) ? 'table-first' : 'table-cell';
  } else if (QA.test(line)) {
    shape = 'qa';
  } else if (LEAD_BEFORE.test(before) && /^\s*(?:\*\*)?\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:\*\*)?\s*[：:]/u.test(a)) {
    shape = `lead-colon:${/\*\*\s*`?$/.test(before) || /^\*\*/.test(after.replace(/^`/, '')) ? 'bold' : code ? 'code' : 'plain'}`;
    if (code) return shape;
  } else if (LEAD_BEFORE.test(before) && verbKind(a.replace(/^\s*(?:\*\*)?\s*(?:[（(][^）)]{0,30}[）)])?\s*/u, ''))) {
    shape = `lead-verb:${verbKind(a.replace(/^\s*(?:\*\*)?\s*(?:[（(][^）)]{0,30}[）)])?\s*/u, ''))}`;
  } else if (GLOSS_AFTER.test(after) && GLOSS_CJK_OR_ABBR.test(after)) {
    shape = 'gloss-after';
  } else if (GLOSS_BEFORE.test(before)) {
    shape = 'gloss-before';
  } else if (verbKind(a)) {
    // (opening a sentence after a full stop or a semicolon, or mid-sentence)
    shape = `${/[。；;！？]\s*(?:\*\*)?`?$/u.test(before) ? 'sentence-verb' : 'mid-verb'}:${verbKind(a)}`;
  } else if (sibs >= 3) {
    shape = 'list-line';
  } else shape = 'prose';
  return code ? `${shape}+code` : shape;
}

const count = new Map();
const rowsOut = [];
const statusOf = (set, chapter, label, value) => {
  const oc = outcomes.get(`${set}/${chapter}`);
  if (label) {
    const keys = [...label.keys];
    if (keys.some((k) => oc?.wrong?.has(k))) return 'mistyped';
    return keys.some((k) => oc?.found.has(k)) ? 'found' : 'missed';
  }
  return oc?.bad.has(normKey(value)) ? 'bad' : 'none';
};
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const seen = new Set();
  for (const l of proseLines(text)) {
    const hits = [...l.text.matchAll(TOKEN)].map((m) => ({ m, fields: valueFields(m[1]) })).filter((h) => h.fields.size > 0);
    for (const h of hits) {
      const sibs = Math.max(...[...h.fields.keys()].map((f) => new Set(hits.filter((o) => o.fields.has(f)).map((o) => o.m[1])).size));
      const base = shapeOf(l.text, h.m, sibs);
      const v = h.m[1];
      const label = labelNamed(labels, v);
      const status = statusOf(set, c.chapter, label, v);
      const kinds = new Set(h.fields.values());
      const kindTag = kinds.has('state') ? 'state' : kinds.has('enum') ? 'enum' : 'family';
      for (const shape of ['all', base.replace(/[:+].*$/, ''), base, `${base.replace(/\+code$/, '')}@${kindTag}`]) {
        const k = `${shape}\t${c.chapter}\t${normKey(v)}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const e = count.get(shape) ?? { found: 0, mistyped: 0, missed: 0, bad: 0, none: 0, sets: new Set(), labelSets: new Set() };
        e[status]++;
        e.sets.add(set);
        if (status === 'found') e.labelSets.add(set);
        count.set(shape, e);
        if (shape === linesOf) console.log(`${status}\t${set}/${c.chapter}:${l.n}\t${v}\t${[...h.fields.keys()].join(',')}\t${l.text.trim().slice(0, 110)}`);
        if (byField && shape === byField) rowsOut.push({ fields: [...h.fields.keys()], status });
      }
    }
  }
}
console.log("shape\tfound\tmistyped\tmissed\tno label's (mined / not)\tsets\tsets found in");
for (const [s, e] of [...count.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${s}\t${e.found}\t${e.mistyped}\t${e.missed}\t${e.bad + e.none} (${e.bad} / ${e.none})\t${e.sets.size}\t${e.labelSets.size}`);
}
if (byField) {
  const agg = new Map();
  for (const r of rowsOut) for (const f of r.fields) {
    const a = agg.get(f) ?? { found: 0, mistyped: 0, missed: 0, bad: 0, none: 0 };
    a[r.status]++;
    agg.set(f, a);
  }
  console.log(`\n${byField} by field: found / mistyped / missed / no label's (mined / not)`);
  for (const [f, a] of [...agg].sort((x, y) => y[1].found + y[1].missed - x[1].found - x[1].missed)) console.log(`${f}\t${a.found}\t${a.mistyped}\t${a.missed}\t${a.bad + a.none} (${a.bad} / ${a.none})`);
}
