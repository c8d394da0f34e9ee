#!/usr/bin/env node
/**
 * rules36: two list shapes of dev108's misses counted over every development set (docs/miner.md "rules36"):
 *
 *   node bench/list-shapes36.mjs --misses MISSES.json [dir …] [--lines SHAPE]
 *
 * MISSES.json is `node bench/miner-misses.mjs --json` over the same sets (each chapter alone). Labels found / missed /
 * no label's (bench/lib/shape-tally.mjs), one count per chapter and name:
 *   outline/…   a list item whose own line is one Latin name or dotted path and nothing else (`- completions`,
 *               `` - `rules[].action` ``), split by what the name is — a field of the API (`field`: lower camel case, a
 *               field of that name in the API), a capitalised word (`capital`), anything else (`other`) — and by
 *               whether the item holds a nested list that says more (`+kids`, a mind-map's branch) or not (`-kids`)
 *   reason/…    a list item opening on a container state's reason (table-shapes.ts CONTAINER_REASONS: `Completed`,
 *               `Error`, `OOMKilled`) and a colon, Chinese after it, beside another such item of the same list
 *               (`sibling`) or alone (`alone`)
 * The markdown is the project's parse (src/graph/markdown.ts parseMarkdown). Counting only.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toString } from 'mdast-util-to-string';
import { labelledChapters, labelNamed, lastSeg, shapeTally } from './lib/shape-tally.mjs';
import { missesArgs } from './lib/misses-args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseMarkdown } = await import(path.join(ROOT, 'src/graph/markdown.ts'));
const { fieldsNamed } = await import(path.join(ROOT, 'src/graph/vocabulary/index.ts'));
const { CONTAINER_REASONS } = await import(path.join(ROOT, 'src/graph/miner/table-shapes.ts'));
const REASONS = new Set(CONTAINER_REASONS.map((r) => r.name));
const { linesOf, dirs, missList, missed } = missesArgs();
const tally = shapeTally(missList, missed);

const NAME = /^[A-Za-z][A-Za-z0-9-]*(?:\[\])?(?:\.[A-Za-z][A-Za-z0-9-]*(?:\[\])?)*$/;
const REASON_LEAD = /^\s*\**`?([A-Za-z]+)`?\**\s*[:：]\s*(.*)$/su;

function* lists(node) {
  if (node.type === 'list') yield node;
  for (const c of node.children ?? []) yield* lists(c);
}

for (const { set, c, text, labels } of labelledChapters(dirs)) {
  const tree = parseMarkdown(text);
  const seen = new Set();
  const count = (shape, name, line) => {
    const label = labelNamed(labels, name);
    const outcome = tally.outcome(set, c.chapter, label);
    if (tally.add(seen, shape, set, c.chapter, name, label, outcome) && shape.startsWith(linesOf ?? '\0')) console.log(`${shape}\t${outcome}\t${set}/${c.chapter}:${line}\t${name}`);
  };
  for (const list of lists(tree)) {
    const reasonItems = [];
    for (const it of list.children) {
      const para = it.children[0];
      if (!para || para.type !== 'paragraph') continue;
      const own = toString(para).trim();
      const line = para.position?.start.line;
      if (NAME.test(own)) {
        const seg = lastSeg(own);
        const what = /^[a-z][A-Za-z0-9]*$/.test(seg) && fieldsNamed(seg).length > 0 ? 'field' : /^[A-Z]/.test(seg) ? 'capital' : 'other';
        const kids = it.children.some((k) => k.type === 'list') ? '+kids' : '-kids';
        count(`outline/${what}${kids}`, own, line);
      }
      const m = REASON_LEAD.exec(own);
      if (m && REASONS.has(m[1]) && /[\u4e00-\u9fff]{2,}/u.test(m[2])) reasonItems.push({ name: m[1], line });
    }
    for (const r of reasonItems) count(reasonItems.length > 1 ? 'reason/sibling' : 'reason/alone', r.name, r.line);
  }
}
tally.print();
