/**
 * Learning progress: a pure module (no DOM, no clock, no global storage) that reads, changes,
 * merges, validates and summarises what a reader marked as learned / learning / skipped.
 * The browser glue lives in `client.ts`; this file is unit tested with a fake Storage.
 *
 * Stored value (localStorage, key `k8smap:<base path>:progress`, one per site):
 *
 *   { "version": 1,
 *     "states":  { "<concept id>": { "state": "learned", "updatedAt": "2024-05-01T10:00:00.000Z" } },
 *     "orphans": { "<id no longer in the map>": { "state": "learning", "updatedAt": "…" } } }
 *
 * Entries are keyed by concept id, so they survive reloads and content rebuilds. An id that the
 * current map no longer has is moved to `orphans` (kept, shown on the progress page) and moved
 * back when the id returns. `not-started` is stored too once a reader sets it, so that a merge
 * can tell "reset later" from "never touched".
 *
 * Export file (what "export" downloads and "import" accepts), see docs/progress-export.md:
 *
 *   { "format": "k8smap-progress", "version": 1, "site": "https://host/base/",
 *     "exportedAt": "2024-05-01T10:00:00.000Z",
 *     "states": { "<id>": { "state": "learned", "updatedAt": "…" } } }
 *
 * `states` in the file holds everything the reader has, orphans included. Import merges entry
 * by entry; the newer `updatedAt` wins (on a tie the entry already stored stays).
 */

import type { ProgressConcept, ProgressGraph } from '../../views/progress-data.ts';

export type { ProgressConcept, ProgressGraph };

export const PROGRESS_VERSION = 1;
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

export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  states: Record<string, ProgressEntry>;
  orphans: Record<string, ProgressEntry>;
}

export interface ProgressExport {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** Which site wrote the file (origin + base path). Informational: any site may import it. */
  site: string;
  exportedAt: string;
  states: Record<string, ProgressEntry>;
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
  return { version: PROGRESS_VERSION, states: {}, orphans: {} };
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
  if (obj.version !== PROGRESS_VERSION) {
    return { ok: false, error: { code: 'wrong-version', detail: `version ${describe(obj.version)}, this site reads version ${PROGRESS_VERSION}` } };
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
  const extra = checkKeys(obj, ['format', 'version', 'site', 'exportedAt', 'states'], 'the file');
  if (extra) return extra;
  if (typeof obj.site !== 'string') return shapeError(`"site" must be a string, found ${describe(obj.site)}`);
  if (!isTime(obj.exportedAt)) return shapeError(`"exportedAt" must be an ISO 8601 time, found ${describe(obj.exportedAt)}`);
  const states = parseEntries(obj.states, 'states');
  if (!states.ok) return states;
  return {
    ok: true,
    value: { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, site: obj.site, exportedAt: obj.exportedAt, states: states.value },
  };
}

/** Validates the stored value (same rules as an import, `orphans` allowed). */
export function parseStoredProgress(text: string): ParseResult<ProgressData> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const obj = json.value;
  if (!isPlainObject(obj)) return shapeError(`stored progress must be a JSON object, found ${describe(obj)}`);
  const version = checkVersion(obj);
  if (version) return version;
  const extra = checkKeys(obj, ['version', 'states', 'orphans'], 'stored progress');
  if (extra) return extra;
  const states = parseEntries(obj.states, 'states');
  if (!states.ok) return states;
  const orphans = parseEntries(obj.orphans ?? {}, 'orphans');
  if (!orphans.ok) return orphans;
  return { ok: true, value: { version: PROGRESS_VERSION, states: states.value, orphans: orphans.value } };
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
  return { version: PROGRESS_VERSION, states: { ...data.states }, orphans: { ...data.orphans } };
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

function newer(a: ProgressEntry, b: ProgressEntry | undefined): boolean {
  return b === undefined || Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

/**
 * Moves ids the current map does not have into `orphans`, and orphans whose id is back into
 * `states` (when an id is in both, the newer entry wins).
 */
export function reconcile(data: ProgressData, knownIds: Iterable<string>): ProgressData {
  const known = knownIds instanceof Set ? (knownIds as Set<string>) : new Set(knownIds);
  const next = emptyProgress();
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
  /** Ids that were not stored before. */
  added: string[];
  /** Ids whose stored entry was older and got replaced. */
  updated: string[];
  /** Ids where the stored entry was as new or newer and stayed. */
  kept: string[];
}

/** Merges imported entries into `current`: per id, the newer `updatedAt` wins; ties keep current. */
export function mergeProgress(current: ProgressData, incoming: Record<string, ProgressEntry>): MergeReport {
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
  return { data: next, added, updated, kept };
}

export function toExportFile(data: ProgressData, site: string, exportedAt: Date): ProgressExport {
  const states: Record<string, ProgressEntry> = {};
  for (const id of [...Object.keys(data.states), ...Object.keys(data.orphans)].sort()) {
    const a = data.states[id];
    const b = data.orphans[id];
    states[id] = a && b ? (newer(b, a) ? b : a) : (a ?? b)!;
  }
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, site, exportedAt: exportedAt.toISOString(), states };
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
 * Counted concepts: everything but the map root and the branches (the root's children), which
 * are headings that group concepts rather than something to learn by themselves. Their state
 * can still be set and is kept. Deeper `topic` nodes (kubelet, scheduler…) are counted.
 */
export function isCounted(graph: ProgressGraph, c: ProgressConcept): boolean {
  return c.id !== graph.root && !graph.branches.some((b) => b.id === c.id);
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

export function summarize(graph: ProgressGraph, data: ProgressData): ProgressSummary {
  const overall = zero();
  const byBranch = new Map(graph.branches.map((b) => [b.id, zero()]));
  for (const c of graph.concepts) {
    if (!isCounted(graph, c)) continue;
    const state = data.states[c.id]?.state ?? 'not-started';
    add(overall, state);
    const b = byBranch.get(c.branch);
    if (b) add(b, state);
  }
  return { overall, branches: graph.branches.map((b) => ({ ...b, counts: byBranch.get(b.id)! })) };
}

/**
 * "What next": counted concepts that are not learned (nor skipped) and whose prerequisites
 * are all learned, in learning order. Prerequisites missing from the map do not block.
 */
export function whatNext(graph: ProgressGraph, data: ProgressData, limit = Infinity): ProgressConcept[] {
  const known = new Set(graph.concepts.map((c) => c.id));
  const out: ProgressConcept[] = [];
  for (const c of graph.concepts) {
    if (out.length >= limit) break;
    if (!isCounted(graph, c)) continue;
    const state = data.states[c.id]?.state ?? 'not-started';
    if (state === 'learned' || state === 'skipped') continue;
    const ready = c.prerequisites.every((p) => !known.has(p) || data.states[p]?.state === 'learned');
    if (ready) out.push(c);
  }
  return out;
}
