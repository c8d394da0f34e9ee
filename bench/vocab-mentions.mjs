#!/usr/bin/env node
/**
 * mention10: labels that are names of the Kubernetes vocabulary (API, configuration and ecosystem
 * kinds, fields, enum and state values), found and missed, by how the chapter writes them; and the
 * vocabulary names the chapters write in the same places that are NOT labelled (what admitting them
 * would cost). `node bench/vocab-mentions.mjs [dir …] [--json out.json] [--by position|lines|subject|class]`
 * Default dirs: the design sets (every dev set but dev39–dev44). Each chapter alone, shipped miner.
 * Pure parts: bench/lib/vocab-mentions.mjs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSets, readCorpus, scoreChapter, normKey } from './lib/miner-score.mjs';
import { linesOf, occurrences, vocabClasses, writtenTokens, yamlKeysOf } from './lib/vocab-mentions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const jsonOut = opt('--json');
const fromJson = opt('--from');
const by = (opt('--by') ?? 'position').split(',');
const given = args.filter((a, i) => !a.startsWith('-') && !['--json', '--from', '--by', '--list'].includes(args[i - 1]));
const OUT_OF_SAMPLE = /^dev(39|4[0-4])$/;
const dirs = (given.length > 0 ? given.map((d) => path.resolve(d)) : devSets().filter((d) => !OUT_OF_SAMPLE.test(path.basename(d))));

let rows;
if (fromJson) rows = JSON.parse(readFileSync(fromJson, 'utf8'));
else {
  const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
  const vocab = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'vocab-mentions-'));
  rows = [];
  try {
    let k = 0;
    for (const dir of dirs) {
      const set = path.basename(dir);
      for (const c of readCorpus(dir)) {
        const d = path.join(tmp, `c${k++}`);
        mkdirSync(path.join(d, 'notes'), { recursive: true });
        cpSync(c.file, path.join(d, 'notes', c.chapter));
        const ctx = await runStages(d, { layout: false });
        const note = (ctx.graph.notes ?? []).find((n) => n.file === `notes/${c.chapter}`);
        const byId = new Map(ctx.graph.concepts.map((x) => [x.id, x]));
        const defined = (note?.defines ?? []).map((id) => byId.get(id)).filter(Boolean);
        const score = scoreChapter(defined, c.labels);
        const missed = new Set(score.misses);
        const text = readFileSync(c.file, 'utf8');
        const lines = linesOf(text);
        const yamlKeys = yamlKeysOf(lines, normKey);
        const labelled = new Set();
        const items = (c.labels.concepts ?? []).filter((l) => l && l.name !== undefined);
        for (const l of items) {
          const names = [l.name, ...[l.also ?? []].flat(), l.fieldPath?.split('.').pop().replace(/\[\]$/, '')].filter(Boolean).map(String);
          for (const n of names) labelled.add(normKey(n));
          const hit = names.map((n) => ({ n, cls: vocabClasses(n, vocab) })).find((x) => x.cls.length > 0);
          if (!hit) continue;
          const o = occurrences(lines, hit.n, yamlKeys, normKey);
          rows.push({ set, chapter: c.chapter, name: hit.n, kind: l.kind, labelled: true, found: !missed.has(l), classes: hit.cls, ...o });
        }
        const minedKeys = new Set(defined.flatMap((x) => [x.title, x.titleZh, x.titleEn, ...(x.aliases ?? []), x.fieldPath?.split('.').pop()].filter(Boolean).map(normKey)));
        // yaml keys the prose writes as a word
        const proseKeys = [];
        for (const l of lines) if (!l.fence) for (const m of l.line.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) if (yamlKeys.has(normKey(m[0]))) proseKeys.push(m[0]);
        const seen = new Set();
        const allWords = [];
        for (const l of lines) if (!l.fence) for (const m of l.line.matchAll(/(?<![A-Za-z0-9_.\-/])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9_\-/])/g)) allWords.push(m[0]);
        for (const t of [...writtenTokens(lines), ...proseKeys, ...allWords]) {
          const key = normKey(t);
          if (labelled.has(key) || seen.has(key)) continue;
          seen.add(key);
          const cls = vocabClasses(t, vocab);
          if (cls.length === 0) continue;
          const o = occurrences(lines, t, yamlKeys, normKey);
          rows.push({ set, chapter: c.chapter, name: t, labelled: false, mined: minedKeys.has(key), classes: cls, ...o });
        }
      }
      process.stderr.write(`${set} `);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stderr.write('\n');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows));
}

const late = (s) => Number(s.slice(3) || 1) >= 45;
const keyOf = {
  position: (r) => r.best,
  lines: (r) => (r.lines >= 3 ? '3+' : String(r.lines)),
  subject: (r) => (r.subject ? 'subject' : 'no-subject'),
  class: (r) => r.classes[0],
  yaml: (r) => (r.yamlKey ? 'yaml-key' : 'no-key'),
  shape: (r) => (r.shapes.length ? [...r.shapes].sort().join('+') : '-'),
  kv: (r) => (r.shapes.includes('kv') ? 'kv' : '-'),
  gloss: (r) => (r.shapes.includes('gloss') ? 'gloss' : '-'),
  enum: (r) => (r.shapes.includes('enum') ? 'enum' : '-'),
};
const groups = new Map();
for (const r of rows) {
  const k = by.map((b) => keyOf[b](r)).join(' ');
  const g = groups.get(k) ?? { missed: [0, 0], found: [0, 0], none: [0, 0], noneMined: [0, 0], setsMissed: new Set(), setsNone: new Set() };
  const i = late(r.set) ? 1 : 0;
  if (r.labelled) {
    if (r.found) g.found[i]++;
    else { g.missed[i]++; g.setsMissed.add(r.set); }
  } else {
    g.none[i]++;
    if (r.mined) g.noneMined[i]++;
    g.setsNone.add(r.set);
  }
  groups.set(k, g);
}
console.log(`${by.join(' ').padEnd(28)} missed(early/late) found(early/late) unlabelled(early/late, of which mined)  sets missed / unlabelled`);
for (const [k, g] of [...groups].sort((a, b) => b[1].missed[0] + b[1].missed[1] - a[1].missed[0] - a[1].missed[1])) {
  console.log(`${k.padEnd(28)} ${String(g.missed[0]).padStart(4)}/${String(g.missed[1]).padEnd(4)}  ${String(g.found[0]).padStart(5)}/${String(g.found[1]).padEnd(5)}  ${String(g.none[0]).padStart(5)}/${String(g.none[1]).padEnd(5)} (${g.noneMined[0]}/${g.noneMined[1]})   ${g.setsMissed.size} / ${g.setsNone.size}`);
}
if (args.includes('--list')) {
  const want = opt('--list');
  for (const r of rows) if ((want === 'missed' && r.labelled && !r.found) || (want === 'none' && !r.labelled)) console.log(`${r.set}\t${r.chapter}\t${r.name}\t${r.classes.join(',')}\t${r.best}\tlines=${r.lines}\t${r.subject ? 'subj' : ''}\t${r.yamlKey ? 'key' : ''}${r.mined ? '\tMINED' : ''}`);
}
