/**
 * View: the local graph on a concept page — the concept, its neighbours (one or two steps over
 * any edge type) and the edges between them, placed on concentric ellipses (ring 1: direct
 * neighbours, ring 2: neighbours of neighbours) with radii grown until no two label boxes
 * overlap. Deterministic (no randomness, no force simulation); pure; the work is proportional
 * to the neighbourhood. The browser script (src/scripts/map/local-graph.ts) imports the types.
 */
import type { Concept, Edge, EdgeType } from '../graph/model.ts';
import { nodeBox, type NodeBox } from '../graph/layout.ts';

export interface LocalNode {
  id: string;
  zh: string;
  en: string;
  k: Concept['kind'];
  n: 0 | 1;
  st?: string;
  /** 0 = the concept itself, 1 = direct neighbour, 2 = two steps away. */
  ring: 0 | 1 | 2;
  fs: number;
  w: number;
  h: number;
  x: number;
  y: number;
}

export interface LocalEdge {
  s: string;
  t: string;
  ty: EdgeType;
  l?: string;
}

export interface LocalGraphData {
  center: string;
  depth: 1 | 2;
  nodes: LocalNode[];
  edges: LocalEdge[];
  /** Neighbours left out to keep the picture readable. */
  omitted: number;
}

export interface LocalGraphSource {
  byId: Map<string, Concept>;
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
}

/** Which neighbours come first (and sit first on the ring, from the top, clockwise). */
const PRIORITY: Record<EdgeType, number> = { child: 0, prerequisite: 1, transition: 2, related: 3, mentions: 4 };

interface Neighbour {
  id: string;
  rank: number;
}

interface Memo {
  neighbours: Map<string, Neighbour[]>;
  outByTarget: Map<string, Map<string, Edge[]>>;
  /** Concepts numbered, for counting distinct second-ring candidates with a stamp array. */
  number: Map<string, number>;
  /** The neighbours of a concept as numbers, in `neighbours` order. */
  neighbourNumbers: Map<string, Int32Array>;
  /** `stamp[n] === round`: concept n was seen in the current count. */
  stamp: Uint32Array;
  round: number;
}

/** Neighbour lists, edges by target and concept numbers, computed once per graph (they depend only on the graph). */
const memo = new WeakMap<LocalGraphSource, Memo>();

function memoOf(src: LocalGraphSource): Memo {
  let m = memo.get(src);
  if (!m) {
    const number = new Map<string, number>();
    for (const id of src.byId.keys()) number.set(id, number.size);
    m = { neighbours: new Map(), outByTarget: new Map(), number, neighbourNumbers: new Map(), stamp: new Uint32Array(number.size), round: 0 };
    memo.set(src, m);
  }
  return m;
}

function neighbourNumbers(src: LocalGraphSource, m: Memo, id: string): Int32Array {
  let list = m.neighbourNumbers.get(id);
  if (!list) {
    list = Int32Array.from(neighbours(src, id), (nb) => m.number.get(nb.id)!);
    m.neighbourNumbers.set(id, list);
  }
  return list;
}

/**
 * The second ring's candidates: the neighbours of the ring-1 nodes (in ring order, each list
 * best first) that are not already included, without repeats. Returns the first `budget` of
 * them and how many there are in all. Counting is what costs at 10,000 notes (a ring-1 hub has
 * thousands of neighbours, on every page next to it), so it runs over numbers and a stamp array
 * instead of a Set of ids; the result is the same.
 */
function secondRing(src: LocalGraphSource, ring1: readonly string[], included: ReadonlySet<string>, budget: number): { first: string[]; total: number } {
  const m = memoOf(src);
  if (++m.round === 0xffffffff) {
    m.stamp.fill(0);
    m.round = 1;
  }
  const { stamp, round } = m;
  for (const id of included) {
    const n = m.number.get(id);
    if (n !== undefined) stamp[n] = round;
  }
  const first: string[] = [];
  let total = 0;
  for (const n1 of ring1) {
    const list = neighbourNumbers(src, m, n1);
    const names = neighbours(src, n1);
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (stamp[n] === round) continue;
      stamp[n] = round;
      total++;
      if (first.length < budget) first.push(names[i]!.id);
    }
  }
  return { first, total };
}

/** The neighbours of `id`, best first (computed once per concept and graph). */
function neighbours(src: LocalGraphSource, id: string): Neighbour[] {
  const cache = memoOf(src).neighbours;
  let list = cache.get(id);
  if (!list) {
    list = computeNeighbours(src, id);
    cache.set(id, list);
  }
  return list;
}

