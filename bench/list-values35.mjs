#!/usr/bin/env node
/**
 * rules35: list items that open on a plain capitalised word and a colon (`- Pending：…`, `- Guaranteed：…`,
 * `- Chart：…`), the shape `list-name-colon` leaves (alone-names.ts: not a name spelt as one, so a value or a vendor in
 * a comparison: `- Initial：…`, `- Azure：…`), counted over every development set (docs/miner.md "rules35"):
 *
 *   node bench/list-values35.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). An item counts when its
 * first line (outside fences) is a list marker, one Latin word (not spelt as a name: alone-names.ts spelledAsName),
 * a colon and Chinese, in a list (items at one indent, blank lines and deeper lines between) where two items or more
 * open on a plain Latin word and a colon. Split by what else the list holds:
 *   value+siblings      the word is a value the API declares (vocabulary statesNamed / enumFieldsOf) and another
 *                       item of the list is a value of the same field
 *   spelt-sibling       another item of the list opens on a name spelt as one (the list `list-name-colon` reads)
 *   both / neither      both of these, neither
 * and, across all four, by whether the word is a value of the API at all (`+value` / `+word`); the items with a
 * sibling value of the same field again by whether that field is a status field (`value-sibling+status`:
 * `status.phase`, `status.qosClass`, a container's state) or not (`value-sibling+spec`: `restartPolicy`, `updateMode`). One count per chapter
 * and name: labels found / missed / no label's (bench/lib/shape-tally.mjs). Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledChapters, labelNamed, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { statesNamed, enumFieldsOf } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { spelledAsName } = await import(path.join(ROOT, 'src/graph/miner/alone-names.ts'));

const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
/** A plain Latin lead and a colon (alone-names.ts PLAIN_LEAD, one word), Chinese after it. */
const LEAD = /^([A-Za-z][\w.+-]*)\s*(?:[（(][^（）()]{0,30}[）)])?\s*[:：]\s*(.*)$/u;
const CJK = /[\u4e00-\u9fff]/u;
const STATUS_FIELD = /(?:^|\.)status\./;

/** The fields a word is a value of (`Pod status.phase`, …): states and enum values. */
function valueFields(word) {
  const out = new Set();
  for (const s of statesNamed(word)) out.add(`${s.owner} ${s.field}`);
  for (const f of enumFieldsOf(word)) out.add(`${f.owner} ${f.path}`);
  return out;
}

/** The lists of a chapter's text: arrays of { n, lead?, rest, line } items at one indent. */
function listsOf(text) {
  const lists = [];
  let cur = null;
  let fence = null;
  text.split('\n').forEach((line, i) => {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f || fence !== null) {
      if (f) fence = fence === null ? f[1][0] : f[1][0] === fence ? null : fence;
      cur = null;
      return;
    }
    const m = ITEM.exec(line);
    if (m && (cur === null || m[1].length === cur.indent)) {
      if (cur === null) { cur = { indent: m[1].length, items: [] }; lists.push(cur); }
      const lead = LEAD.exec(m[2]);
      cur.items.push({ n: i + 1, line, lead: lead?.[1], rest: lead?.[2] ?? '' });
      return;
    }
    if (line.trim() === '' || (cur && /^\s/.test(line) && line.search(/\S/) > cur.indent)) return;
    cur = null;
  });
  return lists.map((l) => l.items);
}

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const seen = new Set();
  for (const items of listsOf(text)) {
    const leads = items.filter((it) => it.lead !== undefined);
    if (leads.length < 2) continue;
    for (const it of leads) {
      if (spelledAsName(it.lead) || !/^[A-Z]/.test(it.lead) || !CJK.test(it.rest)) continue;
      const fields = valueFields(it.lead);
      const others = leads.filter((o) => o !== it);
      const shared = new Set(others.flatMap((o) => [...valueFields(o.lead)].filter((f) => fields.has(f))));
      const valueSibling = shared.size > 0;
      // (a value of a status field, `status.phase`, `status.qosClass`, a container's state: what the API reports)
      const status = [...shared].some((f) => STATUS_FIELD.test(f.split(' ')[1]));
      const speltSibling = others.some((o) => spelledAsName(o.lead));
      const sub = valueSibling && speltSibling ? 'both' : valueSibling ? 'value+siblings' : speltSibling ? 'spelt-sibling' : 'neither';
      const label = labelNamed(labels, it.lead);
      const outcome = tally.outcome(set, c.chapter, label);
      const shapes = ['capitalised-item', `capitalised-item/${sub}`, `capitalised-item/${sub}${fields.size > 0 ? '+value' : '+word'}`];
      if (valueSibling) shapes.push(`capitalised-item/value-sibling${status ? '+status' : '+spec'}`);
      for (const shape of shapes) {
        if (tally.add(seen, shape, set, c.chapter, it.lead, label, outcome) && shape === linesOf) console.log(`${outcome}\t${set}/${c.chapter}:${it.n}\t${it.line.trim().slice(0, 120)}`);
      }
    }
  }
}
tally.print();
