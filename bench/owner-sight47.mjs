/**
 * lead47: a field the miner placed at a built-in kind that the chapter never names (`探测方式（handler）` → RuntimeClass's
 * `handler` in a chapter about probes). Counts, over development chapters each built alone, the mined `field` concepts
 * by whether their owner kind is in sight — named in the chapter's text (a Latin word or phrase, an abbreviation or a
 * Chinese name the vocabulary knows: `kindNamed`) or declared by a YAML document (`kind: X`) — and by the bench's
 * outcome for the concept (found / wrong-type / fp / dup, from `--outcomes F.jsonl`). Usage:
 * `node bench/owner-sight47.mjs OUTCOMES.jsonl dev1 dev2 …`
 *
 * What it found at 3b40e709 over all 134 dev sets (docs/miner.md "Lead (forty-seventh session)"): a common word placed
 * at a built-in kind out of sight was never a label found as such — 0 found / 4 FP / 6 wrong-type — but the 6 are
 * field labels at another owner that is in sight (Kustomization's `behavior`, Event's `reason`, …), so dropping the
 * reading loses 6 labels for 4 false positives; placing such a word at the owner in sight is the mend, not built.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chaptersAlone } from './lib/chapters-alone.mjs';
import { kindNamed } from '../src/graph/vocabulary/index.ts';
import { commonFieldWord } from '../src/graph/miner/field-owner.ts';

const [outcomesFile, ...dirs] = process.argv.slice(2);
const outcomes = new Map();
for (const line of readFileSync(outcomesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  outcomes.set(`${r.set}\t${r.chapter}\t${r.title}`, r.outcome);
}

function kindsInSight(text) {
  const out = new Set();
  const n = text.normalize('NFKC');
  for (const m of n.matchAll(/^\s*kind:\s*([A-Za-z]+)/gm)) out.add(m[1]);
  const words = n.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (let len = 1; len <= 3 && i + len <= words.length; len++) {
      const k = kindNamed(words.slice(i, i + len).join(' '));
      if (k) out.add(k);
    }
  }
  for (const run of n.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i < run.length; i++) for (let len = 2; len <= 8 && i + len <= run.length; len++) {
      const k = kindNamed(run.slice(i, i + len));
      if (k) out.add(k);
    }
  }
  return out;
}

const tally = new Map();
const rows = [];
for await (const { dir, c, text, ctx } of chaptersAlone(dirs)) {
  const set = path.basename(dir);
  const sight = kindsInSight(text);
  for (const x of ctx.graph.concepts) {
    if (x.kind !== 'field' || !x.owner || x.id === 'root') continue;
    if (!(x.excerpts ?? []).length) continue;
    const inSight = sight.has(x.owner);
    const common = commonFieldWord(x.title);
    const outcome = outcomes.get(`${set}\t${c.chapter}\t${x.title}`) ?? 'none';
    const key = `${inSight ? 'in-sight' : 'not-in-sight'}\t${common ? 'common' : 'other'}\t${outcome}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (!inSight) rows.push([set, c.chapter, x.title, x.owner, x.fieldPath, common ? 'common' : 'other', outcome].join('\t'));
  }
}
for (const [k, n] of [...tally].sort()) console.log(`${k}\t${n}`);
console.log('--- not in sight');
for (const r of rows) console.log(r);
