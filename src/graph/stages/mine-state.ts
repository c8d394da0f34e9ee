/**
 * perf61: the mine stage's state `S` made live again from its projection (stages/mine-patch.ts
 * `projectMineState`), so that a load can take the previous load's result `S_N` instead of folding
 * every note (docs/performance.md sections 63, 65 and 66).
 *
 * The projection is canonical JSON per key; it was made to be compared, and holds what the live
 * state needs to be rebuilt: each node's fields (a Doc as its file, a map item as its id, children
 * as ids, the examples set as a list), the name index's three tables with, per concept, whether
 * its record shares the node's `aliases` array (`named(n)` keeps it: a later push is seen by the
 * index) and, for a name's list, which entries are the concept's current record and which an older
 * one (kept with its content: `lookup` sorts by it), the identities, the provenance, the note records
 * (their `defines` / `mentions` as sets), each note's home, the mined edges, the rejections, the
 * stage's two per-load tables and the note ids taken; locally, each note's passages (their blocks as
 * `type@line:col-line:col`, found again in this load's tree of the same bytes) and the findings by
 * file. `materialiseMineState` replaces the context's mine state with it; the test of this module
 * is that projecting the result gives the projection back, key for key (tests/unit/graph/
 * mine-state.test.ts), and that the graph built on from it equals a load without any cache.
 */
import type { RootContent } from 'mdast';
import type { BuildContext, Doc, Node, NoteInfo } from '../build-context.ts';
import type { Diagnostic } from '../model.ts';
import type { MapItem } from '../map-outline.ts';
import type { Passage } from '../mining.ts';
import { NameIndex, type NamedConcept } from '../names.ts';
import { valueSpellingSkips } from '../miner/value-spelling.ts';

/** Thrown when a projection cannot be made live (a block not found in this load's tree, an unknown Doc): the caller folds instead. */
export class NotMaterialisable extends Error {}

export interface LiveParts {
  /** Files whose local part (passages, findings) is taken from the live context, not the projection (the changed note's). */
  liveFiles: ReadonlySet<string>;
}

/** The per-load tables the mine stage keeps outside the context (stages/mine.ts). */
export interface MineTables {
  setHomeHow(m: Map<string, 'loose' | 'named'> | undefined): void;
  setStateFields(m: Map<string, string> | undefined): void;
  /** fix30b's fields placed under the holder named nearest to them. */
  setPinnedHolders(m: Set<string> | undefined): void;
  used: Set<string>;
}

const blockName = (b: RootContent) => `${b.type}@${b.position?.start.line ?? '?'}:${b.position?.start.column ?? '?'}-${b.position?.end.line ?? '?'}:${b.position?.end.column ?? '?'}`;

/** Every block of `doc`'s tree by its name (the first of a name, in document order, as a walk finds it). */
function blocksOf(doc: Doc): Map<string, RootContent> {
  const out = new Map<string, RootContent>();
  const walk = (list: readonly RootContent[]): void => {
    for (const n of list) {
      const k = blockName(n);
      if (!out.has(k)) out.set(k, n);
      if ('children' in n) walk(n.children as RootContent[]);
    }
  };
  walk(doc.tree.children);
  return out;
}

function mapItemsById(items: readonly MapItem[], out = new Map<string, MapItem>()): Map<string, MapItem> {
  for (const it of items) {
    out.set(it.id, it);
    mapItemsById(it.children, out);
  }
  return out;
}

/**
 * Replace `ctx`'s mine state by the one `global` and `local` project (a previous load's `S_N`), the
 * files of `live.liveFiles` keeping this load's local parts. Throws `NotMaterialisable` before
 * changing anything when a reference cannot be resolved in this load.
 */
