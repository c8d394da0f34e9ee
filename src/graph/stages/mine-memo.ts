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
import type { mentionContext } from '../mention-context.ts';

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

/** Start a load of `root`: this load's entries begin empty. */
export function beginMineMemo(root: string): void {
  if (!keepingParsedFiles()) {
    last.clear();
    next.clear();
    lastMentions.clear();
    nextMentions.clear();
    return;
  }
  next.set(root, new Map());
  nextMentions.set(root, new Map());
}

/** End a load of `root`: what it recorded is what the next load may reuse. */
export function endMineMemo(root: string): void {
  for (const [from, to] of [[next, last], [nextMentions, lastMentions]] as const) {
    const n = from.get(root);
    if (!n) continue;
    (to as Map<string, unknown>).set(root, n);
    from.delete(root);
  }
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
  let memo: MentionMemo;
  if (into && before && before.text === text) memo = before;
  else {
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
  const before = into && cacheable ? last.get(root)?.get(file) : undefined;
  const usable = before && before.text === text && before.config === config && before.entries.length === candidates.length ? before : undefined;
  const memo: NoteMemo | undefined = into && cacheable ? { text, config, entries: new Array(candidates.length) } : undefined;
  if (memo) into!.set(file, memo);
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
      resolveCounts.fresh++;
      return decision;
    },
  };
}
