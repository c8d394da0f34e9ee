/**
 * The miner's resolution of a note's candidates, reused in `astro dev` (parse results kept,
 * parse-files.ts) when nothing it read has changed.
 *
 * `resolveCandidate(c, rc)` (miner/resolve.ts) is a function of the candidate and of the answers
 * the resolve context gives it: every question it asks about the graph (`lookup`, `known`,
 * `byInitials`, `noteField`, `owners`, …) goes through `rc`. So the decision made on the last
 * load is the decision now when (1) the candidate is the same — the same note text read with the
 * same definer configuration gives the same candidates in the same order (stages/mine.ts
 * `readNote`) — and (2) every question asked then, asked again now in the same order, gets the
 * same answer: the questions depend only on the candidate and the earlier answers, so the same
 * answers mean the same questions, and the same decision. Each candidate's questions about the
 * graph are asked again on every load (the graph they see is built by the notes before it and
 * may have changed: a concept renamed in another note, a new term defined earlier in the order);
 * only the work between the questions is saved. Questions about the note alone (`NOTE_ONLY`) are
 * not asked again: the same text gives the same answers.
 *
 * Questions that take the candidate (`owners(c)`) may get a variant of it (`{ ...c, newTerm:
 * true }`): the variant is recorded as the fields it changes, and asked again as the same
 * change of this load's candidate; a variant that changes a field to an object (which would
 * point into the last load's tree) is not recorded and that candidate is always resolved afresh.
 *
 * Entries not used in a load are dropped with it (memory: one load's decisions and answers).
 */
import type { Candidate } from '../miner/definitions.ts';
import { resolveCandidate, type Decision, type ResolveContext } from '../miner/resolve.ts';
import { keepingParsedFiles } from '../parse-files.ts';
import type { NameSpan } from '../miner/mentions.ts';
import type { SourceRef } from '../model.ts';
import type { mentionContext } from '../mention-context.ts';
import { createHash } from 'node:crypto';
import type { ParseCache } from '../disk-cache.ts';

/**
 * The questions whose answers depend only on the note's reading (its tree, fences, title and
 * candidates; see the resolve context in stages/mine.ts `mineNote`): with the same text they get
 * the same answers, so they are neither recorded nor asked again. Every other question is.
 */
const NOTE_ONLY: ReadonlySet<keyof ResolveContext> = new Set<keyof ResolveContext>([
  'sectionOwners',
  'keyNamed',
  'isToolKey',
  'sectionStateFields',
  'boldOpenings',
  'usesElsewhere',
  'noteLength',
  'noteDocKinds',
  'declaredApiVersion',
  'projectKinds',
  'noteNamedKinds',
  'noteHasWord',
  'shownKinds',
  'isNoteKind',
  'noteKindNames',
  'noteKindPath',
  'noteKindChild',
  'noteKindsWith',
  'noteKindFamily',
  'exampleKindsBefore',
  'noteKubectlTypes',
]);

/** One question the resolver asked: the method, its arguments, and the answer. */
interface Question {
  method: keyof ResolveContext;
  /** Arguments; the candidate, when passed, as `CANDIDATE` (its variant's changes in `patch`). */
  args: unknown[];
  /** For a question about the candidate: the fields its variant changes (undefined: deleted). */
  patch?: [string, unknown][];
  /** The answer: a primitive as is, anything else as canonical JSON. */
  answer: unknown;
}

interface Entry {
  questions: Question[];
  decision: Decision;
}

interface NoteMemo {
  text: string;
  config: number;
  /** By candidate index. */
  entries: (Entry | undefined)[];
}

/** By content folder, then note file: the last load's entries, and this load's. */
const last = new Map<string, Map<string, NoteMemo>>();
const next = new Map<string, Map<string, NoteMemo>>();

/** Resolutions counted, for tests: `fresh` resolved in this load, `kept` reused from the last. */
export const resolveCounts = { fresh: 0, kept: 0 };

/**
 * Start a load of `root`: this load's entries begin empty. `store`: the load's disk cache, used
 * when the dev server is not keeping its memo in memory (perf57: the mine entries, below).
 */
export function beginMineMemo(root: string, store?: ParseCache): void {
  if (!keepingParsedFiles()) {
    last.clear();
    next.clear();
    lastMentions.clear();
    nextMentions.clear();
    if (store) diskLoads.set(root, { store, notes: new Map() });
    else diskLoads.delete(root);
    return;
  }
  diskLoads.delete(root);
  next.set(root, new Map());
  nextMentions.set(root, new Map());
}