export function materialiseMineState(ctx: BuildContext, global: ReadonlyMap<string, string>, local: ReadonlyMap<string, string>, tables: MineTables, live: LiveParts): void {
  const docs = new Map<string, Doc>(ctx.docs.map((d) => [d.file, d]));
  if (ctx.mapDoc) docs.set(ctx.mapDoc.file, ctx.mapDoc);
  const items = mapItemsById(ctx.mapItems);
  // ---- nodes, first without their children (made from ids once every node exists)
  const nodes = new Map<string, Node>();
  const childIds = new Map<Node, string[]>();
  const byIndex = new Map<string, string>();
  const byName: [string, string][] = [];
  const initials: [string, string][] = [];
  const identities: [string, string][] = [];
  const provenance: [string, string][] = [];
  const notes: [string, string][] = [];
  const homes: [string, string][] = [];
  const edges: [number, string][] = [];
  const rejections: [number, string][] = [];
  const homeHow: [string, string][] = [];
  const stateFields: [string, string][] = [];
  const pinned: string[] = [];
  const used: string[] = [];
  for (const [key, json] of global) {
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const rest = key.slice(at + 1);
    switch (kind) {
      case 'node': {
        const o = JSON.parse(json) as Record<string, unknown>;
        const n = {} as Record<string, unknown>;
        for (const [k, v] of Object.entries(o)) {
          if (k === 'doc') {
            const d = docs.get(v as string);
            if (!d) throw new NotMaterialisable(`node ${rest}: no doc ${String(v)}`);
            n[k] = d;
          } else if (k === 'map') {
            const m = items.get(v as string);
            if (!m) throw new NotMaterialisable(`node ${rest}: no map item ${String(v)}`);
            n[k] = m;
          } else if (k === 'examples') n[k] = new Set(v as string[]);
          else if (k === 'excerpts') {
            if ((v as unknown[]).length > 0) throw new NotMaterialisable(`node ${rest}: excerpts before the render stage`);
            n[k] = [];
          } else n[k] = v;
        }
        if (o.children) childIds.set(n as unknown as Node, o.children as string[]);
        nodes.set(rest, n as unknown as Node);
        break;
      }
      case 'index.id':
        byIndex.set(rest, json);
        break;
      case 'index.name':
        byName.push([rest, json]);
        break;
      case 'index.initials':
        initials.push([rest, json]);
        break;
      case 'identity':
        identities.push([rest, json]);
        break;
      case 'provenance':
        provenance.push([rest, json]);
        break;
      case 'note':
        notes.push([rest, json]);
        break;
      case 'home':
        homes.push([rest, json]);
        break;
      case 'edge':
        edges.push([Number(rest), json]);
        break;
      case 'rejection':
        rejections.push([Number(rest), json]);
        break;
      case 'homeHow':
        homeHow.push([rest, json]);
        break;
      case 'stateField':
        stateFields.push([rest, json]);
        break;
      case 'pinned':
        pinned.push(rest);
        break;
      case 'used':
        used.push(rest);
        break;
      default:
        throw new NotMaterialisable(`unknown key ${key}`);
    }
  }
  for (const [n, ids] of childIds) {
    n.children = ids.map((id) => {
      const c = nodes.get(id);
      if (!c) throw new NotMaterialisable(`node ${n.id}: no child ${id}`);
      return c;
    });
  }
  // ---- the local parts: passages (blocks found again in this load's trees) and findings
  const passages = new Map<string, Passage[]>();
  const diagFiles = new Map<string, Diagnostic[]>();
  const trees = new Map<string, Map<string, RootContent>>();
  for (const [key, json] of local) {
    const at = key.indexOf(':');
    const kind = key.slice(0, at);
    const file = key.slice(at + 1);
    if (live.liveFiles.has(file)) continue;
    if (kind === 'passages') {
      const doc = docs.get(file);
      if (!doc) throw new NotMaterialisable(`passages of ${file}: no doc`);
      const list = JSON.parse(json) as (Omit<Passage, 'blocks'> & { blocks: string[] })[];
      passages.set(
        file,
        list.map((p) => ({
          ...p,
          blocks: p.blocks.map((b) => {
            let t = trees.get(file);
            if (!t) trees.set(file, (t = blocksOf(doc)));
            const found = t.get(b);
            if (!found) throw new NotMaterialisable(`passages of ${file}: no block ${b}`);
            return found;
          }),
        })),
      );
    } else if (kind === 'diagnostics') diagFiles.set(file, JSON.parse(json) as Diagnostic[]);
    else throw new NotMaterialisable(`unknown local key ${key}`);
  }
  // ---- commit (nothing above changed the context)
  ctx.nodes = nodes;
  const index = new NameIndex(valueSpellingSkips);
  const ix = index as unknown as { byKey: Map<string, NamedConcept[]>; byId: Map<string, NamedConcept>; initials: Map<string, Set<string>> };
  for (const [id, json] of byIndex) {
    const [c, shared] = JSON.parse(json) as [NamedConcept, boolean];
    if (shared) c.aliases = nodes.get(id)!.aliases;
    ix.byId.set(id, c);
  }
  for (const [k, json] of byName) {
    const list = JSON.parse(json) as (string | [string, NamedConcept])[];
    ix.byKey.set(k, list.map((e) => (typeof e === 'string' ? ix.byId.get(e)! : e[1])));
  }
  for (const [k, json] of initials) ix.initials.set(k, new Set(JSON.parse(json) as string[]));
  ctx.index = index;
  ctx.identities = new Map(identities);
  ctx.provenance = new Map(provenance.map(([id, json]) => [id, JSON.parse(json)]));
  // (the live passages of the changed note, and the findings about its file, stay as this load made them)
  const livePassages = new Map([...ctx.notePassages].filter(([f]) => live.liveFiles.has(f)));
  ctx.notes = new Map(
    notes.map(([file, json]) => {
      const o = JSON.parse(json) as Omit<NoteInfo, 'defines' | 'mentions'> & { defines: string[]; mentions: string[] };
      return [file, { ...o, defines: new Set(o.defines), mentions: new Set(o.mentions) } as NoteInfo];
    }),
  );
  ctx.noteHome = new Map(homes.map(([f, json]) => [f, JSON.parse(json) as string | null]));
  ctx.minedEdges = edges.sort((a, b) => a[0] - b[0]).map(([, json]) => JSON.parse(json));
  if (ctx.rejections) ctx.rejections = rejections.sort((a, b) => a[0] - b[0]).map(([, json]) => JSON.parse(json));
  tables.setHomeHow(homeHow.length > 0 ? new Map(homeHow as [string, 'loose' | 'named'][]) : undefined);
  tables.setStateFields(stateFields.length > 0 ? new Map(stateFields) : undefined);
  tables.setPinnedHolders(pinned.length > 0 ? new Set(pinned) : undefined);
  tables.used.clear();
  for (const id of used) tables.used.add(id);
  // passages in the projection's order, the live ones where they were (or at the end)
  const notePassages = new Map<string, Passage[]>();
  for (const key of local.keys()) {
    if (!key.startsWith('passages:')) continue;
    const file = key.slice('passages:'.length);
    const p = live.liveFiles.has(file) ? livePassages.get(file) : passages.get(file);
    if (p) notePassages.set(file, p);
  }
  for (const [f, p] of livePassages) if (!notePassages.has(f)) notePassages.set(f, p);
  ctx.notePassages = notePassages;
  // findings: the projection's, by file, the live files' as this load made them (assemble sorts them)
  const liveDiags = ctx.diags.items.filter((d) => live.liveFiles.has(d.file) || !diagFiles.has(d.file));
  ctx.diags.items.length = 0;
  for (const list of diagFiles.values()) ctx.diags.items.push(...list);
  ctx.diags.items.push(...liveDiags);
}
