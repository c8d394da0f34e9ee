/**
 * perf60: the mine stage's fold split into each note's **global patch** `G_k` and **local part**
 * `L_k` (docs/performance.md sections 63 and 65), and the delta path's decision checked against the
 * full fold.
 *
 * The mine stage is a fold over the free-form notes in their order: `S_k = step(S_{k-1}, note_k)`
 * (stages/mine.ts `mineNote`). `S` is projected here as a map from keys to canonical JSON
 * (`projectMineState`): every node (its fields; a Doc, a map item or a child as its file or id),
 * the name index's three tables (which names stand for which concepts, the initials, each
 * concept's named record and whether it shares its aliases array with the node), the identities,
 * the provenance, the note records (`ctx.notes`: another note's step reads their `defines`,
 * `valueField`), each note's home, the mined edges, the rejections, the two per-load tables of
 * mine.ts (`homeHow`, `stateFields`, fix30b's `pinnedHolders`) and the note ids taken. Only each note's passages
 * (`ctx.notePassages`: read by no other note's step, only by the same note's mentions and the later
 * stages) and the findings about its file (`ctx.diags`, which no step reads) are local. So `G_k` is the difference of the global projection across note k's step —
 * every write another note's step can read, whatever line of mine.ts made it — and `L_k` that of
 * the local one. Nothing is instrumented write by write: the projection after the step is compared
 * with the one before, so a write the code makes anywhere is in the patch.
 *
 * The claim (section 63): if exactly one note k changed (the same notes in the same order, one
 * note's input different) and its new step makes the same global patch (`G_k' = G_k`), every later
 * step sees the same state, makes the same patch, and the stage's result is the previous result
 * with `L_k` replaced. `deltaDecision` takes that decision from the previous load's record and the
 * new step's patch alone; `checkDelta` then verifies the claim against the whole new fold (every
 * other step's patches and the final state). The recording is O(notes × state) — a projection per
 * step —: a check for tests and the bench (`bench/mine-delta.mjs`), not for loads.
 */
import { createHash } from 'node:crypto';
import type { RootContent } from 'mdast';
import type { BuildContext, Node } from '../build-context.ts';

/** One note's step: its input's hash, and its global and local patches as canonical JSON. */
export interface StepRecord {
  file: string;
  /** SHA-1 of what the step reads of its own note: its text (the tree, reading and fences are made from it). */
  input: string;
  global: string;
  local: string;
}

/** A whole fold: the notes in order, each step's patches, the state after the last step. */
export interface MineRecord {
  root: string;
  /** SHA-1 of the global projection before the first note's step (the concept notes, the map, the identities they stand for). */
  initial: string;
  steps: StepRecord[];
  finalGlobal: Map<string, string>;
  finalLocal: Map<string, string>;
  /**
   * perf69: each note's running-text mentions (stages/mine.ts `MentionsOut`), by the notes' order,
   * as the load found or applied them after its fold; absent in a record made before them.
   */
  mentions?: unknown[];
}

export interface Projection {
  global: Map<string, string>;
  local: Map<string, string>;
}

/** The per-load tables of stages/mine.ts the projection reads (module-level WeakMaps there). */
export interface MineExtras {
  homeHow?: ReadonlyMap<string, string>;
  stateFields?: ReadonlyMap<string, string>;
  /** fix30b: the fields placed under the holder named nearest to them (never shared). */
  pinnedHolders?: ReadonlySet<string>;
  used: ReadonlySet<string>;
}

export const blockName = (b: RootContent) => `${b.type}@${b.position?.start.line ?? '?'}:${b.position?.start.column ?? '?'}-${b.position?.end.line ?? '?'}:${b.position?.end.column ?? '?'}`;

export function nodeJson(n: Node): string {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    if (v === undefined) continue;
    if (k === 'doc') o[k] = (v as { file: string }).file;
    else if (k === 'map') o[k] = (v as { id: string }).id;
    else if (k === 'children') o[k] = (v as Node[]).map((c) => c.id);
    else if (k === 'examples') o[k] = [...(v as Set<string>)];
    else if (k === 'excerpts') o[k] = (v as Node['excerpts']).map((e) => ({ ...e, blocks: e.blocks.map(blockName) }));
    else o[k] = v;
  }
  return JSON.stringify(o);
}

