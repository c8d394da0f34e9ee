#!/usr/bin/env node
/**
 * dup42: every duplicate of the dev sets (each chapter alone) with the concept that took the label first, so the
 * pair can be read for why the miner did not merge the two (docs/miner.md "dup42"):
 *
 *   node bench/dup-pairs42.mjs OUTCOMES.jsonl --out PAIRS.jsonl
 *
 * OUTCOMES.jsonl is `node bench/miner.bench.mjs … --outcomes F`: only its chapters with a duplicate are mined again
 * (alone, in an empty notes folder, as the bench does). Each row: set, chapter, the duplicate and the concept that took
 * the label (title, other titles, aliases, kind, owner, fieldPath, the rules and lines that made it) and the label.
 * For measuring only: the miner reads nothing here.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { definedWithWhy, readCorpus, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const args = process.argv.slice(2);
const out = args[args.indexOf('--out') + 1];
const rows = readFileSync(args[0], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const want = new Set(rows.filter((r) => r.outcome === 'dup').map((r) => `${r.set}/${r.chapter}`));
const sets = [...new Set([...want].map((k) => k.split('/')[0]))];
const tmp = mkdtempSync(path.join(tmpdir(), 'dup42-'));
const pick = (c) =>
  c && { title: c.title, titleZh: c.titleZh, titleEn: c.titleEn, aliases: c.aliases ?? [], kind: c.kind, owner: c.owner, fieldPath: c.fieldPath, why: c.why ?? '' };
const res = [];
let i = 0;
try {
  for (const set of sets) {
    const dir = path.join(ROOT, 'tests/corpus/miner', set);
    for (const c of readCorpus(dir)) {
      if (!want.has(`${set}/${c.chapter}`)) continue;
      const d = path.join(tmp, `a-${i++}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      cpSync(c.file, path.join(d, 'notes', c.chapter));
      const ctx = await runStages(d, { layout: false });
      const score = scoreChapter(definedWithWhy(ctx, `notes/${c.chapter}`), c.labels);
      for (const p of score.duplicatePairs) {
        const l = p.label;
        res.push({ set, chapter: c.chapter, dup: pick(p.concept), took: pick(p.took), label: { name: l.name, also: l.also, kind: l.kind, owner: l.owner, fieldPath: l.fieldPath } });
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
writeFileSync(out, res.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${res.length} duplicates in ${want.size} chapters`);
