/**
 * lead47: a mined field whose name one kind has at two places or more of the same depth (`startedAt` at
 * `status.containerStatuses[].state.running` and `….lastState.running`), over development chapters each built alone:
 * whether the place the resolver took is the labelled one (`right`), another of the tied places (`wrong-tie`), a place
 * elsewhere (`wrong-other`), or the name has no field label (`no-label`). At 3b40e709 over all 134 dev sets: right 89,
 * wrong-tie 7, wrong-other 7, no-label 27 — the tie-break by context is right 89 times in 96, so a tie is no reason to
 * stop and say "ambiguous" (docs/miner.md "Lead (forty-seventh session)"). Usage: `node bench/field-ties47.mjs dev1 …`
 */
import path from 'node:path';
import { chaptersAlone } from './lib/chapters-alone.mjs';
import { fieldsNamed } from '../src/graph/vocabulary/index.ts';
const dirs = process.argv.slice(2);
const depth = (p) => p.split('.').length;
const t = new Map();
for await (const { dir, c, ctx } of chaptersAlone(dirs)) {
  const set = path.basename(dir);
  const labs = (c.labels.concepts ?? []).filter((l) => l && l.kind === 'field' && l.fieldPath);
  for (const x of ctx.graph.concepts) {
    if (x.kind !== 'field' || !x.owner || !x.fieldPath || !(x.excerpts ?? []).length) continue;
    const occs = fieldsNamed(x.title).filter((o) => o.owner === x.owner && depth(o.path) === depth(x.fieldPath));
    const paths = [...new Set(occs.map((o) => o.path))];
    if (paths.length < 2 || !paths.includes(x.fieldPath)) continue;
    const lab = labs.filter((l) => String(l.name).toLowerCase() === x.title.toLowerCase());
    const verdict = lab.length === 0 ? 'no-label' : lab.some((l) => l.fieldPath === x.fieldPath) ? 'right' : lab.some((l) => paths.includes(l.fieldPath)) ? 'wrong-tie' : 'wrong-other';
    t.set(verdict, (t.get(verdict) ?? 0) + 1);
    console.log([set, c.chapter.slice(0, 24), x.title, x.fieldPath, verdict, lab.map((l) => l.fieldPath).join('|'), paths.length].join('\t'));
  }
}
console.log([...t]);
