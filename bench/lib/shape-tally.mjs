/**
 * The table the shape counters print (bench/field-shapes.mjs, bench/question-shapes32.mjs): for each shape, how
 * many names on its lines are labels the miner found, labels it missed, or no label's, one count per chapter and
 * name; the sets the shape occurs in; and the missed by where the learned path lost them (miner-misses' buckets).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normKey, readCorpus } from './miner-score.mjs';
import { missKey } from './misses-args.mjs';

/** A field path's last segment, without `[]`. */
export const lastSeg = (p) => p.split('.').pop().replace(/\[\]$/, '');

/** A chapter's labels, each with every spelling that names it: name, `also:`, field path and the path's last segment. */
export function labelSpellings(concepts = []) {
  return concepts.map((l) => {
    const names = [l.name, ...(Array.isArray(l.also) ? l.also : l.also ? [l.also] : [])];
    if (l.fieldPath) names.push(l.fieldPath, lastSeg(l.fieldPath));
    return { name: l.name, keys: new Set(names.filter(Boolean).map((n) => normKey(String(n)))) };
  });
}

/** The label a name written on a line is: one of its spellings, or, for a dotted name, its last segment. */
export function labelNamed(labels, name) {
  const keys = [normKey(name), normKey(lastSeg(name))];
  return labels.find((l) => l.keys.has(keys[0])) ?? (name.includes('.') ? labels.find((l) => l.keys.has(keys[1])) : undefined);
}

/** Every labelled chapter of the sets: its set's name, the corpus entry, its text and its labels' spellings. */
export function* labelledChapters(dirs) {
  for (const dir of dirs) {
    const set = path.basename(dir);
    for (const c of readCorpus(dir)) {
      let text;
      try { text = readFileSync(c.file, 'utf8'); } catch { continue; }
      yield { set, c, text, labels: labelSpellings(c.labels.concepts) };
    }
  }
}

/**
 * One chapter's counter for a shape counter's loop: counts a name under a shape once per chapter (shapeTally's `add`)
 * and prints its line when `linesOf` (misses-args.mjs) asks for that shape.
 */
export function chapterCounter(tally, set, chapter, labels, linesOf) {
  const seen = new Set();
  return (shape, name, line) => {
    const label = labelNamed(labels, name);
    const outcome = tally.outcome(set, chapter, label);
    if (tally.add(seen, shape, set, chapter, name, label, outcome) && shape.startsWith(linesOf ?? '\0')) console.log(`${shape}\t${outcome}\t${set}/${chapter}:${line}\t${name}`);
  };
}

/** The counts by shape; `missList` and `missed` are misses-args.mjs's. */
export function shapeTally(missList, missed) {
  const bucketOf = new Map(missList.map((m) => [missKey(m.set, m.chapter, m.name), m.bucket === 'ruled-lost' && m.why ? `ruled-lost ${m.why}` : m.bucket]));
  const count = new Map();
  return {
    /** found, missed, or other (no label's) for a name of `chapter` in `set` that is `label` (or none). */
    outcome: (set, chapter, label) => (label ? (missed.has(missKey(set, chapter, label.name)) ? 'missed' : 'found') : 'other'),
    /**
     * Counts `name` (the label's, or its own normalised spelling) once under `shape` per chapter, `seen` being the
     * chapter's keys so far; false when it was counted already.
     */
    add(seen, shape, set, chapter, name, label, outcome) {
      const k = `${shape}\t${chapter}\t${label ? normKey(label.name) : normKey(name)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      const e = count.get(shape) ?? { found: 0, missed: 0, other: 0, sets: new Set(), buckets: new Map() };
      e[outcome]++;
      if (outcome === 'missed') {
        const b = bucketOf.get(missKey(set, chapter, label.name)) ?? '?';
        e.buckets.set(b, (e.buckets.get(b) ?? 0) + 1);
      }
      e.sets.add(set);
      count.set(shape, e);
      return true;
    },
    /** Prints the table, shapes in order, the four largest buckets of the missed. */
    print() {
      console.log("shape\tfound\tmissed\tno label's\tsets\tthe missed, by where lost");
      for (const [s, e] of [...count.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
        const buckets = [...e.buckets.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([b, n]) => `${b} ${n}`).join(', ');
        console.log(`${s}\t${e.found}\t${e.missed}\t${e.other}\t${e.sets.size}\t${buckets}`);
      }
    },
  };
}

/**
 * The tally of bench/shapes39.mjs and bench/shapes40.mjs: `count(shape, outcome, set, where, name)` with outcome one of
 * found / missed / bad (no label's, mined) / none (no label's, not mined), each line printed with `lines`; `print()`
 * writes the table, one row a shape with its sets.
 */
export function outcomeTally(lines) {
  const tally = new Map();
  return {
    count(shape, outcome, set, where, name) {
      const e = tally.get(shape) ?? { found: 0, missed: 0, bad: 0, none: 0, sets: new Set() };
      e[outcome]++;
      e.sets.add(set);
      tally.set(shape, e);
      if (lines) console.log(`${shape}\t${outcome}\t${set}/${where}\t${name}`);
    },
    print() {
      console.log("shape\tfound\tmissed\tno label's (mined)\tno label's (not mined)\tsets");
      for (const [s, e] of [...tally.entries()].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${s}\t${e.found}\t${e.missed}\t${e.bad}\t${e.none}\t${e.sets.size}`);
    },
  };
}
