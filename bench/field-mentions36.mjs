#!/usr/bin/env node
/**
 * fields36: an API field named in running text — mid-sentence, on a Q&A line, in a table cell that is not the
 * row's first — counted with the signals an expert might read it by, labels against names of no label, over
 * the development sets (docs/miner.md "fields36").
 *
 *   node bench/field-mentions36.mjs --outcomes OUT.jsonl [dir …] [--lines COMBO] [--min-missed N] [--dump FILE]
 *
 * OUT.jsonl is `node bench/miner.bench.mjs … --outcomes` over the same sets (each chapter alone): a label is
 * found when a concept found (right or wrongly typed) answers to one of its spellings; a name of no label is
 * `bad` when the miner made it (a false positive or duplicate), `none` when not.
 *
 * A mention: a field-like name (bench/lib/field-names.mjs) outside fences and headings whose last segment the
 * API or a configuration kind has as a field of exactly that spelling, not opening its line or item before a
 * colon or as a bold label (`**x**：`, `- x：` are older rules' shapes), not in a flag (`--x`), not in a line
 * that is a command or a log line. Its place: prose, qa (an answer or question line), item, cell.
 * Signals of one mention (the brief's):
 *   owner-sentence   a kind that has the field is written in the same sentence
 *   owner-heading    … in the section's heading chain
 *   owner-title      … in the chapter's first heading (or file name)
 *   yaml-section     a fence of the same section sets a key of that name; yaml-note: a fence of the note
 *   code             the name in a code span alone
 *   value            a value given with it (`= 0`, `: false`, `设成 60`, `调到 60`)
 *   verb             an explaining verb right after it (`表示`, `决定`, `控制` …)
 *   twice            the note names it twice or more outside fences
 * Each (chapter, name) is counted once per combination of signals that one of its mentions has (a rule built
 * on the combination fires when any mention has it): found / missed / no label's (bad / none), the sets.
 * Look-alikes are counted apart: a mention in a list of three or more field-like names in one sentence (`list`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normKey } from './lib/miner-score.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';
import { labelNamed, labelledChapters, lastSeg } from './lib/shape-tally.mjs';
import { EXPLAINING, fieldish } from './lib/field-names.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fieldsNamed, fieldsByPath, configFieldsNamed, kindNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { BOILERPLATE_KEYS } = await import(path.join(ROOT, 'src/graph/miner/object-keys.ts'));

const argv = process.argv.slice(2);
const at = (flag) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
const linesOf = at('--lines');
// (`--dump FILE`: every chapter's names with their mentions' places and signals, one JSON line each, for ad-hoc counts)
const dumpFile = at('--dump');
const dumped = [];
const minMissed = Number(at('--min-missed') ?? 3);
const { outcomesFile, dirs } = outcomesArgs(argv.filter((a, i) => !['--lines', '--min-missed', '--dump'].includes(a) && !['--lines', '--min-missed', '--dump'].includes(argv[i - 1])));
if (!outcomesFile) { console.error('--outcomes FILE (node bench/miner.bench.mjs … --outcomes FILE over the same sets) is needed'); process.exit(2); }
const outcomes = readOutcomes(outcomesFile);

const SIGNALS = ['owner-sentence', 'owner-heading', 'owner-title', 'yaml-section', 'yaml-note', 'code', 'value', 'verb', 'twice'];
const VALUE_AFTER = /^`?\s*(?:[=:：]\s*["'`]?[\w.-]|(?:设成|设为|设置为|设置成|设到|改成|改为|调到|调成|调为|调大到|调小到|写成|写为|配成|配置为|配置成|填成|填为|给到|开成|关成)\s*["'`]?[\w.\u4e00-\u9fff-])/u;
const VALUE_BEFORE = /(?:把|将)\s*`?$/u;
const SENTENCE_END = /[。！？!?；;]/u;
const LIST_SEP = /^\s*(?:、|，|,|和|与|及|以及|或|\/)\s*$/u;
const COMMAND_LINE = /^\s*(?:\$|#\s|kubectl\s|helm\s|docker\s|crictl\s|curl\s)|^\s*`(?:kubectl|helm|docker|crictl|curl)\s[^`]*`\s*$/u;
const LOG_LINE = /^\s*(?:[IWEF]\d{4}\s|\d{4}-\d\d-\d\d[T ]\d|level=|\{"|Warning\s+\w+\s|Normal\s+\w+\s|Events:|NAME\s+)/u;

const cellsOf = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

/** Kinds that have a field named so exactly (API and configuration); a dotted name: kinds whose path ends so. */
function ownersOf(name) {
  if (name.includes('.')) return new Set(fieldsByPath(name).map((o) => o.owner));
  if (BOILERPLATE_KEYS.has(name)) return new Set();
  return new Set([...fieldsNamed(name), ...configFieldsNamed(name)].filter((o) => o.name === name).map((o) => o.owner));
}
/** Kinds a text writes (Latin words, kindNamed: `Pod`, `PVC`, `Deployment`). */
function kindsWritten(text) {
  const out = new Set();
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:\s[A-Z][a-z]+)?/g)) {
    const k = kindNamed(m[0]) ?? kindNamed(m[0].split(' ')[0]);
    if (k) out.add(k);
  }
  return out;
}
/** The sentence of `line` around position `pos`. */
function sentenceAt(line, pos) {
  let s = pos; while (s > 0 && !SENTENCE_END.test(line[s - 1])) s--;
  let e = pos; while (e < line.length && !SENTENCE_END.test(line[e])) e++;
  return { text: line.slice(s, e), start: s };
}