export const setsAsArrays = (_k: string, v: unknown) => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : v);

/**
 * perf62: while a recorder that tracks writes (mine-track.ts) is installed on the context, a whole
 * projection reads every node and table: `quiet` > 0 tells the tracker that these reads are the
 * projection's, not a step's (they mark nothing).
 */
export const tracking = { quiet: 0 };

/**
 * perf80: `f` run with the tracker's marks off (`tracking.quiet`): a step that reads every node to
 * find a few (mine.ts `mergeInto`, `areaTopic`) would otherwise mark every node, and the recorder
 * would project each of them again after that note (on the 869 dev chapters, 55 such steps made
 * the recorder a tenth of the mine stage). The reads must not write through the references they
 * return: a node written afterwards is got again from the map (`get`), which marks it.
 */
export function quietly<T>(f: () => T): T {
  tracking.quiet++;
  try {
    return f();
  } finally {
    tracking.quiet--;
  }
}

/** The mine state's projection (see the file's comment). */
export function projectMineState(ctx: BuildContext, extras: MineExtras): Projection {
  tracking.quiet++;
  try {
    return projectAll(ctx, extras);
  } finally {
    tracking.quiet--;
  }
}

function projectAll(ctx: BuildContext, extras: MineExtras): Projection {
  const g = new Map<string, string>();
  for (const n of ctx.nodes.values()) g.set(`node:${n.id}`, nodeJson(n));
  const ix = ctx.index as unknown as {
    byKey: Map<string, { id: string }[]>;
    byId: Map<string, { id: string; aliases: string[] }>;
    initials: Map<string, Set<string>>;
  };
  for (const [id, c] of ix.byId) g.set(`index.id:${id}`, JSON.stringify([c, c.aliases === ctx.nodes.get(id)?.aliases]));
  // (an entry that is not the concept's current record — a record added again keeps the old one in a name's list — with its content: lookup sorts by it)
  for (const [k, list] of ix.byKey) g.set(`index.name:${k}`, JSON.stringify(list.map((c) => (c === (ix.byId.get(c.id) as unknown) ? c.id : [c.id, c]))));
  for (const [k, set] of ix.initials) g.set(`index.initials:${k}`, JSON.stringify([...set]));
  for (const [k, id] of ctx.identities) g.set(`identity:${k}`, id);
  for (const [id, list] of ctx.provenance) g.set(`provenance:${id}`, JSON.stringify(list));
  for (const [file, note] of ctx.notes) g.set(`note:${file}`, JSON.stringify(note, setsAsArrays));
  for (const [file, home] of ctx.noteHome) g.set(`home:${file}`, JSON.stringify(home));
  ctx.minedEdges.forEach((e, i) => g.set(`edge:${i}`, JSON.stringify(e)));
  ctx.rejections?.forEach((r, i) => g.set(`rejection:${i}`, JSON.stringify(r)));
  for (const [id, how] of extras.homeHow ?? []) g.set(`homeHow:${id}`, how);
  for (const [id, f] of extras.stateFields ?? []) g.set(`stateField:${id}`, f);
  for (const id of extras.pinnedHolders ?? []) g.set(`pinned:${id}`, '1');
  for (const id of extras.used) g.set(`used:${id}`, '1');
  const l = new Map<string, string>();
  for (const [file, ps] of ctx.notePassages) l.set(`passages:${file}`, JSON.stringify(ps.map((p) => ({ ...p, blocks: p.blocks.map(blockName) }))));
  // the findings (a sink no step reads), by the file they are about
  const diags = new Map<string, unknown[]>();
  for (const d of ctx.diags.items) (diags.get(d.file) ?? diags.set(d.file, []).get(d.file)!).push(d);
  for (const [file, list] of diags) l.set(`diagnostics:${file}`, JSON.stringify(list));
  return { global: g, local: l };
}