/** End a load of `root`: what it recorded is what the next load may reuse (in memory, or the mine entries that changed written to the disk cache). */
export function endMineMemo(root: string): void {
  for (const [from, to] of [[next, last], [nextMentions, lastMentions]] as const) {
    const n = from.get(root);
    if (!n) continue;
    (to as Map<string, unknown>).set(root, n);
    from.delete(root);
  }
  const disk = diskLoads.get(root);
  diskLoads.delete(root);
  if (!disk) return;
  for (const dn of disk.notes.values()) {
    if (!dn.changed || !dn.memo) continue;
    disk.store.mineWrite(dn.key, storedNote(dn.memo.entries, dn.spans));
    mineEntryCounts.written++;
  }
}

// ---- the mine entries of the disk cache (perf57) -------------------------------------------------

/**
 * Outside the dev server, with the disk cache on, each free-form note's part of this memo is kept
 * across builds as a *mine entry* (disk-cache.ts `mineLookup` / `mineWrite`): its candidates'
 * recorded questions and decisions, and its running-text spans. Its key hashes what those are a
 * function of — the note's file and text and the definer's configuration (its reading), and the
 * format here; the engine (the miner's rules, the vocabulary, the scorer's weights: every engine
 * file) and the definer's configuration also name the cache's folder. Everything a decision read
 * about the graph is asked again in each load as in the dev server (above), so a note whose text
 * did not change is resolved again only where the graph now answers otherwise; the graph-wide work
 * (applying the decisions, homes, the joins, mentions' look-ups, tying in) runs in every load.
 */
const MINE_FORMAT = 2;

/**
 * A note's mine entry: its candidates' count, the distinct questions its candidates asked (each
 * `[method, args, patch or null, answer]`, the candidate argument and a variant's deleted field as
 * markers: v8.serialize keeps no symbols), each candidate's questions as indices into them with its
 * decision (null when its questions could not be recorded), and its running-text spans as
 * `[text, line, column, group, start, end]` runs (the file is the note's). Candidates of a note ask
 * many of the same questions with the same answers (`known` of one concept): stored once.
 */
interface StoredNote {
  n: number;
  qs: unknown[][];
  entries: ([number[], Decision] | null)[];
  spans?: unknown[];
}
/** Recorded arguments are primitives or arrays of them, and a variant's changed fields primitives: an object marker is unambiguous. */
const CANDIDATE_MARK = { candidate: 1 } as const;
const DELETED_MARK = { deleted: 1 } as const;
const isMark = (x: unknown, key: string): boolean => typeof x === 'object' && x !== null && !Array.isArray(x) && key in x;
/** (undefined and null told apart in the key that finds a question already stored) */
const keyOf = (x: unknown[]): string => JSON.stringify(x, (_k, v: unknown) => (v === undefined ? { undefined: 1 } : v));

function storedNote(entries: readonly (Entry | undefined)[], spans: readonly NameSpan[] | undefined): StoredNote {
  const qs: unknown[][] = [];
  const seen = new Map<string, number>();
  const indexOf = (q: Question): number => {
    const row = [q.method, q.args.map((a) => (a === CANDIDATE ? CANDIDATE_MARK : a)), q.patch ? q.patch.map(([k, v]) => [k, v === DELETED ? DELETED_MARK : v]) : null, q.answer];
    const key = keyOf(row);
    let i = seen.get(key);
    if (i === undefined) {
      seen.set(key, (i = qs.length));
      qs.push(row);
    }
    return i;
  };
  const out: StoredNote = { n: entries.length, qs, entries: [...entries].map((e) => (e ? [e.questions.map(indexOf), e.decision] : null)) };
  if (spans) {
    const flat: unknown[] = [];
    for (const sp of spans) flat.push(sp.text, sp.at.line, sp.at.column, sp.group, sp.start, sp.end);
    out.spans = flat;
  }
  return out;
}

function entriesOf(s: StoredNote): (Entry | undefined)[] {
  const qs = s.qs.map((row): Question => {
    const [method, args, patch, answer] = row as [keyof ResolveContext, unknown[], [string, unknown][] | null, unknown];
    const q: Question = { method, args: args.map((a) => (isMark(a, 'candidate') ? CANDIDATE : a)), answer };
    if (patch) q.patch = patch.map(([k, v]): [string, unknown] => [k, isMark(v, 'deleted') ? DELETED : v]);
    return q;
  });
  return s.entries.map((e) => (e ? { questions: e[0].map((i) => qs[i]!), decision: Object.freeze(e[1]) } : undefined));
}

function spansOfStored(flat: readonly unknown[], file: string): NameSpan[] {
  const out: NameSpan[] = [];
  let at: SourceRef | undefined;
  let group = -1;
  for (let i = 0; i + 5 < flat.length; i += 6) {
    const [text, line, column, g, start, end] = flat.slice(i, i + 6) as [string, number, number, number, number, number];
    // (the spans of one text node share their place, as nameSpans made them)
    if (g !== group || !at || at.line !== line || at.column !== column) at = { file, line, column };
    group = g;
    out.push({ text, at, group: g, start, end });
  }
  return out;
}

