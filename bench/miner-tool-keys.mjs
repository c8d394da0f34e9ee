#!/usr/bin/env node
/**
 * keys10: the keys of tools' own settings in the design sets' chapters, labelled or not, by where the
 * chapter names them again (bench/lib/tool-keys.mjs). No mining: the labels say which keys are
 * concepts; `--misses F.json` (the `--json` of bench/miner-misses.mjs, any number) splits the
 * labelled ones into found and missed.
 *   node bench/miner-tool-keys.mjs [--misses F.json …] [--lines SYNTAX:POSITION] [dirs…]
 * Without dirs: dev … dev38 and dev45 … (never dev39 … dev44, which stay out of sample).
 * Rows: syntax (`tool` = yaml/json/toml/ini of no Kubernetes manifest, `flags`, `manifest`) ×
 * position; cells: labelled (missed) / unlabelled [sets with a label, sets with an unlabelled key],
 * for the early sets (dev … dev38) and the late ones (dev45 …) apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devSets, readCorpus, normKey } from './lib/miner-score.mjs';
import { POSITIONS, chapterToolKeys, listLeads } from './lib/tool-keys.mjs';

const vocab = await import(path.join(path.dirname(new URL(import.meta.url).pathname), '../src/graph/vocabulary/index.ts'));
/** A key the Kubernetes API or a component configuration has (a field of a fragment, not a tool's own key). */
const apiKey = (name) => vocab.fieldsNamed(name).length > 0 || vocab.configFieldsNamed(name).length > 0;

const args = process.argv.slice(2);
const missFiles = [];
let linesOf;
/** `--vetoes F.json` (bench/miner-misses.mjs --vetoes --json): the resolver's vetoes of rule candidates, by whether the name is a tool key. */
let vetoFile;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--misses') missFiles.push(args[++i]);
  else if (args[i] === '--lines') linesOf = args[++i];
  else if (args[i] === '--vetoes') vetoFile = args[++i];
  else dirs.push(path.resolve(args[i]));
}
const setNo = (d) => Number(path.basename(d).slice(3) || 1);
const sets = (dirs.length > 0 ? dirs : devSets()).filter((d) => !(setNo(d) >= 39 && setNo(d) <= 44));
const missed = new Set();
for (const f of missFiles) for (const m of JSON.parse(readFileSync(f, 'utf8'))) missed.add(`${m.set}\u0000${m.chapter}\u0000${m.name}`);

const labelNames = (l) => [l.name, ...(Array.isArray(l.also) ? l.also : []), ...(l.fieldPath ? [l.fieldPath] : [])].filter((x) => typeof x === 'string');
const syntaxRow = (s, name) => (s === 'yaml' || s === 'json' || s === 'toml' || s === 'ini' ? (apiKey(name) ? 'api' : 'tool') : s);

const table = new Map();
const cell = (group, row) => {
  const k = `${group}\u0000${row}`;
  if (!table.has(k)) table.set(k, { lab: 0, miss: 0, un: 0, labSets: new Set(), unSets: new Set() });
  return table.get(k);
};
for (const dir of sets) {
  const set = path.basename(dir);
  const group = setNo(dir) >= 45 ? 'late' : 'early';
  for (const ch of readCorpus(dir)) {
    let text;
    try {
      text = readFileSync(ch.file, 'utf8');
    } catch {
      continue;
    }
    const labels = Array.isArray(ch.labels.concepts) ? ch.labels.concepts : [];
    const byKey = new Map();
    for (const l of labels) for (const n of labelNames(l)) byKey.set(normKey(n), l);
    for (const k of chapterToolKeys(text)) {
      const label = byKey.get(normKey(k.name)) ?? byKey.get(normKey(k.path));
      const row = `${syntaxRow(k.syntax, k.name)}:${k.position}`;
      for (const r of [row, `${syntaxRow(k.syntax, k.name)}:all`]) {
        const c = cell(group, r);
        if (label) {
          c.lab++;
          c.labSets.add(set);
          if (missed.has(`${set}\u0000${ch.chapter}\u0000${label.name}`)) c.miss++;
        } else {
          c.un++;
          c.unSets.add(set);
        }
      }
      if (linesOf === row || linesOf === `${syntaxRow(k.syntax, k.name)}:all`) {
        const status = label ? (missed.has(`${set}\u0000${ch.chapter}\u0000${label.name}`) ? 'MISSED' : 'found') : '-';
        console.log(`L\t${set}\t${status}\t${k.syntax}/${k.lang || '·'}\t${k.position}\t${k.name}\t${label ? label.name : ''}\t${ch.chapter}:${k.line ?? k.at}`);
      }
    }
  }
}