/** What changed from `a` to `b`, as canonical JSON: each key whose value differs, in key order (null: gone). */
export function diffProjection(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string {
  const out: [string, string | null][] = [];
  for (const [k, v] of b) if (a.get(k) !== v) out.push([k, v]);
  for (const k of a.keys()) if (!b.has(k)) out.push([k, null]);
  out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return JSON.stringify(out);
}

/** Records a fold step by step (stages/mine.ts calls `step` after each note's step). */
export class PatchRecorder {
  private prev: Projection;
  readonly initial: string;
  readonly steps: StepRecord[] = [];
  private readonly ctx: BuildContext;
  private readonly extras: () => MineExtras;
  constructor(ctx: BuildContext, extras: () => MineExtras) {
    this.ctx = ctx;
    this.extras = extras;
    this.prev = projectMineState(ctx, extras());
    this.initial = createHash('sha1').update(diffProjection(new Map(), this.prev.global)).digest('hex');
  }
  step(file: string, text: string): void {
    const now = projectMineState(this.ctx, this.extras());
    this.steps.push({
      file,
      input: stepInput(text),
      global: diffProjection(this.prev.global, now.global),
      local: diffProjection(this.prev.local, now.local),
    });
    this.prev = now;
  }
  /** The projection after the last step recorded. */
  get current(): Projection {
    return this.prev;
  }
  /** After the state was replaced (a previous result taken): project it again. */
  reproject(): void {
    this.prev = projectMineState(this.ctx, this.extras());
  }
  finish(): MineRecord {
    return { root: this.ctx.root, initial: this.initial, steps: this.steps, finalGlobal: this.prev.global, finalLocal: this.prev.local };
  }
}

export type DeltaDecision = { path: 'delta'; index: number } | { path: 'fallback'; why: string };

/**
 * The delta path's decision, from the previous fold's record and the new fold's steps up to and
 * including the changed note's (nothing after it is read): delta when the notes are the same in the
 * same order, exactly one note's input differs, and its new step's global patch equals its old one.
 */
export function deltaDecision(prev: MineRecord, initial: string, next: readonly StepRecord[], files: readonly string[]): DeltaDecision {
  if (initial !== prev.initial) return { path: 'fallback', why: 'the state before the notes differs (a concept note or the map changed)' };
  if (prev.steps.length !== files.length || prev.steps.some((s, i) => s.file !== files[i])) return { path: 'fallback', why: 'notes added, removed, renamed or reordered' };
  let k = -1;
  for (let i = 0; i < next.length; i++) {
    if (next[i]!.input === prev.steps[i]!.input) continue;
    k = i;
    break;
  }
  if (k < 0) return next.length === files.length ? { path: 'fallback', why: 'no note changed' } : { path: 'fallback', why: 'the changed note not reached' };
  if (next[k]!.global !== prev.steps[k]!.global) return { path: 'fallback', why: `the global patch of ${prev.steps[k]!.file} differs` };
  return { path: 'delta', index: k };
}

/** The decision for a whole new fold, with the claim verified against it (tests, bench). */
export interface DeltaCheck {
  decision: DeltaDecision;
  /** When the decision is delta: where the new fold differs from the previous result with L_k replaced (empty: the claim held). */
  violations: string[];
}

export function checkDelta(prev: MineRecord, next: MineRecord): DeltaCheck {
  const files = next.steps.map((s) => s.file);
  const changed = next.steps.filter((s, i) => prev.steps[i]?.file === s.file && prev.steps[i]!.input !== s.input).length;
  let decision = deltaDecision(prev, next.initial, next.steps, files);
  if (decision.path === 'delta' && changed !== 1) decision = { path: 'fallback', why: `${changed} notes changed` };
  const violations: string[] = [];
  if (decision.path !== 'delta') return { decision, violations };
  const k = decision.index;
  next.steps.forEach((s, i) => {
    if (i === k) return;
    if (s.global !== prev.steps[i]!.global) violations.push(`global patch of ${s.file}`);
    if (s.local !== prev.steps[i]!.local) violations.push(`local part of ${s.file}`);
  });
  const diffG = JSON.parse(diffProjection(prev.finalGlobal, next.finalGlobal)) as [string, unknown][];
  for (const [key] of diffG) violations.push(`final state: ${key}`);
  const kLocal = [`passages:${files[k]}`, `diagnostics:${files[k]}`];
  const diffL = JSON.parse(diffProjection(prev.finalLocal, next.finalLocal)) as [string, unknown][];
  for (const [key] of diffL) if (!kLocal.includes(key)) violations.push(`final local part: ${key}`);
  return { decision, violations };
}

// ---- the modes: a record kept per content folder (in memory, and in the disk cache when the load has one)

/**
 * `off` (the default): the stage runs as before perf60. `check` (env K8SMAP_MINE_DELTA=check): the
 * whole fold runs and is recorded; when the decision is delta, the previous result `S_N` is taken
 * with the changed note's local part (perf61, stages/mine-state.ts), and both the fold's patches and
 * the taken state are compared with the fold's (violations counted). `take` (K8SMAP_MINE_DELTA=take):
 * the fold stops after the changed note's step when the decision is delta, and `S_N` is taken.
 */
export type MineDeltaMode = 'off' | 'check' | 'take';
/**
 * perf62: the default (`K8SMAP_MINE_DELTA` unset, or `setMineDeltaMode('default')`): the take mode
 * for a load with the disk cache, its record kept in the cache only (not in the process); a load
 * without the cache runs the plain fold. `K8SMAP_MINE_DELTA=off` turns it off.
 */
export type MineDeltaSetting = MineDeltaMode | 'default';
const envMode = process.env.K8SMAP_MINE_DELTA;
let mode: MineDeltaSetting = envMode === 'check' || envMode === 'take' || envMode === 'off' ? envMode : 'default';
const lastRecord = new Map<string, MineRecord>();

/** Counted by the check and take modes, for tests and the bench: the decisions, results taken, verifications that failed. */
export const mineDeltaCounts = { delta: 0, fallback: 0, violated: 0, taken: 0, notMaterialised: 0 };
/**
 * perf62: the check mode's comparison of the two recordings of the last fold (tests): the steps
 * compared, where the tracked recording (mine-track.ts) differed from the whole projection's, and
 * the steps in which the nodes were iterated (each node projected).
 */
export const recordingCheck = { steps: 0, violations: [] as string[], iteratedSteps: 0 };
/** The last check's result (tests). */
export let lastDeltaCheck: DeltaCheck | undefined;

/** Turn the check mode on or off (env K8SMAP_MINE_DELTA=check turns it on); off forgets the records. */
export function setMineDeltaCheck(on: boolean): void {
  setMineDeltaMode(on ? 'check' : 'off');
}

export function setMineDeltaMode(m: MineDeltaSetting): void {
  mode = m;
  if (m === 'off' || m === 'default') lastRecord.clear();
  lastDeltaCheck = undefined;
}

/** The setting (`default` unless the env or a test chose a mode). */
export function mineDeltaSetting(): MineDeltaSetting {
  return mode;
}

/** The mode of a load: with the default, `take` when the load has the disk cache, else `off`. */
export function mineDeltaMode(hasCache = false): MineDeltaMode {
  return mode === 'default' ? (hasCache ? 'take' : 'off') : mode;
}

/** The last fold recorded for `root` (tests, the bench). */
export function mineRecordOf(root: string): MineRecord | undefined {
  return lastRecord.get(root);
}

export function mineDeltaChecking(hasCache = false): boolean {
  return mineDeltaMode(hasCache) !== 'off';
}

/** The record of the last load of `root`: this process's (not with the default), else the disk cache's. */
export function previousRecord(root: string, cache?: { readMineRecord<T>(): T | undefined }): MineRecord | undefined {
  return (mode === 'default' ? undefined : lastRecord.get(root)) ?? cache?.readMineRecord<MineRecord>();
}

/** Keep `rec` as the last load's record of its folder (in the disk cache; and in the process, but not with the default). */
export function keepRecord(rec: MineRecord, cache?: { writeMineRecord(r: unknown): void }): void {
  if (mode !== 'default') lastRecord.set(rec.root, rec);
  cache?.writeMineRecord(rec);
}

export function noteDeltaCheck(check: DeltaCheck): void {
  lastDeltaCheck = check;
  if (check.decision.path === 'delta') mineDeltaCounts.delta++;
  else mineDeltaCounts.fallback++;
  if (check.violations.length > 0) mineDeltaCounts.violated++;
}

/**
 * perf62: a patch as the take mode's record keeps it — its SHA-1 (`[]` for an empty one): the decision
 * only compares a step's patch with the previous load's, and the record's file is 60% smaller
 * (the check mode's `PatchRecorder` keeps the patches themselves).
 */
export function patchDigest(patch: string): string {
  return patch === '[]' ? patch : createHash('sha1').update(patch).digest('base64');
}

/** The inputs' hash of a note's step (`StepRecord.input`). */
export function stepInput(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