interface DiskNote {
  key: string;
  before?: StoredNote;
  memo?: NoteMemo;
  /** The note's running-text spans, from the entry or found in this load. */
  spans?: NameSpan[];
  /** Whether this load resolved or read anything the stored entry did not hold (then it is written). */
  changed: boolean;
}

/** By content folder: the load's disk cache and its notes' mine entries. */
const diskLoads = new Map<string, { store: ParseCache; notes: Map<string, DiskNote> }>();

/** Mine entries counted in this process, for tests: notes whose entry was found, and candidates resolved afresh. */
export const mineEntryCounts = { found: 0, written: 0 };

function diskNote(root: string, file: string, text: string, config: number): DiskNote | undefined {
  const disk = diskLoads.get(root);
  if (!disk) return undefined;
  let dn = disk.notes.get(file);
  if (dn) return dn;
  const key = createHash('sha1').update(`k8smap-mine ${MINE_FORMAT}\0${file}\0${config}\0`).update(text).digest('hex');
  const before = disk.store.mineLookup<StoredNote>(key);
  const ok = before && Number.isInteger(before.n) && Array.isArray(before.qs) && Array.isArray(before.entries) && before.entries.length === before.n;
  dn = { key, changed: !ok, ...(ok ? { before } : {}), ...(ok && Array.isArray(before.spans) ? { spans: spansOfStored(before.spans, file) } : {}) };
  if (ok) mineEntryCounts.found++;
  disk.notes.set(file, dn);
  return dn;
}

/**
 * perf61: note `file`'s mine entry marked used and its stored spans made available to
 * `noteMentions`, for a note whose step this load did not run (the mine stage took the previous
 * result after an earlier note: stages/mine.ts `foldWithDelta`). Without it the entry would be
 * pruned and the note's spans found again.
 */
export function keepMineEntry(root: string, file: string, text: string, config: number): void {
  if (!next.get(root)) diskNote(root, file, text, config);
}

// ---- running text ------------------------------------------------------------------------------

type Context = ReturnType<typeof mentionContext>;

interface MentionMemo {
  text: string;
  spans: readonly NameSpan[];
  /** By span index: the span's sentence (`mentionContext`), null for none, undefined when not asked yet. */
  contexts: (Context | null | undefined)[];
}

const lastMentions = new Map<string, Map<string, MentionMemo>>();
const nextMentions = new Map<string, Map<string, MentionMemo>>();

/**
 * A note's spans of running text that may name a concept (miner/mentions.ts `nameSpans`) and the
 * sentence around each (`mentionContext`): both depend on the note's text and tree alone (the
 * tree the mine stage reads is the parse of the text), so in `astro dev` they are kept while the
 * text is the same. Which spans name a concept is looked up on every load. Kept spans are frozen.
 */
export function noteMentions(root: string, file: string, text: string, spansOf: () => NameSpan[]) {
  const into = nextMentions.get(root);
  const before = lastMentions.get(root)?.get(file);
  // (a build with the disk cache: the spans stored with the note's mine entry, when its resolver made one)
  const dn = into ? undefined : diskLoads.get(root)?.notes.get(file);
  let memo: MentionMemo;
  if (into && before && before.text === text) memo = before;
  else if (dn) {
    let spans = dn.spans;
    if (!spans) {
      spans = dn.spans = spansOf();
      dn.changed = true;
    }
    memo = { text, spans, contexts: [] };
  } else {
    const spans = spansOf();
    if (into) for (const sp of spans) Object.freeze(Object.freeze(sp).at);
    memo = { text, spans, contexts: [] };
  }
  into?.set(file, memo);
  return {
    spans: memo.spans,
    /** The context of span `i`, computed by `compute` unless kept. */
    context(i: number, compute: () => Context): Context {
      const had = memo.contexts[i];
      if (had !== undefined) return had ?? undefined;
      const c = compute();
      if (into) memo.contexts[i] = c ?? null;
      return c;
    },
  };
}

function canonical(x: unknown): unknown {
  if (x === undefined || x === null || typeof x !== 'object') return x;
  return JSON.stringify(x, (_k, v: unknown) => (v instanceof Set ? { set: [...v] } : v instanceof Map ? { map: [...v] } : v));
}

/** The fields in which `variant` differs from `c`, or null when one of them is an object. */
function patchOf(c: Candidate, variant: Candidate): [string, unknown][] | null {
  if (variant === c) return [];
  const out: [string, unknown][] = [];
  const a = c as unknown as Record<string, unknown>;
  const b = variant as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const v = k in b ? b[k] : undefined;
    if (a[k] === v && k in a === k in b) continue;
    if (typeof v === 'object' && v !== null) return null;
    out.push([k, k in b ? v : DELETED]);
  }
  return out;
}

