/**
 * The counting scripts' shared loop: each chapter of development sets built alone in an empty `notes/` folder (the
 * miner bench's "alone" mode), with the loaded build context and, when asked, the mine tracer's records
 * (stages/mine.ts `setMineTracer`), and their tallies by set. The scripts (bench/*43.mjs, bench/eqdef44-*.mjs) each
 * wrote this loop and the held-out guard again before; they keep only what they count. Their loop over a chapter's lines
 * outside fenced code: fence-lines.mjs.
 *
 * Held-out sets are refused: whoever changes the miner never reads them (tests/corpus/miner/README.md); only the
 * lead scores them, with counts only (bench/miner.bench.mjs).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './miner-score.mjs';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Exits (2) when any of `dirs` is a held-out set. */
export function refuseHeldOut(dirs) {
  if (dirs.some((d) => /holdout/.test(d))) {
    console.error('not on held-out sets');
    process.exit(2);
  }
}

/**
 * Yields `{ dir, c, file, text, ctx, traces }` for each chapter `c` (readCorpus's) of `dirs` that `only(c, text)`
 * keeps (all by default): `file` is the chapter's path in the graph (`notes/<chapter>`), `ctx` the stages' build
 * context, `traces` the mine tracer's records while it was built (empty unless `trace`); `rewrite(c, text)`, when given,
 * gives the text built in place of the chapter's own (`text` stays the chapter's own). `root` is the checkout whose
 * engine builds it (default this one: another lets a script compare a base checkout's output with this one's).
 */
export async function* chaptersAlone(dirs, { root = HERE, trace = false, only = () => true, prefix = 'k8smap-alone-', rewrite } = {}) {
  refuseHeldOut(dirs);
  const { runStages } = await import(path.join(root, 'src/graph/load.ts'));
  const { setMineTracer } = trace ? await import(path.join(root, 'src/graph/stages/mine.ts')) : {};
  const tmp = mkdtempSync(path.join(tmpdir(), prefix));
  let n = 0;
  for (const dir of dirs) {
    for (const c of readCorpus(dir)) {
      const text = readFileSync(c.file, 'utf8');
      if (!only(c, text)) continue;
      const d = path.join(tmp, `c${n++}`);
      mkdirSync(path.join(d, 'notes'), { recursive: true });
      // (`rewrite(c, text)`: the chapter's text as built instead of its own, bench/rubric46.mjs's what-if builds)
      if (rewrite) writeFileSync(path.join(d, 'notes', c.chapter), rewrite(c, text));
      else cpSync(c.file, path.join(d, 'notes', c.chapter));
      const traces = [];
      if (trace) setMineTracer((t) => traces.push(t));
      let ctx;
      try {
        ctx = await runStages(d, { layout: false });
      } finally {
        if (trace) setMineTracer(undefined);
      }
      yield { dir, c, file: `notes/${c.chapter}`, text, ctx, traces };
    }
  }
}

/** Prints `title`, then each key of `rows` (by `keyOf`, sorted) with its count and the number of sets it is in. */
export function printTally(title, rows, keyOf) {
  const t = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    const e = t.get(k) ?? { n: 0, sets: new Set() };
    e.n++;
    e.sets.add(r.set);
    t.set(k, e);
  }
  console.log(title);
  for (const [k, e] of [...t].sort()) console.log(`${k}: ${e.n} (${e.sets.size})`);
}