console.log('tool keys by syntax and position: labelled (missed) / unlabelled [sets labelled / sets unlabelled]');
console.log(['row', 'early (dev…dev38)', 'late (dev45…)'].join('\t'));
for (const syn of ['tool', 'api', 'flags', 'manifest']) {
  for (const pos of [...POSITIONS, 'all']) {
    const row = `${syn}:${pos}`;
    const fmt = (g) => {
      const c = table.get(`${g}\u0000${row}`);
      return c ? `${c.lab} (${c.miss}) / ${c.un} [${c.labSets.size}/${c.unSets.size}]` : '-';
    };
    if (!table.has(`early\u0000${row}`) && !table.has(`late\u0000${row}`)) continue;
    console.log([row, fmt('early'), fmt('late')].join('\t'));
  }
}

if (vetoFile) {
  // each vetoed rule candidate: is its name a key of the chapter's own tool file (no API field), or
  // an item of a key list at least two other items of which are
  const { vetoes } = JSON.parse(readFileSync(vetoFile, 'utf8'));
  const texts = new Map();
  const keysOf = (set, chapter) => {
    const k = `${set}\u0000${chapter}`;
    if (!texts.has(k)) {
      const dir = sets.find((d) => path.basename(d) === set);
      let text = '';
      try {
        text = dir ? readFileSync(path.join(dir, chapter), 'utf8') : '';
      } catch {}
      const tool = new Set(chapterToolKeys(text).filter((x) => syntaxRow(x.syntax, x.name) === 'tool').map((x) => x.name));
      texts.set(k, { text, tool });
    }
    return texts.get(k);
  };
  const rows = new Map();
  for (const v of vetoes) {
    if (!sets.some((d) => path.basename(d) === v.set)) continue;
    const { text, tool } = keysOf(v.set, v.chapter);
    const name = v.label.replace(/[*`]/g, '').replace(/[:：]\s*$/, '').replace(/\s*[（(][^）)]*[）)]\s*$/, '').trim();
    let how = tool.has(name) ? 'tool-key' : undefined;
    if (!how) {
      const leads = listLeads(text, v.line);
      if (leads.includes(name) && leads.filter((x) => x !== name && tool.has(x)).length >= 2) how = 'tool-sibling';
    }
    if (!how) continue;
    const g = setNo(sets.find((d) => path.basename(d) === v.set)) >= 45 ? 'late' : 'early';
    const key = `${how}\t${v.rule}\t${v.veto}`;
    if (!rows.has(key)) rows.set(key, { early: { missed: 0, found: 0, none: 0, sets: new Set() }, late: { missed: 0, found: 0, none: 0, sets: new Set() } });
    const r = rows.get(key)[g];
    r[v.is]++;
    if (v.is === 'missed') r.sets.add(v.set);
    if (linesOf === 'vetoes') console.log(`V\t${v.set}\t${v.is}\t${how}\t${v.rule}\t${v.veto}\t${name}\t${v.chapter}:${v.line}`);
  }
  console.log('\nvetoed rule candidates naming a tool key: missed / found / none [sets missed], early | late');
  for (const [k, r] of [...rows].sort()) console.log(`${k}\t${r.early.missed} / ${r.early.found} / ${r.early.none} [${r.early.sets.size}]\t${r.late.missed} / ${r.late.found} / ${r.late.none} [${r.late.sets.size}]`);
}
