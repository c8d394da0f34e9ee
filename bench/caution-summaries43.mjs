#!/usr/bin/env node
/**
 * head43: concepts mined from development-set chapters alone whose summary opens with a caution
 * (`注意：`, `提示：`, `踩坑：`, `⚠️`…) — for each, whether it is a label, and whether the note has a
 * defining line for it elsewhere: a table row whose first cell is its name, a bold or code label
 * before a colon, or a line opening with its name then a colon or 是.
 *
 *   node bench/caution-summaries43.mjs $(ls -d tests/corpus/miner/dev* | sort -V)
 *
 * Never run on held-out sets.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { definedWithWhy, normKey, readCorpus, scoreChapter } from './lib/miner-score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-')).map((d) => path.resolve(d));
if (dirs.some((d) => /holdout/.test(d))) {
  console.error('not on held-out sets');
  process.exit(2);
}
const { runStages } = await import(path.join(ROOT, 'src/graph/load.ts'));
const CAUTION = /^\s*(?:[>*_\s]*)(?:⚠️?|❗|注意|提示|小提示|踩坑|坑|小心|警告|切记|易错点?|Note|NOTE|Tip|TIP|Warning|WARNING)\s*[:：!！]?/u;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function definingLine(lines, names) {
  for (const [i, raw] of lines.entries()) {
    const line = raw.normalize('NFKC');
    for (const name of names) {
      const n = esc(name.normalize('NFKC'));
      if (new RegExp(`^\\s*\\|\\s*[*\`]*${n}[*\`]*\\s*\\|`, 'iu').test(line)) return `row:${i + 1}`;
      if (new RegExp(`^\\s*(?:[-*+]|\\d+[.)])?\\s*(?:\\*\\*|\`)${n}(?:\\*\\*|\`)?\\s*(?:[（(][^）)]*[）)])?\\s*(?:\\*\\*)?\\s*[:：]`, 'iu').test(line)) return `label:${i + 1}`;
      if (new RegExp(`^\\s*(?:[-*+]|\\d+[.)])?\\s*${n}(?![\\w-])\\s*(?:[（(][^）)]*[）)])?\\s*(?:[:：]|是)`, 'iu').test(line)) return `line:${i + 1}`;
    }
  }
  return undefined;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'head43-sum-'));
let n = 0;
const rows = [];
for (const dir of dirs) {
  for (const c of readCorpus(dir)) {
    const d = path.join(tmp, `c${n++}`);
    mkdirSync(path.join(d, 'notes'), { recursive: true });
    cpSync(c.file, path.join(d, 'notes', c.chapter));
    const ctx = await runStages(d, { layout: false });
    const defined = definedWithWhy(ctx, `notes/${c.chapter}`);
    const cautious = defined.filter((x) => CAUTION.test(x.summary ?? ''));
    if (cautious.length === 0) continue;
    const score = scoreChapter(defined, c.labels);
    const lines = readFileSync(c.file, 'utf8').split('\n');
    for (const x of cautious) {
      const names = [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter((s) => s && s.length > 1);
      const outcome = score.fp.includes(x) ? 'fp' : score.duplicates.includes(x) ? 'dup' : (score.neutral ?? []).includes(x) ? 'neutral' : 'found';
      rows.push({ set: path.basename(dir), chapter: c.chapter, id: x.id, outcome, def: definingLine(lines, names) ?? '-', summary: x.summary.slice(0, 60) });
    }
  }
}
for (const r of rows) console.log(`${r.set}\t${r.chapter}\t${r.id}\t${r.outcome}\t${r.def}\t${r.summary}`);
const t = new Map();
for (const r of rows) {
  const k = `${r.outcome} ${r.def === '-' ? 'no-defining-line' : r.def.split(':')[0]}`;
  const e = t.get(k) ?? { n: 0, sets: new Set() };
  e.n++;
  e.sets.add(r.set);
  t.set(k, e);
}
console.log('\noutcome, defining line elsewhere: concepts (sets)');
for (const [k, e] of [...t].sort()) console.log(`${k}: ${e.n} (${e.sets.size})`);
