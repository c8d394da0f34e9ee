/**
 * Precision of the note miner per rule, and per rule on the sets written after the rule
 * (docs/miner.md, "audit8"; the CLI is bench/miner-rules.mjs). Pure parts, unit-tested in
 * tests/unit/graph/miner-rules-bench.test.ts.
 *
 * A mined concept's `why` is its provenance on the chapter as the bench prints it:
 * `LINE:RULE → STEP → RESOLUTION LINE:RULE → …` (e.g. `22:prose-copula → prose-copula-term →
 * pattern-name 1:title`). The first entry is the one that made the concept (later ones attached to
 * it); its first step is the rule, its last step the resolution, each without a parenthesised
 * detail (`question (what-is)`) or a `← keyword (…)` source.
 */

/**
 * The out-of-sample sets (AGENTS-COMMON: counts only, never their misses or false positives):
 * left out of the per-rule table unless asked, never listed by `--fp`.
 */
export const OUT_OF_SAMPLE = new Set(['dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44']);

/**
 * `neutral` (prec37): the chapter's own subject (`about:`) mined and not listed, neither found nor a
 * false positive (bench/lib/miner-score.mjs); tallies leave it out.
 * @typedef {'found' | 'wrong-type' | 'fp' | 'dup' | 'neutral'} Outcome
 */
export const OUTCOMES = /** @type {const} */ (['found', 'wrong-type', 'fp', 'dup']);

/** A step of a provenance chain without its parenthesised detail or `← source`. */
function bare(step) {
  return step
    .replace(/\s*←.*$/u, '')
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .trim();
}

/**
 * The provenance entries of a `why` string, in order: `{ line, rule, resolution }`.
 * @param {string} why
 */
export function parseWhy(why) {
  if (!why || !why.trim()) return [];
  return why
    .trim()
    .split(/\s+(?=\d+:)/u)
    .map((part) => {
      const m = /^(\d+):(.*)$/su.exec(part);
      if (!m) return undefined;
      const steps = m[2].split(' → ').map((s) => s.trim());
      return { line: Number(m[1]), rule: bare(steps[0]), resolution: bare(steps[steps.length - 1]) };
    })
    .filter((e) => e !== undefined && e.rule !== '');
}

/**
 * The rule and the resolution that made a concept (its first provenance entry); `(none)` when
 * the concept has no provenance on the chapter.
 * @param {string} why
 */
export function primaryRule(why) {
  const first = parseWhy(why)[0];
  return first ? { rule: first.rule, resolution: first.resolution } : { rule: '(none)', resolution: '(none)' };
}

/**
 * Each mined concept of a chapter with its outcome, from scoreChapter's result
 * (bench/lib/miner-score.mjs): fp, duplicates and neutral ones are listed there, wrong types by
 * concept; the rest were found with the right type.
 * @param {any[]} concepts  the concepts of the chapter, each with `why`
 * @param {{ fp: any[]; duplicates: any[]; neutral?: any[]; wrongType: { concept: any }[] }} score
 * @returns {{ title: any; kind: any; why: string; outcome: Outcome }[]}
 */
export function conceptOutcomes(concepts, score) {
  const neutral = new Set(score.neutral ?? []);
  const fp = new Set(score.fp);
  const dup = new Set(score.duplicates);
  const wrong = new Set(score.wrongType.map((w) => w.concept));
  return concepts.map((c) => ({
    title: c.title,
    kind: c.kind,
    why: c.why ?? '',
    outcome: neutral.has(c) ? 'neutral' : fp.has(c) ? 'fp' : dup.has(c) ? 'dup' : wrong.has(c) ? 'wrong-type' : 'found',
  }));
}

/** An empty tally. */
export function emptyTally() {
  return { found: 0, 'wrong-type': 0, fp: 0, dup: 0 };
}

/** Outputs, entity precision (found or wrong type: the right concept) and typed precision of a tally. */
export function precisionOf(t) {
  const n = t.found + t['wrong-type'] + t.fp + t.dup;
  return { n, precision: n ? (t.found + t['wrong-type']) / n : NaN, typedPrecision: n ? t.found / n : NaN };
}

/**
 * Tallies of outcome records by a key (`keyOf(record)`; a record may be left out with undefined),
 * each key's tally also by set: Map key → { all, bySet: Map set → tally }.
 * @param {{ set: string; outcome: Outcome }[]} records
 * @param {(r: any) => string | undefined} keyOf
 */
export function tallyBy(records, keyOf) {
  const out = new Map();
  for (const r of records) {
    const key = keyOf(r);
    if (key === undefined || r.outcome === 'neutral') continue;
    let e = out.get(key);
    if (!e) out.set(key, (e = { all: emptyTally(), bySet: new Map() }));
    e.all[r.outcome]++;
    if (!e.bySet.has(r.set)) e.bySet.set(r.set, emptyTally());
    e.bySet.get(r.set)[r.outcome]++;
  }
  return out;
}

/** Sum of tallies. */
export function addTallies(tallies) {
  const sum = emptyTally();
  for (const t of tallies) for (const o of OUTCOMES) sum[o] += t[o];
  return sum;
}

/**
 * A rule's tally split by the date of the sets: `design` sums the sets present when the rule was
 * introduced (`present(set)` true), `later` the others; sets with no entry known are left out.
 * @param {Map<string, ReturnType<typeof emptyTally>>} bySet
 * @param {(set: string) => boolean | undefined} present
 */
export function splitByEntry(bySet, present) {
  const design = [];
  const later = [];
  const sets = { design: 0, later: 0, laterFp: 0 };
  for (const [set, t] of bySet) {
    const p = present(set);
    if (p === undefined) continue;
    (p ? design : later).push(t);
    sets[p ? 'design' : 'later']++;
    if (!p && t.fp + t.dup > 0) sets.laterFp++;
  }
  return { design: addTallies(design), later: addTallies(later), sets };
}

/**
 * Whether a rule's later-set precision is clearly worse (the threshold decided before reading
 * any candidate, docs/miner.md "audit8"): at least `minLater` outputs on later sets and an entity
 * precision there under `below`.
 */
export function clearlyWorse(split, { minLater = 8, below = 0.6 } = {}) {
  const l = precisionOf(split.later);
  return l.n >= minLater && l.precision < below;
}
