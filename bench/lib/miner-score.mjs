/**
 * Scoring the note miner against a labelled corpus (bench/miner.bench.mjs and the unit tests).
 *
 * A chapter `x.md` comes with `x.labels.yaml`:
 *   chapter: x.md
 *   about: X                                                    the object/topic the chapter is about (optional)
 *   concepts: [{ name, kind, owner?, fieldPath?, also?: [] }]   what an expert extracts
 *   not: [...]                                                  labels that must not be concepts
 *
 * What the miner says a chapter defines is the `defines` list of its note record
 * (graph.notes[]). A mined concept matches a label when one of its names (title, titleZh,
 * titleEn, aliases, fieldPath and its last segment) equals one of the label's (name, also,
 * fieldPath), compared by normalised key (case, spaces, `-`, `_`, full-width). Entity level:
 * the right concept. Typed: also the right kind and, for fields, the right owner and fieldPath.
 *
 * One concept may stand for several labels (a map item "Persistent Volume & Persistent Volume
 * Claim" that PV and PVC both attach to): it recalls them all but counts once for precision.
 * But labels of one name at two places (`securityContext` of the Pod and of a container,
 * `suspend` of a Job and of a CronJob) are two things: a concept right for one of them does not
 * also take the other. Concepts that are right for a label claim it before concepts that only
 * share its name. Two mined concepts for one label: the second is a false positive (a duplicate).
 *
 * `about:` (prec37, the lead's decision on issue 12): a mined concept that matches no label but one
 * of whose names is the `about` value (the same normalised key) is the chapter's own subject, which
 * the labels leave unlisted when the chapter does not explain it as a concept: it is neutral,
 * neither found nor a false positive, and left out of `mined` (so precision = found / mined stays
 * what it was for every other concept). Counted apart (`neutral`) so nobody mistakes it for a gain.
 * A concept that matches a label is scored as before, the about value changes nothing for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Every development set, tests/corpus/miner/dev* in number order (dev, dev2 … devN): the default
 * sets of the miner's benches.
 */
export function devSets() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/corpus/miner');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^dev\d*$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => Number(a.slice(3) || 1) - Number(b.slice(3) || 1))
    .map((d) => path.join(root, d));
}