/** The mentions of one chapter: { name, last, n, line, place, signals: Set }. */
function mentionsOf(text, file) {
  const lines = text.split('\n');
  const out = [];
  // sections: heading chain per line, fence keys per section and note
  let fence = false;
  let fenceBody = [];
  const chain = [];
  let sectionId = 0;
  const sectionOf = [];
  const headingsOf = [];
  const keysBySection = new Map();
  const noteKeys = new Set();
  let title = path.basename(file, '.md');
  let titleSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (/^\s*(```|~~~)/.test(t)) {
      if (fence) {
        for (const b of fenceBody) { const m = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(b); if (m) { noteKeys.add(m[1]); if (!keysBySection.has(sectionId)) keysBySection.set(sectionId, new Set()); keysBySection.get(sectionId).add(m[1]); } }
        fenceBody = [];
      }
      fence = !fence; sectionOf[i] = sectionId; headingsOf[i] = chain.map((h) => h.text).join(' / ');
      continue;
    }
    if (fence) { fenceBody.push(t); sectionOf[i] = sectionId; continue; }
    const h = /^(#{1,6})\s+(.*)$/.exec(t.trim());
    if (h) {
      if (!titleSeen) { title = `${title} ${h[2]}`; titleSeen = true; }
      while (chain.length && chain.at(-1).level >= h[1].length) chain.pop();
      chain.push({ level: h[1].length, text: h[2] });
      sectionId++;
    }
    sectionOf[i] = sectionId;
    headingsOf[i] = chain.map((x) => x.text).join(' / ');
  }
  const titleKinds = kindsWritten(title);
  // how often each name is written outside fences
  const counts = new Map();
  fence = false;
  for (const l of lines) {
    if (/^\s*(```|~~~)/.test(l)) { fence = !fence; continue; }
    if (fence) continue;
    for (const f of fieldish(l)) counts.set(lastSeg(f.name), (counts.get(lastSeg(f.name)) ?? 0) + 1);
  }
  fence = false;
  let inAnswer = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (/^\s*(```|~~~)/.test(raw)) { fence = !fence; continue; }
    if (fence) continue;
    const t = raw.trim();
    if (t === '') continue;
    if (/^#{1,6}\s/.test(t)) { inAnswer = /[问答]|Q\d*[:：]/u.test(t) && /[?？]\s*$/.test(t); continue; }
    if (COMMAND_LINE.test(t) || LOG_LINE.test(t)) continue;
    const isQ = /^(?:>\s*)?(?:\*\*)?(?:问|Q\d*)[:：]?(?:\*\*)?[:：]?/u.test(t) && /^(?:>\s*)?(?:\*\*)?(?:问|Q)/u.test(t);
    const isA = /^(?:>\s*)?(?:\*\*)?(?:答|A)[:：]/u.test(t);
    if (isQ) inAnswer = true;
    let place = inAnswer || isQ || isA ? 'qa' : 'prose';
    let segments;
    if (t.startsWith('|')) {
      const cells = cellsOf(t);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      segments = cells.slice(1); // the first cell is table-first-field's
      place = 'cell';
    } else {
      const item = /^(?:>\s*)?([-*+]|\d+[.)、])\s+/.exec(t);
      if (item && place === 'prose') place = 'item';
      segments = [t];
    }
    for (const seg of segments) {
      if (!/\p{Script=Han}/u.test(seg)) continue;
      const names = fieldish(seg);
      for (let j = 0; j < names.length; j++) {
        const f = names[j];
        const last = lastSeg(f.name);
        const owners = ownersOf(f.name);
        if (owners.size === 0) continue;
        const before = seg.slice(0, f.start);
        const after = seg.slice(f.end);
        // older rules' shapes: a line's or item's opening label before a colon, a bold label
        const opening = before.replace(/^(?:>\s*)?(?:[-*+]|\d+[.)、])?\s*(?:\*\*)?(?:\[[ x]\]\s*)?(?:\*\*)?(?:问|答|Q|A)?[:：]?\s*(?:\*\*)?\s*`?$/u, '') === '';
        if (opening && /^`?\s*(?:\*\*)?\s*[:：]/u.test(after)) continue;
        if (/\*\*[^*]*$/.test(before) && /^[^*]*\*\*\s*[:：]/.test(after)) continue;
        if (/--$|-$/.test(before)) continue;
        const sentence = sentenceAt(seg, f.start);
        const signals = new Set();
        const sentKinds = kindsWritten(sentence.text);
        if ([...owners].some((o) => sentKinds.has(o))) signals.add('owner-sentence');
        const headKinds = kindsWritten(headingsOf[i] ?? '');
        if ([...owners].some((o) => headKinds.has(o))) signals.add('owner-heading');
        if ([...owners].some((o) => titleKinds.has(o))) signals.add('owner-title');
        if (keysBySection.get(sectionOf[i])?.has(last)) signals.add('yaml-section');
        if (noteKeys.has(last)) signals.add('yaml-note');
        if (f.code) signals.add('code');
        if (VALUE_AFTER.test(after) || (VALUE_BEFORE.test(before) && /^\s*`?\s*(?:设|调|改|写|配|填)/u.test(after))) signals.add('value');
        if (EXPLAINING.test(after.replace(/^`/, ''))) signals.add('verb');
        if ((counts.get(last) ?? 0) >= 2) signals.add('twice');
        // a list of settings: three or more field-like names joined by separators in one sentence
        const inSentence = names.filter((g) => g.start >= sentence.start && g.end <= sentence.start + sentence.text.length);
        let run = 1;
        for (let k = 1; k < inSentence.length; k++) if (LIST_SEP.test(seg.slice(inSentence[k - 1].end, inSentence[k].start).replace(/`/g, ''))) run++;
        const list = run >= 3;
        out.push({ name: f.name, last, n: i + 1, line: t, place, signals, list });
      }
    }
  }
  return out;
}

