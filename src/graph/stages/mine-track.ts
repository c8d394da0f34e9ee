/**
 * perf62: the mine stage's fold recorded at the cost of what each step touches (docs/performance.md
 * section 67), instead of a projection of the whole state per step (mine-patch.ts `PatchRecorder`,
 * perf60/perf61: O(notes × state), 2.69× the CPU of a load that fills the cache).
 *
 * The delta decision needs, for every note k (the next load may change any one), the global patch
 * `G_k` its step made, and the stage's final state `S_N` (taken when one note changed and its new
 * patch is the old one). `G_k` is the difference of the projection (`projectMineState`, canonical
 * JSON per key) across the step: only the keys the step wrote can differ. So the recorder keeps the
 * projection once (`cur`, made whole before the first note), marks the keys a step may have written,
 * and at the step's end projects only those and compares them with `cur` — the same patch, as the
 * same string, as the whole projection's difference (`diffProjection`), kept as its digest
 * (`patchDigest`): the tests compare the two recorders step by step on the fixtures and dev sets.
 *
 * How a write is seen (installed on the context's own objects for the fold, removed after it):
 * - `ctx.nodes`: `get`, `set`, `delete` mark the node (a node is written through the reference a
 *   step gets from the map, or one it made and set); iterating the nodes (`values`, `entries`,
 *   `forEach`, the iterator) marks every node for that step. A node's mark also marks its name
 *   index record (`index.id:` — it shares the node's `aliases` array) and every name key whose list
 *   has held a record of it (a list's stale record is projected with its content).
 * - the name index: `add` and `remove` (the only writers of its private tables) mark the concept's
 *   record and its name keys; within them, the tables' `get`s mark (a list or set is changed in
 *   place), their `set` / `delete` always; `remove` marks the initials sets holding the id first.
 * - `ctx.provenance`, `ctx.notes` (lists and note records changed in place): `get`, `set`, `delete`;
 *   `ctx.identities`, `ctx.noteHome` (plain values): `set`, `delete`; the note ids taken (`used`)
 *   and fix30b's pinned holders: `add`, `delete`; the stage's two per-load maps (`homeHow`,
 *   `stateFields`, made by a step when first needed): adopted at a step's end — every key of a map
 *   first seen is marked — then `set` / `delete`.
 * - `ctx.minedEdges`, `ctx.rejections`: a Proxy for the fold, each index set or deleted (a `push`,
 *   a `splice`, an element replaced) marked, a shorter or longer `length` marking the indices between.
 * - locally, `ctx.notePassages` (`get`, `set`, `delete`) and the findings added since the last step
 *   (their files).
 * A whole projection made meanwhile (the check mode's `PatchRecorder`) marks nothing (`tracking.quiet`).
 */
import { createHash } from 'node:crypto';
import type { BuildContext, Node } from '../build-context.ts';
import type { Diagnostic } from '../model.ts';
import type { NamedConcept } from '../names.ts';
import { blockName, diffProjection, nodeJson, patchDigest, projectMineState, setsAsArrays, stepInput, tracking, type MineExtras, type MineRecord, type Projection, type StepRecord } from './mine-patch.ts';

const rawGet = Map.prototype.get;
const rawSet = Map.prototype.set;
const rawDelete = Map.prototype.delete;
const rawHas = Map.prototype.has;
const rawKeys = Map.prototype.keys;
const rawSetAdd = Set.prototype.add;
const rawSetDelete = Set.prototype.delete;

interface IndexTables {
  byKey: Map<string, NamedConcept[]>;
  byId: Map<string, NamedConcept>;
  initials: Map<string, Set<string>>;
  add(c: NamedConcept): void;
  remove(id: string): void;
}

type Patchable = Record<string | symbol, unknown>;