function computeNeighbours(src: LocalGraphSource, id: string): Neighbour[] {
  const best = new Map<string, number>();
  const add = (other: string, rank: number): void => {
    if (other === id || !src.byId.has(other)) return;
    const prev = best.get(other);
    if (prev === undefined || rank < prev) best.set(other, rank);
  };
  for (const e of src.incoming.get(id) ?? []) add(e.from, e.type === 'child' ? -1 : PRIORITY[e.type] + 0.5);
  for (const e of src.outgoing.get(id) ?? []) add(e.to, PRIORITY[e.type]);
  const order = (x: string): number => src.byId.get(x)!.order;
  return [...best.entries()]
    .map(([nid, rank]) => ({ id: nid, rank }))
    .sort((a, b) => a.rank - b.rank || order(a.id) - order(b.id) || (a.id < b.id ? -1 : 1));
}

/** The outgoing edges of `id` grouped by target, each group in edge order (computed once per concept and graph). */
function outgoingByTarget(src: LocalGraphSource, id: string): Map<string, Edge[]> {
  const cache = memoOf(src).outByTarget;
  let byTarget = cache.get(id);
  if (!byTarget) {
    byTarget = new Map();
    for (const e of src.outgoing.get(id) ?? []) {
      const list = byTarget.get(e.to);
      if (list) list.push(e);
      else byTarget.set(e.to, [e]);
    }
    cache.set(id, byTarget);
  }
  return byTarget;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 10;
/** Width / height of the rings (the aside the graph sits in is about square). */
const ASPECT = 1.1;

function overlaps(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP * 2 && Math.abs(a.y - b.y) * 2 < a.h + b.h + GAP * 2;
}

/** Places `ring` evenly on an ellipse (wider than tall), growing it until nothing overlaps. */
function placeRing(ring: LocalNode[], placed: LocalNode[], minR: number): number {
  if (ring.length === 0) return minR;
  const n = ring.length;
  // Each node's direction on the ring, computed once (the radius grows, the angles do not).
  const cos = new Float64Array(n);
  const sin = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n + (n % 2 === 0 ? Math.PI / n : 0);
    cos[i] = Math.cos(a);
    sin[i] = Math.sin(a);
  }
  let r = minR;
  for (let step = 0; step < 400; step++, r += 8) {
    for (let i = 0; i < n; i++) {
      const node = ring[i]!;
      node.x = Math.round(cos[i]! * r * ASPECT);
      node.y = Math.round(sin[i]! * r);
    }
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = i + 1; j < n && ok; j++) if (overlaps(ring[i]!, ring[j]!)) ok = false;
      for (const p of placed) if (ok && overlaps(ring[i]!, p)) ok = false;
    }
    if (ok) break;
  }
  return r;
}

/** Label boxes already measured, by `centre:<id>` / `ring:<id>` (a concept's box is the same on every page). */
export type LocalBoxCache = Map<string, NodeBox>;

