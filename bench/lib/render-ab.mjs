#!/usr/bin/env node
/**
 * In-process A/B of the render stage alone (`node bench/lib/render-ab.mjs <content dir> <rounds>
 * <checkout A> <checkout B>`): each checkout's engine builds a context up to the `cards` stage
 * (untimed), then the render stage runs on it A B A B… `rounds` times, its CPU time printed with
 * the ratio B/A per round and their median. Before each run the context is put back as it was
 * before the stage (the concepts' excerpts and summaries, the mention links, the diagnostics).
 * The stage's output (concept bodies, excerpts, note pages) of the two checkouts is compared on
 * the first round. Both checkouts should share node_modules. Used in docs/performance.md section 24.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, rounds, ...roots] = process.argv.slice(2);
const sides = [];
for (const root of roots) {
  const { runStages } = await import(pathToFileURL(path.join(root, 'src/graph/load.ts')).href);
  const { renderNotes } = await import(pathToFileURL(path.join(root, 'src/graph/stages/render.ts')).href);
  const ctx = await runStages(dir, {}, 'cards');
  const snap = { nodes: [...ctx.nodes.values()].map((n) => [n, n.excerpts.slice(), n.summary]), links: ctx.mentionLinks.length, diags: ctx.diags.items.length };
  sides.push({ root, ctx, renderNotes, snap });
}
const restore = (s) => {
  for (const [n, ex, sum] of s.snap.nodes) { n.excerpts = ex.slice(); n.summary = sum; }
  s.ctx.mentionLinks.length = s.snap.links;
  s.ctx.diags.items.length = s.snap.diags;
};
const out = (s) => JSON.stringify([...s.ctx.nodes.values()].map((n) => [n.id, n.body, n.excerpts.map((e) => [e.html, e.anchor, e.alsoIn])]).concat([...s.ctx.notes.values()].map((n) => n.body)));
const ratios = [];
let same = true;
for (let r = 0; r < +rounds; r++) {
  const t = sides.map((s) => {
    restore(s);
    const c = process.cpuUsage();
    s.renderNotes(s.ctx);
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  });
  if (r === 0) same = out(sides[0]) === out(sides[1]);
  ratios.push(t[1] / t[0]);
  console.log(`round ${r + 1}: ${t.map((x) => x.toFixed(0)).join(' ms / ')} ms = ${(t[1] / t[0]).toFixed(3)}`);
}
ratios.sort((x, y) => x - y);
const n = ratios.length;
console.log(`median ${(n % 2 ? ratios[(n - 1) / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2).toFixed(3)}; output ${same ? 'identical' : 'DIFFERS'}`);
process.exit(same ? 0 : 1);
