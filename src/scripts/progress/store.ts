/**
 * Learning progress: a pure module (no DOM, no clock, no global storage) that reads, changes,
 * merges, validates and summarises what a reader marked as learned / learning / skipped.
 * The browser glue lives in `client.ts`; this file is unit tested with a fake Storage.
 *
 * Stored value (localStorage, key `k8smap:<base path>:progress`, one per site):
 *
 *   { "version": 2,
 *     "states":  { "<concept id>": { "state": "learned", "updatedAt": "2024-05-01T10:00:00.000Z" } },
 *     "orphans": { "<id no longer in the map>": { "state": "learning", "updatedAt": "…" } },
 *     "cards":   { "<card id>": { "due": "…", "stability": 3.2, …, "updatedAt": "…" } },
 *     "review":  { "newCardsPerDay": 20, "updatedAt": "…" } }
 *
 * Version 2 added `cards`, the spaced-repetition schedule of each self-check card (FSRS state,
 * see src/scripts/review/schedule.ts). A stored version 1 value is read as version 2 with no
 * cards (nothing is lost) and written back as version 2 on the next save; an import file of
 * version 1 is accepted the same way. `review` (the review page's settings: new cards per day) is
 * optional within version 2: written only once the reader changes a setting, absent means the
 * defaults, so version 2 values stored before it existed read unchanged.
 *
 * Entries are keyed by concept id, so they survive reloads and content rebuilds. An id that the
 * current map no longer has is moved to `orphans` (kept, shown on the progress page) and moved
 * back when the id returns. `not-started` is stored too once a reader sets it, so that a merge
 * can tell "reset later" from "never touched".
 *
 * Export file (what "export" downloads and "import" accepts), see docs/progress-export.md:
 *
 *   { "format": "k8smap-progress", "version": 2, "site": "https://host/base/",
 *     "exportedAt": "2024-05-01T10:00:00.000Z",
 *     "states": { "<id>": { "state": "learned", "updatedAt": "…" } },
 *     "cards": { "<card id>": { … } },
 *     "review": { "newCardsPerDay": 20, "updatedAt": "…" } }      (only when set)
 *
 * `states` in the file holds everything the reader has, orphans included. Import merges entry
 * by entry; the newer `updatedAt` wins (on a tie the entry already stored stays), for concept
 * states, card schedules and the review settings alike.
 */

import type { ProgressConcept, ProgressGraph } from '../../views/progress-data.ts';

export type { ProgressConcept, ProgressGraph };

export const PROGRESS_VERSION = 2;
/** Older versions this store reads (and migrates). */
export const PROGRESS_READS_VERSIONS = [1, 2] as const;
export const PROGRESS_FORMAT = 'k8smap-progress';
export const PROGRESS_STATES = ['learned', 'learning', 'skipped', 'not-started'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
/** Largest import file accepted (characters). */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface ProgressEntry {
  state: ProgressState;
  /** ISO 8601 time the reader last set this state. */
  updatedAt: string;
}

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/**
 * The schedule of one self-check card: the FSRS memory state (ts-fsrs' `Card`, times as ISO
 * strings), when it was first rated, and the hash of the answer the reader last rated (lets the
 * schedule follow a card whose question was edited, see `reattachCards`).
 */
export interface CardEntry {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: string;
  /** First rating: "new cards today" counts these. */
  introducedAt: string;
  /** Last change (the merge of an import compares these). */
  updatedAt: string;
  /** `answerHash` of the card when it was last rated. */
  answerHash?: string;
}

/** New self-check cards introduced per day (local day) unless the reader sets another number. */
export const NEW_CARDS_PER_DAY = 10;
/** The range a reader can set it to. */
export const NEW_CARDS_PER_DAY_MIN = 0;
export const NEW_CARDS_PER_DAY_MAX = 100;

/** The review page's settings, as the reader set them. */
export interface ReviewSettings {
  /** New cards introduced per day, NEW_CARDS_PER_DAY_MIN–MAX. */
  newCardsPerDay: number;
  /** When the reader last changed a setting (an import keeps the newer). */
  updatedAt: string;
}

export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  states: Record<string, ProgressEntry>;
  orphans: Record<string, ProgressEntry>;
  /** Card id → its schedule. Entries of cards the site no longer has are kept (and exported). */
  cards: Record<string, CardEntry>;
  /** Review settings; absent until the reader changes one (then the defaults apply). */
  review?: ReviewSettings;
}

