#!/usr/bin/env node
/**
 * The miner's reading of every free-form note of a folder, alone, in one process (perf66,
 * docs/performance.md section 73):
 *
 *   node [--cpu-prof] bench/lib/reading-once.mjs <checkout> <content dir> [--packed FILE] [--rounds N]
 *
 * Runs the checkout's stages up to `yaml` without a cache and without parse workers (so no
 * reading is made next to the parse), then calls `readNoteAlone` (note-reading.ts) on each note
 * the mine stage would read, in its order, as `readNote` does. Prints one JSON line: the main
 * thread's CPU of the stages before and of the readings (each round; round 1 is the cold one, the
 * memos empty), the notes read, the candidates, and the SHA-1 of every reading packed
 * (`packReading`: candidates and outline with their references into the tree and fences), which
 * must be the same between checkouts whose miner gives the same output. `--packed FILE` writes
 * the packed readings, one a line, to diff.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const packedOut = opt('--packed');
const rounds = Number(opt('--rounds') ?? 1);
const [root, dir] = args;
if (!root || !dir) {
  console.error('usage: node bench/lib/reading-once.mjs <checkout> <content dir> [--packed FILE] [--rounds N]');
  process.exit(2);
}
const at = (f) => pathToFileURL(path.resolve(root, f)).href;
const { runStages } = await import(at('src/graph/load.ts'));
const { readNoteAlone, packReading } = await import(at('src/graph/note-reading.ts'));
const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpu();
const ctx = await runStages(path.resolve(dir), { cache: false, workers: false }, 'yaml');
const before = cpu() - t0;
const notes = ctx.docs.filter((d) => d.role === 'note');
const times = [];
let packed = [];
let candidates = 0;
for (let r = 0; r < rounds; r++) {
  const out = [];
  const t1 = cpu();
  const readings = notes.map((doc) => readNoteAlone(doc.tree, doc.file, ctx.fences.get(doc.file) ?? [], doc.fm.title));
  times.push(Math.round(cpu() - t1));
  if (r === 0) {
    readings.forEach((reading, i) => {
      const doc = notes[i];
      candidates += reading.candidates.length;
      out.push(`${doc.file}\t${packReading(reading, doc.tree, ctx.fences.get(doc.file) ?? [])}`);
    });
    packed = out;
  }
}
if (packedOut) writeFileSync(packedOut, packed.join('\n') + '\n');
console.log(JSON.stringify({
  root: path.resolve(root),
  stagesBefore: Math.round(before),
  reading: times,
  notes: notes.length,
  candidates,
  sha: createHash('sha1').update(packed.join('\n')).digest('hex'),
}));
