/**
 * Browser side of learning progress: one in-memory copy of the store per page, saved to
 * localStorage under `k8smap:<base>:progress`, and a document event whenever it changes.
 *
 * Contract with other scripts (the map):
 * - `document` receives `k8smap:progress` (CustomEvent, `detail: { states: Record<id, state> }`,
 *   only ids in the map whose state is learned / learning / skipped) once when progress is first
 *   read on a page and after every change (this page, an import, another tab).
 * - Dispatch `k8smap:progress-request` on `document` to have the current states sent again
 *   (for a script that started listening late).
 * - Dispatch `k8smap:progress-set` on `document` with `detail: { id, state }` to set a state
 *   (e.g. from the map's tooltip); or import `setProgress` from this module.
 */
import { basePath, withBase } from '../urls.ts';
import {
  activeStates,
  emptyProgress,
  isProgressState,
  progressStorageKey,
  readProgress,
  reconcile,
  setCardEntry,
  setConceptState,
  setNewCardsPerDay,
  stateOf,
  writeProgress,
  type CardEntry,
  type ImportError,
  type ProgressData,
  type ProgressGraph,
  type ProgressState,
  type StorageLike,
} from './store.ts';

export const PROGRESS_KEY = progressStorageKey(basePath);
export const PROGRESS_EVENT = 'k8smap:progress';

type Listener = (data: ProgressData) => void;

let data: ProgressData | undefined;
let storedProblem: ImportError | undefined;
let saveFailed = false;
const listeners = new Set<Listener>();
let started = false;

function storage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function load(): ProgressData {
  const s = storage();
  if (!s) return emptyProgress();
  const r = readProgress(s, PROGRESS_KEY);
  storedProblem = r.problem;
  return r.data;
}

function notify(): void {
  const current = getProgress();
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { states: activeStates(current) } }));
  for (const l of listeners) l(current);
}

function save(next: ProgressData): boolean {
  data = next;
  const s = storage();
  const ok = s !== null && writeProgress(s, PROGRESS_KEY, next);
  saveFailed = !ok;
  if (ok) storedProblem = undefined;
  notify();
  return ok;
}

/** The current progress (read from storage on first use). */
export function getProgress(): ProgressData {
  data ??= load();
  return data;
}

export function getState(id: string): ProgressState {
  return stateOf(getProgress(), id);
}

/** Problem with the stored value found on load (it was unreadable; a backup is kept on first save). */
export function storedProgressProblem(): ImportError | undefined {
  return storedProblem;
}

/** True when the last save was refused by the browser (storage disabled or full). */
export function lastSaveFailed(): boolean {
  return saveFailed;
}

/** Sets one concept's state, saves, and announces the change. False when it could not be saved. */
export function setProgress(id: string, state: ProgressState): boolean {
  return save(setConceptState(getProgress(), id, state, new Date()));
}

/** Saves one card's schedule (the review page), and announces the change. False when it could not be saved. */
export function setCardSchedule(id: string, entry: CardEntry): boolean {
  return save(setCardEntry(getProgress(), id, entry));
}

/** Saves the number of new self-check cards per day (the review page), and announces the change. False when it could not be saved. */
export function setReviewNewPerDay(count: number): boolean {
  return save(setNewCardsPerDay(getProgress(), count, new Date()));
}

/** Replaces the whole progress (import, reset). */
export function replaceProgress(next: ProgressData): boolean {
  return save(next);
}

/** Calls `fn` after every change, and once right away. */
export function onProgress(fn: Listener): void {
  listeners.add(fn);
  fn(getProgress());
}

let graphPromise: Promise<ProgressGraph> | undefined;

/**
 * Fetches `progress-data.json` (once per page) and moves ids the map no longer has into
 * `orphans` (and back), saving when that changed anything.
 */
export function loadProgressGraph(): Promise<ProgressGraph> {
  graphPromise ??= fetch(withBase('progress-data.json'), { cache: 'no-cache' })
    .then((r) => {
      if (!r.ok) throw new Error(`progress-data.json: HTTP ${r.status}`);
      return r.json() as Promise<ProgressGraph>;
    })
    .then((graph) => {
      const before = getProgress();
      const after = reconcile(before, graph.concepts.map((c) => c.id));
      if (JSON.stringify(after) !== JSON.stringify(before)) save(after);
      return graph;
    });
  return graphPromise;
}

/** Wires events once per page and announces the stored states. Safe to call many times. */
export function startProgress(): void {
  if (started) return;
  started = true;
  document.addEventListener('k8smap:progress-request', () => notify());
  document.addEventListener('k8smap:progress-set', (e) => {
    const detail = (e as CustomEvent<{ id?: unknown; state?: unknown }>).detail;
    if (detail && typeof detail.id === 'string' && detail.id !== '' && isProgressState(detail.state)) {
      setProgress(detail.id, detail.state);
    }
  });
  window.addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    data = load();
    notify();
  });
  notify();
}