export interface ProgressExport {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Which site wrote the file (origin + base path). Informational: any site may import it. */
  site: string;
  exportedAt: string;
  states: Record<string, ProgressEntry>;
  /** Card schedules (absent from version 1 files: read as none). */
  cards: Record<string, CardEntry>;
  /** Review settings, when the reader set any. */
  review?: ReviewSettings;
}

/** The part of `Storage` this module needs; tests pass a Map-backed fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ImportErrorCode = 'not-json' | 'wrong-version' | 'wrong-shape' | 'too-large';
export interface ImportError {
  code: ImportErrorCode;
  /** Where and what, e.g. `states["pod"].state: "done" is not one of learned, learning, skipped, not-started`. */
  detail: string;
}
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

/** `k8smap:/k8s-map/:progress`: two sites on one origin keep separate progress. */
export function progressStorageKey(basePath: string): string {
  return `k8smap:${basePath}:progress`;
}

export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, states: {}, orphans: {}, cards: {} };
}

export function isProgressState(v: unknown): v is ProgressState {
  return typeof v === 'string' && (PROGRESS_STATES as readonly string[]).includes(v);
}

// ---------------------------------------------------------------------------------------------
// Validation

const ID_MAX = 200;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function isTime(v: unknown): v is string {
  return typeof v === 'string' && ISO_RE.test(v) && !Number.isNaN(Date.parse(v));
}

function shapeError(detail: string): ParseResult<never> {
  return { ok: false, error: { code: 'wrong-shape', detail } };
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): ParseResult<never> | undefined {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) return shapeError(`${where}: unexpected key ${JSON.stringify(k)} (allowed: ${allowed.join(', ')})`);
  }
  return undefined;
}

/** Validates a `{ id: {state, updatedAt} }` table; `where` names it in messages. */
export function parseEntries(value: unknown, where: string): ParseResult<Record<string, ProgressEntry>> {
  if (!isPlainObject(value)) return shapeError(`${where} must be an object of concept ids, found ${describe(value)}`);
  const out: Record<string, ProgressEntry> = {};
  for (const [id, entry] of Object.entries(value)) {
    const at = `${where}[${JSON.stringify(id)}]`;
    if (id.trim() === '' || id.length > ID_MAX) return shapeError(`${at}: a concept id must be 1–${ID_MAX} characters`);
    if (!isPlainObject(entry)) return shapeError(`${at} must be an object {state, updatedAt}, found ${describe(entry)}`);
    const extra = checkKeys(entry, ['state', 'updatedAt'], at);
    if (extra) return extra;
    if (!isProgressState(entry.state)) {
      return shapeError(`${at}.state: ${describe(entry.state)} is not one of ${PROGRESS_STATES.join(', ')}`);
    }
    if (!isTime(entry.updatedAt)) {
      return shapeError(`${at}.updatedAt: ${describe(entry.updatedAt)} is not an ISO 8601 time such as 2024-05-01T10:00:00.000Z`);
    }
    out[id] = { state: entry.state, updatedAt: entry.updatedAt };
  }
  return { ok: true, value: out };
}

