#!/usr/bin/env node
/**
 * eqdef44: the concepts and summaries of every development chapter that has a line the `text-equals` shape reads
 * (src/graph/miner/equals-shapes.ts `equalsName`, outside code), each chapter built alone — one line per concept,
 * `set  chapter  id  kind  summary` — with the source tree of `--root DIR` (default: this checkout), so a
 * checkout of the base and this one can be compared with diff:
 *
 *   node bench/eqdef44-summaries.mjs [--root DIR] $(ls -d tests/corpus/miner/dev* | sort -V) > F.tsv
 *
 * The chapters are chosen with this checkout's `equalsName` (the shape: only they can change). Never on held-out sets.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chaptersAlone } from './lib/chapters-alone.mjs';
import { linesOutsideFences } from './lib/fence-lines.mjs';
import { definedBy } from './lib/miner-score.mjs';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const ROOT = rootAt >= 0 ? path.resolve(args[rootAt + 1]) : HERE;
const dirs = args.filter((a, i) => !a.startsWith('-') && (rootAt < 0 || i !== rootAt + 1)).map((d) => path.resolve(d));
const { equalsName } = await import(path.join(HERE, 'src/graph/miner/equals-shapes.ts'));

const hasShape = (text) => linesOutsideFences(text).some(({ text: raw }) => equalsName(raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s*>\s*/, '')) !== undefined);

let n = 0;
for await (const { dir, c, file, ctx } of chaptersAlone(dirs, { root: ROOT, only: (_, text) => hasShape(text), prefix: 'eqdef44-sum-' })) {
  n++;
  for (const x of definedBy(ctx.graph, file)) console.log([path.basename(dir), c.chapter, x.id, x.kind, (x.summary ?? '').replace(/\s+/g, ' ')].join('\t'));
}
console.error(`${n} chapters`);