export function buildLocalGraph(src: LocalGraphSource, id: string, depth: 1 | 2, maxNodes = depth === 1 ? 13 : 25, boxes?: LocalBoxCache): LocalGraphData {
  const c = src.byId.get(id);
  if (!c) return { center: id, depth, nodes: [], edges: [], omitted: 0 };
  const boxOf = (concept: Concept, centre: boolean): NodeBox => {
    const key = `${centre ? 'centre' : 'ring'}:${concept.id}`;
    let box = boxes?.get(key);
    if (!box) {
      box = centre ? nodeBox(concept, 1, { fontSize: 15, wrapEm: 8 }) : nodeBox(concept, 3, { fontSize: 12, wrapEm: 6.5 });
      boxes?.set(key, box);
    }
    return box;
  };
  const make = (concept: Concept, ring: 0 | 1 | 2): LocalNode => {
    const box = boxOf(concept, ring === 0);
    const node: LocalNode = {
      id: concept.id,
      zh: box.lines.zh.join('\n'),
      en: box.lines.en.join('\n'),
      k: concept.kind,
      n: concept.hasNote ? 1 : 0,
      ring,
      fs: box.fontSize,
      w: box.width,
      h: box.height,
      x: 0,
      y: 0,
    };
    if (concept.status) node.st = concept.status;
    return node;
  };

  const centre = make(c, 0);
  const first = neighbours(src, id);
  const ring1 = first.slice(0, maxNodes - 1).map((nb) => make(src.byId.get(nb.id)!, 1));
  let omitted = Math.max(0, first.length - ring1.length);
  const included = new Set([id, ...ring1.map((n) => n.id)]);

  const ring2: LocalNode[] = [];
  if (depth === 2) {
    const budget = Math.max(0, maxNodes - 1 - ring1.length);
    const candidates = secondRing(src, ring1.map((n) => n.id), included, budget);
    for (const cid of candidates.first) {
      ring2.push(make(src.byId.get(cid)!, 2));
      included.add(cid);
    }
    omitted += Math.max(0, candidates.total - budget);
  }

  const r0 = Math.max(centre.w / ASPECT, centre.h) / 2 + 30;
  const r1 = placeRing(ring1, [centre], r0);
  placeRing(ring2, [centre, ...ring1], r1 + 50);

  const ringOf = new Map<string, number>([[id, 0], ...ring1.map((n) => [n.id, 1] as const), ...ring2.map((n) => [n.id, 2] as const)]);
  const edges: LocalEdge[] = [];
  const seenEdge = new Set<string>();
  // Per node, its edges to the other included nodes, looked up by target (a hub's hundreds of
  // edges are not walked for each page). Which edges are kept and the order they come out in do
  // not depend on the order of targets: duplicates share a target (kept in edge order), and the
  // list is sorted below.
  for (const nid of included) {
    const byTarget = outgoingByTarget(src, nid);
    const out: Edge[] = [];
    // Whichever is shorter: the node's targets, or the included nodes.
    if (byTarget.size <= included.size) {
      for (const [to, list] of byTarget) if (included.has(to)) for (const e of list) out.push(e);
    } else {
      for (const to of included) for (const e of byTarget.get(to) ?? []) out.push(e);
    }
    for (const e of out) {
      if (e.from === e.to) continue;
      // Only edges between rings (centre ↔ ring 1 ↔ ring 2): lines along a ring make a hairball.
      if (ringOf.get(e.from) === ringOf.get(e.to)) continue;
      const key = `${e.type}:${e.from}\u0000${e.to}`;
      if (seenEdge.has(key)) continue;
      seenEdge.add(key);
      const edge: LocalEdge = { s: e.from, t: e.to, ty: e.type };
      if (e.type === 'transition' && e.label) edge.l = e.label;
      edges.push(edge);
    }
  }
  // One line per pair of concepts: the strongest relation (tree, prerequisite, transition,
  // related, mention) wins; two-way transitions keep both directions.
  // The pair of ids in sorted order (as [s, t].sort() orders them; s !== t here).
  const pairKey = (e: LocalEdge): string => (e.s < e.t ? `${e.s}\u0000${e.t}` : `${e.t}\u0000${e.s}`);
  const strongest = new Map<string, LocalEdge>();
  for (const e of edges) {
    const key = e.ty === 'transition' ? `t:${e.s}\u0000${e.t}` : pairKey(e);
    const prev = strongest.get(key);
    if (!prev || PRIORITY[e.ty] < PRIORITY[prev.ty]) strongest.set(key, e);
  }
  const filtered = [...strongest.values()].filter(
    (e) => e.ty === 'transition' || strongest.get(pairKey(e)) === e,
  );
  filtered.sort((a, b) => (a.ty < b.ty ? -1 : a.ty > b.ty ? 1 : a.s < b.s ? -1 : a.s > b.s ? 1 : a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  return { center: id, depth, nodes: [centre, ...ring1, ...ring2], edges: filtered, omitted };
}

/**
 * How many nodes each step of the local graph holds, smallest first: the page draws the biggest
 * step whose labels stay readable in its box (never under 11 px, `LABEL_FLOOR_PX`) and offers the
 * next ones behind "more…" (更多…).
 */
export const LOCAL_STEPS: Readonly<Record<1 | 2, readonly number[]>> = { 1: [7, 13, 21], 2: [13, 25] };

/** The smallest label the local graph draws, in CSS px (the canvas never zooms out past it). */
export const LABEL_FLOOR_PX = 11;

/**
 * The steps of a local graph (`LOCAL_STEPS`), each laid out on its own (fewer nodes sit on
 * smaller rings); a step that would add no node is left out, so the last one shows every
 * neighbour the biggest step allows.
 */
export function localGraphSteps(src: LocalGraphSource, id: string, depth: 1 | 2, boxes?: LocalBoxCache): LocalGraphData[] {
  const out: LocalGraphData[] = [];
  for (const max of LOCAL_STEPS[depth]) {
    const g = buildLocalGraph(src, id, depth, max, boxes);
    const prev = out[out.length - 1];
    if (prev && g.nodes.length === prev.nodes.length) break;
    out.push(g);
    if (g.omitted === 0) break;
  }
  return out;
}

/**
 * The zoom that fits the nodes of `g` into a w × h box with `pad` px around, capped at `max`;
 * and whether its smallest label is then at least `floor` px high.
 */
export function localFit(g: Pick<LocalGraphData, 'nodes'>, w: number, h: number, pad = 12, max = 1.2, floor = LABEL_FLOOR_PX): { zoom: number; readable: boolean; floorZoom: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let fs = Infinity;
  for (const n of g.nodes) {
    x1 = Math.min(x1, n.x - n.w / 2);
    x2 = Math.max(x2, n.x + n.w / 2);
    y1 = Math.min(y1, n.y - n.h / 2);
    y2 = Math.max(y2, n.y + n.h / 2);
    fs = Math.min(fs, n.fs);
  }
  if (!Number.isFinite(x1) || w <= 2 * pad || h <= 2 * pad) return { zoom: 1, readable: false, floorZoom: 1 };
  const zoom = Math.min(max, (w - 2 * pad) / Math.max(1, x2 - x1), (h - 2 * pad) / Math.max(1, y2 - y1));
  const floorZoom = floor / fs;
  return { zoom, readable: zoom * fs >= floor - 1e-9, floorZoom };
}