const CARD_NUMBERS = ['stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const;
const CARD_KEYS = ['due', ...CARD_NUMBERS, 'state', 'lastReview', 'introducedAt', 'updatedAt', 'answerHash'];
const COUNT_KEYS: readonly string[] = ['scheduledDays', 'learningSteps', 'reps', 'lapses'];

/** Validates a `{ cardId: CardEntry }` table; `where` names it in messages. */
export function parseCardEntries(value: unknown, where: string): ParseResult<Record<string, CardEntry>> {
  if (!isPlainObject(value)) return shapeError(`${where} must be an object of card ids, found ${describe(value)}`);
  const out: Record<string, CardEntry> = {};
  for (const [id, entry] of Object.entries(value)) {
    const at = `${where}[${JSON.stringify(id)}]`;
    if (id.trim() === '' || id.length > ID_MAX) return shapeError(`${at}: a card id must be 1–${ID_MAX} characters`);
    if (!isPlainObject(entry)) return shapeError(`${at} must be an object {due, stability, …}, found ${describe(entry)}`);
    const extra = checkKeys(entry, CARD_KEYS, at);
    if (extra) return extra;
    for (const k of ['due', 'introducedAt', 'updatedAt'] as const) {
      if (!isTime(entry[k])) return shapeError(`${at}.${k}: ${describe(entry[k])} is not an ISO 8601 time such as 2024-05-01T10:00:00.000Z`);
    }
    if (entry.lastReview !== undefined && !isTime(entry.lastReview)) {
      return shapeError(`${at}.lastReview: ${describe(entry.lastReview)} is not an ISO 8601 time`);
    }
    for (const k of CARD_NUMBERS) {
      const v = entry[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (COUNT_KEYS.includes(k) && !Number.isInteger(v))) {
        return shapeError(`${at}.${k}: ${describe(v)} is not a ${COUNT_KEYS.includes(k) ? 'whole number' : 'number'} ≥ 0`);
      }
    }
    if (typeof entry.state !== 'string' || !(CARD_STATES as readonly string[]).includes(entry.state)) {
      return shapeError(`${at}.state: ${describe(entry.state)} is not one of ${CARD_STATES.join(', ')}`);
    }
    if (entry.answerHash !== undefined && (typeof entry.answerHash !== 'string' || !/^[0-9a-f]{8}$/.test(entry.answerHash))) {
      return shapeError(`${at}.answerHash: ${describe(entry.answerHash)} is not 8 hex digits`);
    }
    const e: CardEntry = {
      due: entry.due as string,
      stability: entry.stability as number,
      difficulty: entry.difficulty as number,
      scheduledDays: entry.scheduledDays as number,
      learningSteps: entry.learningSteps as number,
      reps: entry.reps as number,
      lapses: entry.lapses as number,
      state: entry.state as CardState,
      introducedAt: entry.introducedAt as string,
      updatedAt: entry.updatedAt as string,
    };
    if (entry.lastReview !== undefined) e.lastReview = entry.lastReview as string;
    if (entry.answerHash !== undefined) e.answerHash = entry.answerHash as string;
    out[id] = e;
  }
  return { ok: true, value: out };
}

/** Validates the `review` settings object; `where` names it in messages. */
export function parseReviewSettings(value: unknown, where: string): ParseResult<ReviewSettings> {
  if (!isPlainObject(value)) return shapeError(`${where} must be an object {newCardsPerDay, updatedAt}, found ${describe(value)}`);
  const extra = checkKeys(value, ['newCardsPerDay', 'updatedAt'], where);
  if (extra) return extra;
  const n = value.newCardsPerDay;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < NEW_CARDS_PER_DAY_MIN || n > NEW_CARDS_PER_DAY_MAX) {
    return shapeError(`${where}.newCardsPerDay: ${describe(n)} is not a whole number from ${NEW_CARDS_PER_DAY_MIN} to ${NEW_CARDS_PER_DAY_MAX}`);
  }
  if (!isTime(value.updatedAt)) return shapeError(`${where}.updatedAt: ${describe(value.updatedAt)} is not an ISO 8601 time such as 2024-05-01T10:00:00.000Z`);
  return { ok: true, value: { newCardsPerDay: n, updatedAt: value.updatedAt } };
}