const DELETED = Symbol('deleted');
/** Where the candidate went in a question's arguments. */
const CANDIDATE = Symbol('candidate');

function applyPatch(c: Candidate, patch: [string, unknown][]): Candidate {
  if (patch.length === 0) return c;
  const out = { ...c } as unknown as Record<string, unknown>;
  for (const [k, v] of patch) {
    if (v === DELETED) delete out[k];
    else out[k] = v;
  }
  return out as unknown as Candidate;
}

const isCandidate = (x: unknown): boolean => typeof x === 'object' && x !== null && 'blocks' in x && 'section' in x && 'at' in x;

/**
 * A note's resolver: `resolve(c)` gives `resolveCandidate(c, rc)`, reused from the last load when
 * allowed (see above). `cacheable` is false when the note's reading is not a function of its
 * text (stages/mine.ts `readNote` did not keep it): then everything is resolved afresh.
 */
export function noteResolver(root: string, file: string, text: string, config: number, cacheable: boolean, candidates: readonly Candidate[], rc: ResolveContext) {
  const into = next.get(root);
  // (a build with the disk cache: the note's mine entry; the key holds its file, text and configuration)
  const dn = !into && cacheable ? diskNote(root, file, text, config) : undefined;
  const stored = dn?.before && dn.before.n === candidates.length ? dn.before : undefined;
  const before: NoteMemo | undefined = into && cacheable ? last.get(root)?.get(file) : stored ? { text, config, entries: entriesOf(stored) } : undefined;
  const usable = before && before.text === text && before.config === config && before.entries.length === candidates.length ? before : undefined;
  const memo: NoteMemo | undefined = (into || dn) && cacheable ? { text, config, entries: new Array(candidates.length) } : undefined;
  if (memo && into) into.set(file, memo);
  if (dn) {
    dn.memo = memo;
    if (!stored) dn.changed = true;
  }
  const indexOf = new Map<Candidate, number>();
  candidates.forEach((c, i) => indexOf.set(c, i));

  // The resolve context, recording every question while `recording` is set.
  let recording: { c: Candidate; questions: Question[] | null } | undefined;
  const recorder = {} as ResolveContext;
  for (const method of Object.keys(rc) as (keyof ResolveContext)[]) {
    const fn = rc[method] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') continue;
    if (NOTE_ONLY.has(method)) {
      (recorder as unknown as Record<string, unknown>)[method] = fn;
      continue;
    }
    (recorder as unknown as Record<string, unknown>)[method] = (...args: unknown[]): unknown => {
      const answer = fn(...args);
      const r = recording;
      if (r?.questions) {
        const q: Question = { method, args: [], answer: canonical(answer) };
        for (const a of args) {
          if (typeof a !== 'object' || a === null) q.args.push(a);
          else if (Array.isArray(a) && a.every((x) => typeof x !== 'object')) q.args.push([...a]);
          else {
            const patch = isCandidate(a) && q.patch === undefined ? patchOf(r.c, a as Candidate) : null;
            if (patch === null) {
              // an argument that cannot be asked again as it was (another object): not recorded
              r.questions = null;
              return answer;
            }
            q.patch = patch;
            q.args.push(CANDIDATE);
          }
        }
        r.questions.push(q);
      }
      return answer;
    };
  }

  const askAgain = (c: Candidate, q: Question): boolean => {
    const fn = rc[q.method] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') return false;
    const args = q.patch ? q.args.map((a) => (a === CANDIDATE ? applyPatch(c, q.patch!) : a)) : q.args;
    return canonical(fn(...args)) === q.answer;
  };

  return {
    resolve(c: Candidate): Decision {
      const i = indexOf.get(c);
      if (i === undefined || !memo) {
        resolveCounts.fresh++;
        return resolveCandidate(c, rc);
      }
      const was = usable?.entries[i];
      if (was && was.questions.every((q) => askAgain(c, q))) {
        memo.entries[i] = was;
        resolveCounts.kept++;
        return was.decision;
      }
      const r: { c: Candidate; questions: Question[] | null } = { c, questions: [] };
      recording = r;
      let decision: Decision;
      try {
        // (frozen: reused on later loads, so nobody may change it)
        decision = Object.freeze(resolveCandidate(c, recorder));
      } finally {
        recording = undefined;
      }
      if (r.questions) memo.entries[i] = { questions: r.questions, decision };
      // (the stored entry changes when this candidate's recorded entry does: a fresh one, or one that no longer holds)
      if (dn && (r.questions || was)) dn.changed = true;
      resolveCounts.fresh++;
      return decision;
    },
  };
}
