#!/usr/bin/env node
/**
 * fields38 (issue 12): the missed labels of kind `field` by what an expert reads them by (docs/miner.md "fields38").
 *
 *   node bench/field-misses38.mjs MISSES.json [--lines BUCKET]
 *
 * MISSES.json is `node bench/miner-misses.mjs <dev sets> --buckets --json FILE` (each chapter alone). Each field miss
 * takes the first of BUCKETS that one of its lines (the best line and up to four hits miner-misses keeps) has:
 *   heading-is-field   a heading that is the field's name or path (± a number, a gloss, a colon and words)
 *   zh-then-field      a Chinese name with the field in brackets (`就绪探针（readinessProbe）`)
 *   field-then-zh      the field with a Chinese gloss in brackets (`readinessProbe（就绪探针）`)
 *   subject-explained  the field as a clause's subject, an explaining word right after it (`X 决定了…`, `X 用来…`)
 *   list-or-lead       it opens a list item or paragraph (`- x：…`, `` `x` 填… ``)
 *   qa                 on a Q&A line
 *   table              in a table cell
 *   heading-mention    a heading that names it among other words
 *   yaml-and-prose     named in passing in prose and set in a YAML example of the chapter
 *   command-or-fence   only in a command (`kubectl explain pod.spec.x`) or a fence
 *   passing            named in passing in prose, no example sets it
 * Printed: misses, chapters, sets per bucket, and miner-misses' learned-path buckets; `--lines B` the lines of B.
 */
import { readFileSync } from 'node:fs';
import { EXPLAINING } from './lib/field-names.mjs';
import { lastSeg } from './lib/shape-tally.mjs';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('-') && argv[argv.indexOf(a) - 1] !== '--lines');
if (!file) { console.error('usage: node bench/field-misses38.mjs MISSES.json [--lines BUCKET]'); process.exit(2); }
const linesOf = argv.includes('--lines') ? argv[argv.indexOf('--lines') + 1] : undefined;

export const BUCKETS = ['heading-is-field', 'zh-then-field', 'field-then-zh', 'subject-explained', 'list-or-lead', 'qa', 'table', 'heading-mention', 'yaml-and-prose', 'command-or-fence', 'passing'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMMAND = /(?:kubectl|helm|flux|argocd|docker|crictl|curl|istioctl|cilium)\s[^`]*$/u;

function bucketOfLine(hit, names) {
  const line = hit.line;
  if (hit.shape === 'fence-only' || hit.shape === 'absent') return 'command-or-fence';
  for (const n of names) {
    const at = line.search(new RegExp(`(?<![\\w.])\`?${esc(n)}\`?(?![\\w])`, 'u'));
    if (at < 0) continue;
    const before = line.slice(0, at);
    const after = line.slice(at).replace(new RegExp(`^\`?${esc(n)}\`?`, 'u'), '');
    if (/^\s*#{1,6}\s/.test(line)) {
      const core = line.replace(/^\s*#{1,6}\s*/, '').replace(/^(?:[\d.]+|Q\d+|[一二三四五六七八九十]+)\s*[、.:：)）]?\s*/u, '').replace(/[*`]/g, '');
      if (new RegExp(`^${esc(n)}(?:\\s*[（(][^）)]*[）)])?\\s*(?:[:：—-].*)?$`, 'u').test(core.trim())) return 'heading-is-field';
      return 'heading-mention';
    }
    if (/[\u4e00-\u9fff]{2,}\s*\**\s*[（(]\s*`?$/u.test(before) && /^`?\s*[）)，,]/u.test(after)) return 'zh-then-field';
    if (/^\s*\**\s*[（(][\u4e00-\u9fff]/u.test(after)) return 'field-then-zh';
    if (COMMAND.test(before) && /`/.test(before)) return 'command-or-fence';
    if (/^\s*\|/.test(line)) return 'table';
    if (hit.shape === 'qa') return 'qa';
    if (/^(?:list|para)-lead-/.test(hit.shape)) return 'list-or-lead';
    if (EXPLAINING.test(after.replace(/^[*`”"」]+/, ''))) return 'subject-explained';
  }
  return undefined;
}

const misses = JSON.parse(readFileSync(file, 'utf8')).filter((m) => m.kind === 'field');
const count = new Map();
for (const m of misses) {
  const names = [...new Set([m.name, m.fieldPath, m.fieldPath && lastSeg(m.fieldPath)].filter(Boolean))].sort((a, b) => b.length - a.length);
  const hits = [m.best, ...(m.hits ?? [])].filter(Boolean);
  const got = hits.map((h) => bucketOfLine(h, names)).filter(Boolean);
  let b = BUCKETS.find((x) => got.includes(x) && x !== 'command-or-fence');
  if (!b) {
    const prose = hits.filter((h) => !['fence-only', 'absent'].includes(h.shape) && bucketOfLine(h, names) !== 'command-or-fence');
    b = prose.length === 0 ? 'command-or-fence' : hits.some((h) => h.shape === 'fence-only') ? 'yaml-and-prose' : 'passing';
  }
  const e = count.get(b) ?? { n: 0, chapters: new Set(), sets: new Set(), learned: new Map() };
  e.n++; e.chapters.add(`${m.set}/${m.chapter}`); e.sets.add(m.set); e.learned.set(m.bucket, (e.learned.get(m.bucket) ?? 0) + 1);
  count.set(b, e);
  if (linesOf === b) console.log(`${m.set}/${m.chapter}\t${m.name}\t${m.fieldPath ?? ''}\t${m.bucket}\t${(m.best?.line ?? '').slice(0, 150)}`);
}
if (!linesOf) {
  console.log(`field misses ${misses.length} in ${new Set(misses.map((m) => m.set)).size} sets`);
  console.log('bucket\tmisses\tchapters\tsets\tlearned path (largest)');
  for (const b of BUCKETS) {
    const e = count.get(b);
    if (!e) continue;
    console.log(`${b}\t${e.n}\t${e.chapters.size}\t${e.sets.size}\t${[...e.learned].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