/** `{ review }` when `value` is present and valid, `{}` when absent; an error otherwise. */
function optionalReview(value: unknown, where: string): ParseResult<{ review?: ReviewSettings }> {
  if (value === undefined) return { ok: true, value: {} };
  const r = parseReviewSettings(value, where);
  return r.ok ? { ok: true, value: { review: r.value } } : r;
}

function parseJson(text: string): ParseResult<unknown> {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: { code: 'too-large', detail: `${text.length} characters (limit ${MAX_IMPORT_CHARS})` } };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (err) {
    return { ok: false, error: { code: 'not-json', detail: (err as Error).message } };
  }
}

function checkVersion(obj: Record<string, unknown>): ParseResult<never> | undefined {
  if (!('version' in obj)) return shapeError('missing "version"');
  if (!(PROGRESS_READS_VERSIONS as readonly unknown[]).includes(obj.version)) {
    return { ok: false, error: { code: 'wrong-version', detail: `version ${describe(obj.version)}, this site reads versions ${PROGRESS_READS_VERSIONS.join(' and ')}` } };
  }
  return undefined;
}

/** Strictly validates an export file's text. Nothing about the current progress is touched. */
export function parseExportFile(text: string): ParseResult<ProgressExport> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const obj = json.value;
  if (!isPlainObject(obj)) return shapeError(`the file must hold a JSON object, found ${describe(obj)}`);
  if (obj.format !== PROGRESS_FORMAT) {
    return shapeError(`"format" must be ${JSON.stringify(PROGRESS_FORMAT)}, found ${'format' in obj ? describe(obj.format) : 'nothing'}`);
  }
  const version = checkVersion(obj);
  if (version) return version;
  const extra = checkKeys(obj, obj.version === 1 ? ['format', 'version', 'site', 'exportedAt', 'states'] : ['format', 'version', 'site', 'exportedAt', 'states', 'cards', 'review'], 'the file');
  if (extra) return extra;
  if (typeof obj.site !== 'string') return shapeError(`"site" must be a string, found ${describe(obj.site)}`);
  if (!isTime(obj.exportedAt)) return shapeError(`"exportedAt" must be an ISO 8601 time, found ${describe(obj.exportedAt)}`);
  const states = parseEntries(obj.states, 'states');
  if (!states.ok) return states;
  const cards = parseCardEntries(obj.cards ?? {}, 'cards');
  if (!cards.ok) return cards;
  const review = optionalReview(obj.review, 'review');
  if (!review.ok) return review;
  return {
    ok: true,
    value: { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, site: obj.site, exportedAt: obj.exportedAt, states: states.value, cards: cards.value, ...review.value },
  };
}

/** Validates the stored value (same rules as an import, `orphans` allowed); a version 1 value is migrated (no cards). */
export function parseStoredProgress(text: string): ParseResult<ProgressData> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const obj = json.value;
  if (!isPlainObject(obj)) return shapeError(`stored progress must be a JSON object, found ${describe(obj)}`);
  const version = checkVersion(obj);
  if (version) return version;
  const extra = checkKeys(obj, obj.version === 1 ? ['version', 'states', 'orphans'] : ['version', 'states', 'orphans', 'cards', 'review'], 'stored progress');
  if (extra) return extra;
  const states = parseEntries(obj.states, 'states');
  if (!states.ok) return states;
  const orphans = parseEntries(obj.orphans ?? {}, 'orphans');
  if (!orphans.ok) return orphans;
  const cards = parseCardEntries(obj.cards ?? {}, 'cards');
  if (!cards.ok) return cards;
  const review = optionalReview(obj.review, 'review');
  if (!review.ok) return review;
  return { ok: true, value: { version: PROGRESS_VERSION, states: states.value, orphans: orphans.value, cards: cards.value, ...review.value } };
}

// ---------------------------------------------------------------------------------------------
// Storage

