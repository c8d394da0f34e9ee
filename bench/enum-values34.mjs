#!/usr/bin/env node
/**
 * rules34: the values of the API's enum fields in the chapters' text (docs/miner.md "rules34"):
 *   node bench/enum-values34.mjs --outcomes OUT.jsonl [dir …] [--lines]
 * (OUT.jsonl: bench/miner.bench.mjs --outcomes, each chapter alone.) For every chapter, every word outside
 * fences and inline code that is a value the API declares for an enum field (vocabulary enumFieldsOf:
 * `Guaranteed` of `status.qosClass`, `NodePort` of Service's `spec.type`, `Always` of `restartPolicy` …),
 * one count per chapter and value, grouped by the field (its last path step; a value of several fields
 * counts under each): labels found / labels missed / no label's (mined as a false positive or duplicate /
 * not mined), and the sets; split by how the chapter writes the value: beside a gloss in parentheses
 * (`Guaranteed（保证型）`; not `（默认）`), opening a list item or a line before a colon (`- Burstable：…`), or in a
 * paragraph with two other values of the same field (`…是 Guaranteed；…是 BestEffort；其余…Burstable`).
 * Counting only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, normKey } from './lib/miner-score.mjs';
import { outcomesArgs, readOutcomes } from './lib/outcomes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { enumFieldsOf } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const args = process.argv.slice(2);
const { outcomesFile, dirs } = outcomesArgs(args);
const showLines = args.includes('--lines');

// (a glossed title, `WaitForFirstConsumer（延迟绑定）`, answers to each of its parts too)
const outcomes = readOutcomes(outcomesFile, (title) => [title, ...title.split(/[（()）]/u)].map((t) => normKey(t.trim())).filter((t) => t.length > 0));
const list = (v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x != null).map(String));
function labelNames(l) {
  const names = [l.name, ...list(l.also)];
  if (l.fieldPath) names.push(l.fieldPath, String(l.fieldPath).split('.').pop().replace(/\[\]$/, ''));
  return new Set(names.filter(Boolean).map(normKey));
}

/** Lines outside fences, inline code taken out (a value in code is a setting shown, counted apart by rules30). */
function proseLines(text) {
  const out = [];
  let fence = null;
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m) {
      if (fence === null) fence = m[1][0];
      else if (m[1][0] === fence) fence = null;
      return;
    }
    if (fence === null) out.push({ n: i + 1, text: line });
  });
  return out;
}
const WORD = /(?<![\w.\-/`])[A-Z][A-Za-z]{2,}(?![\w\-/`])/g;
const field = (o) => o.path.split('.').pop().replace(/\[\]$/, '');
/** Values the catalogue types as plain strings, counted beside the enums: a Node's condition types (kubernetes.io/docs/reference/node/node-status). */
const NODE_CONDITIONS = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'];
const valueFields = (w) => (NODE_CONDITIONS.includes(w) ? [{ owner: 'Node', path: 'status.conditions[].type(node-condition)' }] : enumFieldsOf(w));

/** per field → per place → { found, missed, bad, none, sets } */
const agg = new Map();
const rowsOut = [];
for (const dir of dirs) {
  const set = path.basename(dir);
  for (const c of readCorpus(dir)) {
    let text;
    try {
      text = readFileSync(c.file, 'utf8');
    } catch {
      continue;
    }
    const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
    const lab = items.map((l) => ({ l, names: labelNames(l) }));
    const oc = outcomes.get(`${set}/${c.chapter}`);
    const lines = proseLines(text);
    /** value → { fields, places:Set } */
    const seen = new Map();
    // paragraphs: runs of non-blank lines
    const paras = [];
    let cur = [];
    for (const l of lines) {
      if (l.text.trim() === '') {
        if (cur.length) paras.push(cur);
        cur = [];
      } else cur.push(l);
    }
    if (cur.length) paras.push(cur);
    for (const para of paras) {
      const vals = new Map();
      for (const l of para) {
        const plain = l.text.replace(/`[^`]*`/g, ' ');
        for (const m of plain.matchAll(WORD)) {
          const fs = valueFields(m[0]);
          if (fs.length === 0) continue;
          const after = plain.slice(m.index + m[0].length);
          const before = plain.slice(0, m.index);
          const place = /^\s*[（(](?!默认|可选|比如|例如|如)[^）)]*[\u4e00-\u9fff]{2}/u.test(after) ? 'gloss' : /^\s*(?:[-*+]|\d+[.)、])?\s*(?:\*\*)?\s*$/.test(before) && /^\s*(?:\*\*)?\s*[：:]/.test(after) ? 'lead-colon' : 'prose';
          if (!vals.has(m[0])) vals.set(m[0], { fs, places: new Set(), n: l.n, line: l.text });
          vals.get(m[0]).places.add(place);
        }
      }
      // how many values of one field the paragraph names
      for (const [v, e] of vals) {
        const sib = Math.max(...e.fs.map((f) => [...vals.values()].filter((x) => x.fs.some((g) => g.owner === f.owner && g.path === f.path)).length));
        if (sib >= 3) e.places.add('three-in-paragraph');
        if (!seen.has(v)) seen.set(v, { fs: e.fs, places: new Set(), n: e.n, line: e.line });
        for (const p of e.places) seen.get(v).places.add(p);
      }
    }
    for (const [v, e] of seen) {
      const k = normKey(v);
      const hit = lab.find((x) => x.names.has(k));
      const status = hit ? (oc?.found.has(k) || [...hit.names].some((n) => oc?.found.has(n)) ? 'found' : 'missed') : oc?.bad.has(k) ? 'bad' : 'none';
      const place = e.places.has('gloss') ? 'gloss' : e.places.has('lead-colon') ? 'lead-colon' : e.places.has('three-in-paragraph') ? 'three-in-paragraph' : 'prose';
      const groups = [...new Set(e.fs.map(field))];
      for (const g of groups) {
        if (!agg.has(g)) agg.set(g, new Map());
        for (const p of [place, 'all']) {
          const a = agg.get(g).get(p) ?? { found: 0, missed: 0, bad: 0, none: 0, sets: new Set() };
          a[status]++;
          a.sets.add(set);
          agg.get(g).set(p, a);
        }
      }
      rowsOut.push({ set, chapter: c.chapter, n: e.n, value: v, fields: groups.join(','), place, status, line: e.line });
    }
  }
}
console.log('field (last step)\tplace\tfound\tmissed\tno label\'s (mined / not)\tsets');
const total = (m) => { const a = m.get('all'); return a.found + a.missed; };
for (const [g, m] of [...agg].sort((a, b) => total(b[1]) - total(a[1]))) {
  for (const p of ['all', 'gloss', 'lead-colon', 'three-in-paragraph', 'prose']) {
    const a = m.get(p);
    if (!a) continue;
    console.log(`${g}\t${p}\t${a.found}\t${a.missed}\t${a.bad + a.none} (${a.bad} / ${a.none})\t${a.sets.size}`);
  }
}
if (showLines) for (const r of rowsOut) console.log(`  ${r.set}\t${r.chapter}:${r.n}\t${r.value}\t${r.fields}\t${r.place}\t${r.status}\t${r.line.slice(0, 100)}`);