/** Records a fold step by step at the cost of what each step touches (see the file's comment); the same interface as `PatchRecorder`, each patch as its digest. */
export class TrackedRecorder {
  readonly initial: string;
  readonly steps: StepRecord[] = [];
  private readonly ctx: BuildContext;
  private readonly extras: () => MineExtras;
  private readonly cur: Projection;
  private readonly dirtyG = new Set<string>();
  private readonly dirtyL = new Set<string>();
  /**
   * perf84: the nodes marked since the last step (`node:<id>` in dirtyG): a node got again in the
   * same step is not marked again. Its marks are all in dirtyG already — the node's, its index
   * record's and those of every name key the record has held (`keysById` changes only while a
   * step is projected, after which dirtyG is emptied, and so is this set). On the generated 1,000
   * notes, 34,000 of 37,000 node marks were such repeats, each building its key strings again.
   */
  private readonly markedNodes = new Set<string>();
  private allNodes = false;
  /** Every name key whose list has held a record of the concept (current or older). */
  private readonly keysById = new Map<string, Set<string>>();
  private readonly diagByFile = new Map<string, Diagnostic[]>();
  private diagCount: number;
  private readonly undo: (() => void)[] = [];
  private readonly adopted: { homeHow?: Map<string, string>; stateFields?: Map<string, string>; pinned?: Set<string> } = {};
  private writing = 0;
  private installed = false;
  /** Steps in which the nodes were iterated (every node projected): for the bench and tests. */
  iteratedSteps = 0;

  constructor(ctx: BuildContext, extras: () => MineExtras) {
    this.ctx = ctx;
    this.extras = extras;
    this.cur = projectMineState(ctx, extras());
    this.initial = createHash('sha1').update(diffProjection(new Map(), this.cur.global)).digest('hex');
    const ix = this.index();
    for (const [k, list] of ix.byKey) for (const c of list) this.keyOf(c.id, k);
    for (const d of ctx.diags.items) this.diagOf(d);
    this.diagCount = ctx.diags.items.length;
    const e = extras();
    this.adopted = { homeHow: e.homeHow as Map<string, string> | undefined, stateFields: e.stateFields as Map<string, string> | undefined, pinned: e.pinnedHolders as Set<string> | undefined };
    this.install();
  }

  private index(): IndexTables {
    return this.ctx.index as unknown as IndexTables;
  }

  private keyOf(id: string, k: string): void {
    let s = this.keysById.get(id);
    if (!s) this.keysById.set(id, (s = new Set()));
    s.add(k);
  }

  private diagOf(d: Diagnostic): void {
    const list = this.diagByFile.get(d.file);
    if (list) list.push(d);
    else this.diagByFile.set(d.file, [d]);
  }

  // ---- marks

  private markRecord(id: string): void {
    this.dirtyG.add(`index.id:${id}`);
    for (const k of this.keysById.get(id) ?? []) this.dirtyG.add(`index.name:${k}`);
  }

  private markNode(id: string): void {
    if (this.markedNodes.has(id)) return;
    this.markedNodes.add(id);
    this.dirtyG.add(`node:${id}`);
    this.markRecord(id);
  }

  // ---- installing and removing the marks

