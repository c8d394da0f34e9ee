#!/usr/bin/env node
/**
 * In-process A/B of the engine's stages up to one (`node bench/lib/stages-ab.mjs <content dir>
 * <rounds> <until> <checkout A> <checkout B>`): each checkout's `runStages(dir, { cache: false },
 * until)` runs A B A B… `rounds` times after one untimed warm-up each, and the main thread's CPU of
 * each stage (`onStage`, `process.threadCpuUsage`) is summed per side; printed per round with the
 * ratio B/A of the stages' total and of each stage, and their medians. With `until` = `parse` this
 * is the parse stage alone (the read stage is tiny); `render-ab.mjs` times the render stage alone.
 * Both checkouts should share node_modules (linked), so the libraries are the same code. Used in
 * docs/performance.md section 70.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const [dir, roundsArg, until, ...roots] = process.argv.slice(2);
if (!dir || !until || roots.length !== 2) {
  console.error('usage: node bench/lib/stages-ab.mjs <content dir> <rounds> <until stage> <checkout A> <checkout B>');
  process.exit(2);
}
const rounds = Number(roundsArg) || 6;
const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const sides = [];
for (const root of roots) {
  const { runStages } = await import(pathToFileURL(path.join(path.resolve(root), 'src/graph/load.ts')).href);
  sides.push(async () => {
    const by = {};
    let last = cpu();
    await runStages(dir, { cache: false, onStage: (name) => {
      const now = cpu();
      by[name] = (by[name] ?? 0) + (now - last);
      last = now;
    } }, until);
    return by;
  });
}
for (const s of sides) await s();
const ratios = { total: [] };
for (let r = 0; r < rounds; r++) {
  const [a, b] = [await sides[0](), await sides[1]()];
  const tot = (x) => Object.values(x).reduce((p, q) => p + q, 0);
  ratios.total.push(tot(b) / tot(a));
  const per = Object.keys(a).filter((k) => a[k] >= 20).map((k) => {
    (ratios[k] ??= []).push(b[k] / a[k]);
    return `${k} ${a[k].toFixed(0)} → ${b[k].toFixed(0)}`;
  });
  console.log(`round ${r + 1}: total ${tot(a).toFixed(0)} → ${tot(b).toFixed(0)} ms (${(tot(b) / tot(a)).toFixed(3)}); ${per.join(', ')}`);
}
console.log('median B/A: ' + Object.entries(ratios).map(([k, v]) => `${k} ${median(v).toFixed(3)}`).join(', '));
