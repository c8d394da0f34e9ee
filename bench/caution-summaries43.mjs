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
import path from 'node:path';
import { chaptersAlone, printTally } from './lib/chapters-alone.mjs';
import { definedWithWhy, scoreChapter } from './lib/miner-score.mjs';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-')).map((d) => path.resolve(d));
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

const rows = [];
for await (const { dir, c, file, text, ctx } of chaptersAlone(dirs, { prefix: 'head43-sum-' })) {
  const defined = definedWithWhy(ctx, file);
  const cautious = defined.filter((x) => CAUTION.test(x.summary ?? ''));
  if (cautious.length === 0) continue;
  const score = scoreChapter(defined, c.labels);
  const lines = text.split('\n');
  for (const x of cautious) {
    const names = [x.title, x.titleEn, x.titleZh, ...(x.aliases ?? [])].filter((s) => s && s.length > 1);
    const outcome = score.fp.includes(x) ? 'fp' : score.duplicates.includes(x) ? 'dup' : (score.neutral ?? []).includes(x) ? 'neutral' : 'found';
    rows.push({ set: path.basename(dir), chapter: c.chapter, id: x.id, outcome, def: definingLine(lines, names) ?? '-', summary: x.summary.slice(0, 60) });
  }
}
for (const r of rows) console.log(`${r.set}\t${r.chapter}\t${r.id}\t${r.outcome}\t${r.def}\t${r.summary}`);
printTally('\noutcome, defining line elsewhere: concepts (sets)', rows, (r) => `${r.outcome} ${r.def === '-' ? 'no-defining-line' : r.def.split(':')[0]}`);