/** combo key → { found, missed, bad, none, sets: Set, missedSets: Set, noneSets: Set } */
const tally = new Map();
const examples = [];
const bump = (key, outcome, set, line) => {
  const e = tally.get(key) ?? { found: 0, missed: 0, bad: 0, none: 0, sets: new Set(), missedSets: new Set(), noneSets: new Set() };
  e[outcome]++;
  e.sets.add(set);
  if (outcome === 'missed') e.missedSets.add(set);
  if (outcome === 'none') e.noneSets.add(set);
  tally.set(key, e);
  if (linesOf && key === linesOf) examples.push(`${outcome}\t${set}\t${line}`);
};
/** Every subset of the signals (as sorted keys, at most three signals: a rule reads few). */
function subsets(signals) {
  const s = [...signals].sort();
  const out = [''];
  for (const x of s) for (const p of [...out]) if (p.split('+').filter(Boolean).length < 3) out.push(p ? `${p}+${x}` : x);
  return out;
}
for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const oc = outcomes.get(`${set}/${c.chapter}`);
  const byName = new Map();
  for (const m of mentionsOf(text, c.file)) {
    const label = labelNamed(labels, m.name) ?? labelNamed(labels, m.last);
    const key = label ? `L:${normKey(label.name)}` : `N:${normKey(m.last)}`;
    if (!byName.has(key)) byName.set(key, { label, mentions: [] });
    byName.get(key).mentions.push(m);
  }
  for (const [key, { label, mentions }] of byName) {
    let outcome;
    if (label) outcome = [...label.keys].some((k) => oc?.found.has(k)) ? 'found' : 'missed';
    else outcome = oc?.bad.has(key.slice(2)) ? 'bad' : 'none';
    const combos = new Map();
    for (const m of mentions) {
      for (const place of [m.place, 'any']) {
        for (const sub of subsets(m.signals)) {
          const k = `${place}${m.list ? '/list' : ''}\t${sub || '(none)'}`;
          if (!combos.has(k)) combos.set(k, `${c.chapter}:${m.n}\t${m.name}\t${[...m.signals].join(',')}\t${m.line.slice(0, 150)}`);
        }
      }
    }
    for (const [k, line] of combos) bump(k, outcome, set, line);
    if (dumpFile) dumped.push(JSON.stringify({ set, chapter: c.chapter, name: key.slice(2), outcome, mentions: mentions.map((m) => ({ place: m.place, list: m.list, signals: [...m.signals], n: m.n, line: m.line.slice(0, 200), written: m.name })) }));
  }
}
console.log("place\tsignals\tfound\tmissed\tbad\tnone\tmissed:none\tsets\tmissed in sets\tnone in sets");
const rows = [...tally.entries()].map(([k, e]) => ({ k, e, ratio: e.missed / Math.max(1, e.none) }));
for (const { k, e, ratio } of rows.sort((a, b) => a.k.localeCompare(b.k))) {
  if (e.missed < minMissed && !k.endsWith('(none)')) continue;
  console.log(`${k}\t${e.found}\t${e.missed}\t${e.bad}\t${e.none}\t${ratio.toFixed(2)}\t${e.sets.size}\t${e.missedSets.size}\t${e.noneSets.size}`);
}
if (linesOf) console.log(examples.join('\n'));
if (dumpFile) (await import('node:fs')).writeFileSync(dumpFile, dumped.join('\n') + '\n');