export interface ReadResult {
  data: ProgressData;
  /** Set when a stored value existed but could not be read; `data` is then empty. */
  problem?: ImportError;
}

export function readProgress(storage: StorageLike, key: string): ReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { data: emptyProgress() };
  }
  if (raw === null) return { data: emptyProgress() };
  const parsed = parseStoredProgress(raw);
  if (parsed.ok) return { data: parsed.value };
  return { data: emptyProgress(), problem: parsed.error };
}

/** Key under which an unreadable stored value is kept before it is first overwritten. */
export function backupKey(key: string): string {
  return `${key}:unreadable-backup`;
}

/**
 * Writes `data`. When the stored value is unreadable (say, hand-edited), it is copied to
 * `backupKey(key)` first, so nothing a reader had is silently destroyed. False when storage
 * refused (disabled, quota).
 */
export function writeProgress(storage: StorageLike, key: string, data: ProgressData): boolean {
  try {
    const old = storage.getItem(key);
    if (old !== null && !parseStoredProgress(old).ok && storage.getItem(backupKey(key)) === null) {
      storage.setItem(backupKey(key), old);
    }
    storage.setItem(key, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Changes (all return new objects; inputs are never mutated)

function clone(data: ProgressData): ProgressData {
  return { version: PROGRESS_VERSION, states: { ...data.states }, orphans: { ...data.orphans }, cards: { ...data.cards }, ...(data.review ? { review: { ...data.review } } : {}) };
}

/** New cards per day: the reader's setting, else the default. */
export function newCardsPerDay(data: ProgressData): number {
  return data.review?.newCardsPerDay ?? NEW_CARDS_PER_DAY;
}

/** A count as typed (any number, a numeric string) → a whole number within the allowed range; undefined when it is not a number. */
export function clampNewCardsPerDay(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return undefined;
  return Math.min(NEW_CARDS_PER_DAY_MAX, Math.max(NEW_CARDS_PER_DAY_MIN, Math.round(n)));
}

/** Sets the number of new cards per day (clamped to the allowed range). */
export function setNewCardsPerDay(data: ProgressData, count: number, now: Date): ProgressData {
  const n = clampNewCardsPerDay(count);
  if (n === undefined) throw new TypeError(`not a number of cards: ${String(count)}`);
  const next = clone(data);
  next.review = { newCardsPerDay: n, updatedAt: now.toISOString() };
  return next;
}

export function stateOf(data: ProgressData, id: string): ProgressState {
  return data.states[id]?.state ?? data.orphans[id]?.state ?? 'not-started';
}

export function setConceptState(data: ProgressData, id: string, state: ProgressState, now: Date): ProgressData {
  if (!isProgressState(state)) throw new TypeError(`unknown progress state ${String(state)}`);
  const next = clone(data);
  delete next.orphans[id];
  next.states[id] = { state, updatedAt: now.toISOString() };
  return next;
}

function newer(a: { updatedAt: string }, b: { updatedAt: string } | undefined): boolean {
  return b === undefined || Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

/**
 * Moves ids the current map does not have into `orphans`, and orphans whose id is back into
 * `states` (when an id is in both, the newer entry wins).
 */
export function reconcile(data: ProgressData, knownIds: Iterable<string>): ProgressData {
  const known = knownIds instanceof Set ? (knownIds as Set<string>) : new Set(knownIds);
  const next = emptyProgress();
  next.cards = { ...data.cards };
  if (data.review) next.review = { ...data.review };
  for (const table of [data.states, data.orphans]) {
    for (const [id, entry] of Object.entries(table)) {
      const target = known.has(id) ? next.states : next.orphans;
      if (newer(entry, target[id])) target[id] = entry;
    }
  }
  return next;
}

export interface MergeReport {
  data: ProgressData;
  /** Card schedules: ids added, replaced by a newer one, kept. */
  cards: { added: string[]; updated: string[]; kept: string[] };
  /** The review settings: taken from the file (newer), kept (as new or newer, or none in the file). */
  review: 'updated' | 'kept';
  /** Ids that were not stored before. */
  added: string[];
  /** Ids whose stored entry was older and got replaced. */
  updated: string[];
  /** Ids where the stored entry was as new or newer and stayed. */
  kept: string[];
}

/** Merges imported entries (and card schedules) into `current`: per id, the newer `updatedAt` wins; ties keep current. */
export function mergeProgress(
  current: ProgressData,
  incoming: Record<string, ProgressEntry>,
  incomingCards: Record<string, CardEntry> = {},
  incomingReview?: ReviewSettings,
): MergeReport {
  const next = clone(current);
  const added: string[] = [];
  const updated: string[] = [];
  const kept: string[] = [];
  for (const id of Object.keys(incoming).sort()) {
    const entry = incoming[id]!;
    const inStates = next.states[id];
    const inOrphans = next.orphans[id];
    const existing = inStates ?? inOrphans;
    if (existing === undefined) {
      next.states[id] = { ...entry };
      added.push(id);
    } else if (newer(entry, existing)) {
      if (inStates) next.states[id] = { ...entry };
      else next.orphans[id] = { ...entry };
      updated.push(id);
    } else {
      kept.push(id);
    }
  }
  const cards: MergeReport['cards'] = { added: [], updated: [], kept: [] };
  for (const id of Object.keys(incomingCards).sort()) {
    const entry = incomingCards[id]!;
    const existing = next.cards[id];
    if (existing === undefined) cards.added.push(id);
    else if (newer(entry, existing)) cards.updated.push(id);
    else {
      cards.kept.push(id);
      continue;
    }
    next.cards[id] = { ...entry };
  }
  const review = incomingReview !== undefined && newer(incomingReview, next.review) ? 'updated' : 'kept';
  if (review === 'updated') next.review = { ...incomingReview! };
  return { data: next, cards, review, added, updated, kept };
}

export function toExportFile(data: ProgressData, site: string, exportedAt: Date): ProgressExport {
  const states: Record<string, ProgressEntry> = {};
  for (const id of [...Object.keys(data.states), ...Object.keys(data.orphans)].sort()) {
    const a = data.states[id];
    const b = data.orphans[id];
    states[id] = a && b ? (newer(b, a) ? b : a) : (a ?? b)!;
  }
  const cards: Record<string, CardEntry> = {};
  for (const id of Object.keys(data.cards).sort()) cards[id] = data.cards[id]!;
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, site, exportedAt: exportedAt.toISOString(), states, cards, ...(data.review ? { review: { ...data.review } } : {}) };
}

/** States of ids in the current map that are set to something other than not-started (the `k8smap:progress` event detail). */
export function activeStates(data: ProgressData): Record<string, Exclude<ProgressState, 'not-started'>> {
  const out: Record<string, Exclude<ProgressState, 'not-started'>> = {};
  for (const [id, e] of Object.entries(data.states)) if (e.state !== 'not-started') out[id] = e.state;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Summaries over the build-time progress data (progress-data.json)

/**
 * Counted concepts: everything but the map root and the branches (the root's children) that are
 * topics, which are headings that group concepts rather than something to learn by themselves.
 * Their state can still be set and is kept. Deeper `topic` nodes (kubelet, scheduler…) are
 * counted, and so is a branch that is a concept to learn: with no map.md the notes' own objects
 * (`Pod`, `Deployment`) are the branches (views/progress-data.ts `branchTotals` agrees).
 */
export function isCounted(graph: ProgressGraph, c: ProgressConcept): boolean {
  return c.id !== graph.root && (c.kind !== 'topic' || !graph.branches.some((b) => b.id === c.id));
}

export interface Counts {
  total: number;
  learned: number;
  learning: number;
  skipped: number;
}

export interface ProgressSummary {
  overall: Counts;
  branches: { id: string; title: string; titleEn?: string; counts: Counts }[];
}

function zero(): Counts {
  return { total: 0, learned: 0, learning: 0, skipped: 0 };
}

function add(counts: Counts, state: ProgressState): void {
  counts.total++;
  if (state !== 'not-started') counts[state]++;
}

/**
 * Counts by state, overall and per branch. With `only`, the concepts counted are those of it
 * alone: the map counts its branches' shares over the concepts it draws (a concept mined from the
 * notes beside a map.md may stay off the map, in a branch: map-data.ts counts `shareMax` alike).
 */
export function summarize(graph: ProgressGraph, data: ProgressData, only?: ReadonlySet<string>): ProgressSummary {
  const overall = zero();
  const byBranch = new Map(graph.branches.map((b) => [b.id, zero()]));
  for (const c of graph.concepts) {
    if (!isCounted(graph, c) || (only && !only.has(c.id))) continue;
    const state = data.states[c.id]?.state ?? 'not-started';
    add(overall, state);
    const b = byBranch.get(c.branch);
    if (b) add(b, state);
  }
  return { overall, branches: graph.branches.map((b) => ({ ...b, counts: byBranch.get(b.id)! })) };
}

// ---------------------------------------------------------------------------------------------
// Card schedules

/** The part of a published card (cards.json) the store needs. */
export interface PublishedCard {
  id: string;
  concept: string;
  answerHash: string;
}

/** `pod/q-1a2b3c4d` → `pod`. */
export function cardConcept(cardId: string): string {
  const i = cardId.lastIndexOf('/');
  return i === -1 ? '' : cardId.slice(0, i);
}

export function setCardEntry(data: ProgressData, id: string, entry: CardEntry): ProgressData {
  const next = clone(data);
  next.cards[id] = entry;
  return next;
}

/**
 * Re-attaches the schedules of cards whose id the site no longer publishes (their question was
 * edited, and they have no explicit `{#id}`) to a published card of the same concept that has no
 * schedule yet:
 *   1. the one whose answer hash equals the hash stored with the schedule (only the question
 *      changed), if exactly one card has it;
 *   2. else, when the concept has exactly one unscheduled card and exactly one schedule of a
 *      card it no longer has, that card (question and answer both edited).
 * Anything else stays under its old id (kept, exported, re-attached if the id comes back).
 * Returns the same object when nothing moved.
 */
export function reattachCards(data: ProgressData, published: readonly PublishedCard[]): ProgressData {
  const ids = new Set(published.map((c) => c.id));
  const lost = Object.keys(data.cards).filter((id) => !ids.has(id)).sort();
  if (lost.length === 0) return data;
  const free = new Map<string, PublishedCard[]>();
  for (const c of published) {
    if (data.cards[c.id]) continue;
    const list = free.get(c.concept);
    if (list) list.push(c);
    else free.set(c.concept, [c]);
  }
  let next: ProgressData | undefined;
  const lostByConcept = new Map<string, string[]>();
  for (const id of lost) {
    const c = cardConcept(id);
    lostByConcept.set(c, [...(lostByConcept.get(c) ?? []), id]);
  }
  for (const [concept, oldIds] of lostByConcept) {
    for (const oldId of oldIds) {
      const candidates = free.get(concept) ?? [];
      if (candidates.length === 0) break;
      const entry = (next ?? data).cards[oldId]!;
      const sameAnswer = candidates.filter((c) => entry.answerHash !== undefined && c.answerHash === entry.answerHash);
      let target: PublishedCard | undefined;
      if (sameAnswer.length === 1) target = sameAnswer[0];
      else if (candidates.length === 1 && oldIds.length === 1) target = candidates[0];
      if (!target) continue;
      next ??= clone(data);
      next.cards[target.id] = entry;
      delete next.cards[oldId];
      free.set(concept, candidates.filter((c) => c !== target));
    }
  }
  return next ?? data;
}