export function normKey(name) {
  return String(name).normalize('NFKC').toLowerCase().replace(/[\s\-_`'"·•*]+/g, '');
}

/** Every chapter of a corpus folder with its labels, sorted by file name. */
export function readCorpus(dir) {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.labels.yaml')) continue;
    const labels = parse(readFileSync(path.join(dir, f), 'utf8'));
    const chapter = labels.chapter ?? f.replace(/\.labels\.yaml$/, '.md');
    out.push({ chapter, file: path.join(dir, chapter), labels });
  }
  return out;
}

export function conceptNames(c) {
  const names = [c.title, c.titleZh, c.titleEn, ...(c.aliases ?? [])];
  if (c.fieldPath) {
    names.push(c.fieldPath);
    names.push(c.fieldPath.split('.').pop().replace(/\[\]$/, ''));
  }
  return new Set(names.filter(Boolean).map(normKey));
}

/** A YAML value that should be a list of names (a single string is one name). */
function list(v) {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
}

export function labelNames(l) {
  const names = [l.name, ...list(l.also)];
  if (l.fieldPath) names.push(l.fieldPath);
  return new Set(names.filter(Boolean).map(normKey));
}

/** The normalised keys of a chapter's `about:` value (none when it has none). */
export function aboutKeys(labels) {
  return new Set(list(labels?.about).map(normKey).filter(Boolean));
}

/**
 * Whether a candidate name of the learned definer's training (scripts/lib/definer-train.mjs) is the
 * chapter's `about:` subject and names no label: such a row is neither a positive nor a negative
 * (prec37), as the scorer makes such a concept neutral. A written path names its last segment too.
 */
export function aboutOnlyName(name, labels) {
  const about = aboutKeys(labels);
  if (about.size === 0) return false;
  const n = String(name);
  const keys = [normKey(n), ...(n.includes('.') ? [normKey(n.split('.').pop().replace(/\[\]$/, ''))] : [])];
  if (!keys.some((k) => about.has(k))) return false;
  const items = (Array.isArray(labels.concepts) ? labels.concepts : []).filter((l) => l && l.name !== undefined);
  const named = new Set(items.flatMap((l) => [...labelNames(l), ...(l.fieldPath ? [normKey(String(l.fieldPath).split('.').pop().replace(/\[\]$/, ''))] : [])]));
  return !keys.some((k) => named.has(k));
}

export function typedMatch(c, l) {
  if (c.kind !== l.kind) return false;
  if (l.kind !== 'field') return true;
  return (c.owner ?? 'Pod') === (l.owner ?? 'Pod') && c.fieldPath === l.fieldPath;
}

/**
 * Score one chapter: `concepts` are the Concept records the miner says the chapter defines.
 * Returns counts and the lists behind them (for --verbose).
 */
export function scoreChapter(concepts, labels) {
  const items = (Array.isArray(labels.concepts) ? labels.concepts : []).filter((l) => l && l.name !== undefined);
  const lnames = items.map(labelNames);
  const about = aboutKeys(labels);
  const matches = concepts.map((c) => {
    const names = conceptNames(c);
    return items.map((_, i) => i).filter((i) => [...lnames[i]].some((n) => names.has(n)));
  });
  // Concepts that are right for a label first, then fewest candidate labels, so the assignment is stable.
  const typedAny = concepts.map((c, i) => matches[i].some((li) => typedMatch(c, items[li])));
  const order = concepts.map((_, i) => i).sort((a, b) => Number(typedAny[b]) - Number(typedAny[a]) || matches[a].length - matches[b].length || a - b);
  const claimed = new Map();
  const typedClaimed = new Set();
  const result = {
    tp: 0,
    typedTp: 0,
    /** @type {any[]} */ fp: [],
    /** @type {any[]} */ duplicates: [],
    /** dup42: each duplicate with the label it repeats and the concept that took that label first */
    /** @type {{ concept: any; label: any; took: any }[]} */ duplicatePairs: [],
    /** the chapter's own subject (`about:`) mined and not listed: neither found nor a false positive */
    /** @type {any[]} */ neutral: [],
    /** @type {{ concept: any; label: any }[]} */ wrongType: [],
    /** @type {any[]} */ misses: [],
    /** @type {any[]} */ typedMisses: [],
    mined: 0,
    labels: 0,
    recalled: 0,
    typedRecalled: 0,
    /** @type {string[]} */ notViolations: [],
  };
  for (const ci of order) {
    const c = concepts[ci];
    const ms = matches[ci];
    if (ms.length === 0) {
      if ([...conceptNames(c)].some((n) => about.has(n))) result.neutral.push(c);
      else result.fp.push(c);
      continue;
    }
    const free = ms.filter((i) => !claimed.has(i));
    if (free.length === 0) {
      result.duplicates.push(c);
      result.duplicatePairs.push({ concept: c, label: items[ms[0]], took: claimed.get(ms[0]) });
      continue;
    }
    result.tp++;
    const typed = free.filter((i) => typedMatch(c, items[i]));
    const typedNames = new Set(typed.map((i) => normKey(items[i].name)));
    for (const i of free) if (typed.includes(i) || !typedNames.has(normKey(items[i].name))) claimed.set(i, c);
    if (typed.length > 0) {
      result.typedTp++;
      for (const i of typed) typedClaimed.add(i);
    } else result.wrongType.push({ concept: c, label: items[free[0]] });
  }
  items.forEach((l, i) => {
    if (!claimed.has(i)) result.misses.push(l);
    else if (!typedClaimed.has(i)) result.typedMisses.push(l);
  });
  result.mined = concepts.length - result.neutral.length;
  result.labels = items.length;
  result.recalled = claimed.size;
  result.typedRecalled = typedClaimed.size;
  // Labels listed under `not:` that became concepts of this chapter.
  const plain = (s) => String(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const notKeys = new Set(list(labels.not).map(plain));
  result.notViolations = concepts
    .filter((c) => [c.title, c.titleZh, c.titleEn, ...(c.aliases ?? [])].filter(Boolean).some((n) => notKeys.has(plain(n))))
    .map((c) => c.title);
  return result;
}

/** Precision / recall of a list of chapter scores (micro-averaged). */
export function totals(scores) {
  const sum = (f) => scores.reduce((s, x) => s + f(x), 0);
  const mined = sum((s) => s.mined);
  const labels = sum((s) => s.labels);
  return {
    mined,
    labels,
    neutral: sum((s) => s.neutral?.length ?? 0),
    precision: mined ? sum((s) => s.tp) / mined : 1,
    recall: labels ? sum((s) => s.recalled) / labels : 1,
    typedPrecision: mined ? sum((s) => s.typedTp) / mined : 1,
    typedRecall: labels ? sum((s) => s.typedRecalled) / labels : 1,
  };
}

/** The concepts a graph says a note file defines. */
export function definedBy(graph, file) {
  const note = (graph.notes ?? []).find((n) => n.file === file);
  if (!note) return [];
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  return note.defines.map((id) => byId.get(id)).filter(Boolean);
}

/** The concepts a built context (runStages) says a note file defines, each with why (`LINE:RULE …` on that file). */
export function definedWithWhy(ctx, file) {
  const graph = ctx.graph;
  const note = (graph.notes ?? []).find((n) => n.file === file);
  if (!note) return [];
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  return note.defines
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((c) => {
      const prov = (ctx.provenance.get(c.id) ?? []).filter((p) => p.at.file === file && (p.role === 'defined' || p.role === 'about'));
      return { ...c, why: prov.map((p) => `${p.at.line}:${p.rule}`).join(' ') };
    });
}