  /** `obj[name] = fn` for the fold (an own property over the prototype's method), removed by `uninstall`. */
  private patch(obj: object, name: string | symbol, fn: (orig: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown): void {
    const o = obj as Patchable;
    const orig = o[name] as (...a: unknown[]) => unknown;
    const had = Object.prototype.hasOwnProperty.call(o, name);
    o[name] = fn(orig);
    this.undo.push(() => {
      if (had) o[name] = orig;
      else delete o[name];
    });
  }

  /** Mark `key(k)` on the map's `set` / `delete` (and `get` when `onGet` says so). */
  private trackMap<V>(map: Map<string, V>, mark: (k: string) => void, onGet: () => boolean): void {
    const quiet = () => tracking.quiet > 0;
    this.patch(map, 'get', () => function (this: Map<string, V>, k: unknown) {
      if (!quiet() && onGet()) mark(k as string);
      return rawGet.call(this, k);
    });
    this.patch(map, 'set', () => function (this: Map<string, V>, k: unknown, v: unknown) {
      if (!quiet()) mark(k as string);
      return rawSet.call(this, k, v);
    });
    this.patch(map, 'delete', () => function (this: Map<string, V>, k: unknown) {
      if (!quiet()) mark(k as string);
      return rawDelete.call(this, k);
    });
    this.patch(map, 'clear', (orig) => function (this: Map<string, V>) {
      if (!quiet()) for (const k of rawKeys.call(this)) mark(k as string);
      return orig.call(this);
    });
  }

  private trackSet(set: Set<string>, mark: (k: string) => void): void {
    const quiet = () => tracking.quiet > 0;
    this.patch(set, 'add', () => function (this: Set<string>, k: unknown) {
      if (!quiet()) mark(k as string);
      return rawSetAdd.call(this, k);
    });
    this.patch(set, 'delete', () => function (this: Set<string>, k: unknown) {
      if (!quiet()) mark(k as string);
      return rawSetDelete.call(this, k);
    });
    this.patch(set, 'clear', (orig) => function (this: Set<string>) {
      if (!quiet()) for (const k of this) mark(k);
      return orig.call(this);
    });
  }

  /** The array at `ctx[field]` behind a Proxy for the fold: each index written or deleted marks `prefix + i`. */
  private trackArray(field: 'minedEdges' | 'rejections', prefix: string): void {
    const target = (this.ctx as unknown as Record<string, unknown[] | undefined>)[field];
    if (!target) return;
    const mark = (i: number) => this.dirtyG.add(`${prefix}${i}`);
    const proxy = new Proxy(target, {
      set(t, p, v, r) {
        if (tracking.quiet === 0 && typeof p === 'string') {
          if (p === 'length') {
            const from = Math.min(t.length, Number(v));
            const to = Math.max(t.length, Number(v));
            for (let i = from; i < to; i++) mark(i);
          } else if (/^\d+$/.test(p)) mark(Number(p));
        }
        return Reflect.set(t, p, v, r);
      },
      deleteProperty(t, p) {
        if (tracking.quiet === 0 && typeof p === 'string' && /^\d+$/.test(p)) mark(Number(p));
        return Reflect.deleteProperty(t, p);
      },
    });
    const ctx = this.ctx as unknown as Record<string, unknown>;
    ctx[field] = proxy;
    this.undo.push(() => {
      if (ctx[field] === proxy) ctx[field] = target;
    });
  }

  private install(): void {
    const ctx = this.ctx;
    const always = () => true;
    const never = () => false;
    // the nodes: any access marks (a node is written through the reference a step got)
    const nodes = ctx.nodes;
    this.trackMap(nodes, (k) => this.markNode(k), always);
    const iterated = () => {
      if (tracking.quiet === 0) this.allNodes = true;
    };
    for (const name of ['values', 'entries', 'forEach', Symbol.iterator] as const) {
      this.patch(nodes, name, (orig) => function (this: Map<string, Node>, ...a: unknown[]) {
        iterated();
        return orig.apply(this, a);
      });
    }
    // the name index: its two writers, and its tables' reads inside them
    const ix = this.index();
    const inWrite = () => this.writing > 0;
    this.patch(ix, 'add', (orig) => (c: unknown) => {
      if (tracking.quiet === 0) this.markRecord((c as NamedConcept).id);
      this.writing++;
      try {
        return orig.call(ix, c);
      } finally {
        this.writing--;
      }
    });
    this.patch(ix, 'remove', (orig) => (id: unknown) => {
      if (tracking.quiet === 0) {
        this.markRecord(id as string);
        for (const [k, set] of ix.initials) if (set.has(id as string)) this.dirtyG.add(`index.initials:${k}`);
      }
      this.writing++;
      try {
        return orig.call(ix, id);
      } finally {
        this.writing--;
      }
    });
    this.trackMap(ix.byKey, (k) => this.dirtyG.add(`index.name:${k}`), inWrite);
    this.trackMap(ix.byId, (k) => this.markRecord(k), never);
    this.trackMap(ix.initials, (k) => this.dirtyG.add(`index.initials:${k}`), inWrite);
    // the other global tables
    this.trackMap(ctx.identities, (k) => this.dirtyG.add(`identity:${k}`), never);
    this.trackMap(ctx.provenance, (k) => this.dirtyG.add(`provenance:${k}`), always);
    this.trackMap(ctx.notes, (k) => this.dirtyG.add(`note:${k}`), always);
    this.trackMap(ctx.noteHome, (k) => this.dirtyG.add(`home:${k}`), never);
    this.trackSet(this.extras().used as Set<string>, (k) => this.dirtyG.add(`used:${k}`));
    if (this.adopted.homeHow) this.trackMap(this.adopted.homeHow, (k) => this.dirtyG.add(`homeHow:${k}`), never);
    if (this.adopted.stateFields) this.trackMap(this.adopted.stateFields, (k) => this.dirtyG.add(`stateField:${k}`), never);
    if (this.adopted.pinned) this.trackSet(this.adopted.pinned, (k) => this.dirtyG.add(`pinned:${k}`));
    this.trackArray('minedEdges', 'edge:');
    this.trackArray('rejections', 'rejection:');
    // locally: each note's passages
    this.trackMap(ctx.notePassages, (k) => this.dirtyL.add(`passages:${k}`), always);
    this.installed = true;
  }

  /** Remove every mark installed on the context (the fold is over, or its state is being replaced). */
  uninstall(): void {
    if (!this.installed) return;
    for (const u of this.undo.splice(0).reverse()) u();
    this.installed = false;
  }

  /** The stage's per-load tables made (or replaced) since the last step: every key of a new one marked, then tracked. */
  private adoptTables(): void {
    const e = this.extras();
    const adopt = <M extends Map<string, string> | Set<string>>(now: M | undefined, was: M | undefined, prefix: string, track: (m: M) => void): M | undefined => {
      if (now === was) return was;
      for (const m of [was, now]) if (m) for (const k of m.keys()) this.dirtyG.add(`${prefix}${k}`);
      if (now) track(now);
      return now;
    };
    this.adopted.homeHow = adopt(e.homeHow as Map<string, string> | undefined, this.adopted.homeHow, 'homeHow:', (m) => this.trackMap(m, (k) => this.dirtyG.add(`homeHow:${k}`), () => false));
    this.adopted.stateFields = adopt(e.stateFields as Map<string, string> | undefined, this.adopted.stateFields, 'stateField:', (m) => this.trackMap(m, (k) => this.dirtyG.add(`stateField:${k}`), () => false));
    this.adopted.pinned = adopt(e.pinnedHolders as Set<string> | undefined, this.adopted.pinned, 'pinned:', (m) => this.trackSet(m, (k) => this.dirtyG.add(`pinned:${k}`)));
  }

  /** The findings added since the last step (a sink only added to), by file. */
  private takeDiags(): void {
    const items = this.ctx.diags.items;
    if (items.length < this.diagCount) {
      // (never done by the stage: a sink emptied — every file's findings again)
      for (const f of this.diagByFile.keys()) this.dirtyL.add(`diagnostics:${f}`);
      this.diagByFile.clear();
      for (const d of items) this.diagOf(d);
      for (const f of this.diagByFile.keys()) this.dirtyL.add(`diagnostics:${f}`);
    } else {
      for (let i = this.diagCount; i < items.length; i++) {
        this.diagOf(items[i]!);
        this.dirtyL.add(`diagnostics:${items[i]!.file}`);
      }
    }
    this.diagCount = items.length;
  }

  // ---- one key's projection (the same text as projectMineState's for that key)

  private projectGlobal(key: string): string | undefined {
    const ctx = this.ctx;
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const rest = key.slice(at + 1);
    switch (kind) {
      case 'node': {
        const n = rawGet.call(ctx.nodes, rest) as Node | undefined;
        return n ? nodeJson(n) : undefined;
      }
      case 'index.id': {
        const c = rawGet.call(this.index().byId, rest) as NamedConcept | undefined;
        return c ? JSON.stringify([c, c.aliases === (rawGet.call(ctx.nodes, rest) as Node | undefined)?.aliases]) : undefined;
      }
      case 'index.name': {
        const ix = this.index();
        const list = rawGet.call(ix.byKey, rest) as NamedConcept[] | undefined;
        if (!list) return undefined;
        for (const c of list) this.keyOf(c.id, rest);
        return JSON.stringify(list.map((c) => (c === rawGet.call(ix.byId, c.id) ? c.id : [c.id, c])));
      }
      case 'index.initials': {
        const set = rawGet.call(this.index().initials, rest) as Set<string> | undefined;
        return set ? JSON.stringify([...set]) : undefined;
      }
      case 'identity':
        return rawGet.call(ctx.identities, rest) as string | undefined;
      case 'provenance': {
        const list = rawGet.call(ctx.provenance, rest);
        return list ? JSON.stringify(list) : undefined;
      }
      case 'note': {
        const note = rawGet.call(ctx.notes, rest);
        return note ? JSON.stringify(note, setsAsArrays) : undefined;
      }
      case 'home':
        return rawHas.call(ctx.noteHome, rest) ? JSON.stringify(rawGet.call(ctx.noteHome, rest)) : undefined;
      case 'edge':
      case 'rejection': {
        const list = kind === 'edge' ? ctx.minedEdges : ctx.rejections;
        const i = Number(rest);
        tracking.quiet++;
        try {
          return list && i < list.length ? JSON.stringify(list[i]) : undefined;
        } finally {
          tracking.quiet--;
        }
      }
      case 'homeHow':
        return this.adopted.homeHow ? (rawGet.call(this.adopted.homeHow, rest) as string | undefined) : undefined;
      case 'stateField':
        return this.adopted.stateFields ? (rawGet.call(this.adopted.stateFields, rest) as string | undefined) : undefined;
      case 'pinned':
        return this.adopted.pinned?.has(rest) ? '1' : undefined;
      case 'used':
        return this.extras().used.has(rest) ? '1' : undefined;
      default:
        throw new Error(`mine-track: unknown key ${key}`);
    }
  }

  private projectLocal(key: string): string | undefined {
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const file = key.slice(at + 1);
    if (kind === 'passages') {
      const ps = rawGet.call(this.ctx.notePassages, file) as { blocks: Parameters<typeof blockName>[0][] }[] | undefined;
      return ps ? JSON.stringify(ps.map((p) => ({ ...p, blocks: p.blocks.map(blockName) }))) : undefined;
    }
    const list = this.diagByFile.get(file);
    return list && list.length > 0 ? JSON.stringify(list) : undefined;
  }

  /** The difference across the step of the keys marked in it, as `diffProjection` writes it; `cur` brought up to date. */
  private patchOf(dirty: Set<string>, cur: Map<string, string>, project: (key: string) => string | undefined): string {
    const out: [string, string | null][] = [];
    for (const key of dirty) {
      const after = project(key);
      const before = cur.get(key);
      if (after === before) continue;
      out.push([key, after ?? null]);
      if (after === undefined) cur.delete(key);
      else cur.set(key, after);
    }
    dirty.clear();
    out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    return JSON.stringify(out);
  }

  step(file: string, text: string): void {
    this.adoptTables();
    this.takeDiags();
    if (this.allNodes) {
      this.iteratedSteps++;
      for (const id of rawKeys.call(this.ctx.nodes)) this.markNode(id as string);
      this.allNodes = false;
    }
    const global = patchDigest(this.patchOf(this.dirtyG, this.cur.global, (k) => this.projectGlobal(k)));
    // (dirtyG emptied: no node is marked now)
    this.markedNodes.clear();
    this.steps.push({
      file,
      input: stepInput(text),
      global,
      local: patchDigest(this.patchOf(this.dirtyL, this.cur.local, (k) => this.projectLocal(k))),
    });
  }

  /** The local projection of one file's keys, as the state is now (the changed note's, when a previous result is taken). */
  localOf(file: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const key of [`passages:${file}`, `diagnostics:${file}`]) {
      const v = this.projectLocal(key);
      if (v !== undefined) out.set(key, v);
    }
    return out;
  }

  /** The record of the whole fold: the marks removed, `S_N` projected once in the live state's order. */
  finish(): MineRecord {
    this.uninstall();
    const now = projectMineState(this.ctx, this.extras());
    return { root: this.ctx.root, initial: this.initial, steps: this.steps, finalGlobal: now.global, finalLocal: now.local };
  }
}
