/**
 * View: the local graph on a concept page — the concept, its neighbours (one or two steps over
 * any edge type) and the edges between them. Ring 1 (direct neighbours) goes around the concept
 * and ring 2 (neighbours of neighbours) around ring 1, each in the shape that fits the page's box
 * best (`LOCAL_BOXES`: an ellipse, or for wide labels a frame of one or two rows above and below
 * the concept), at the smallest size at which no two label boxes overlap. The first step is one
 * the concept page's aside draws whole at 11 px or more (`localGraphSteps`). Deterministic (no
 * randomness, no force simulation); pure; the work is proportional to the neighbourhood. The
 * browser script (src/scripts/map/local-graph.ts) imports the types.
 */
import type { Concept, Edge, EdgeType } from '../graph/model.ts';
import { mapLabels, nodeBox, type NodeBox } from '../graph/map-boxes.ts';
// Types only: the browser's local-graph script imports this module's pure helpers, and the
// qualifiers' view reads the API catalogue (createViews passes `qualify` in).
import type { Qualifier } from './title-qualifiers.ts';

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
  /**
   * The qualifiers of drawn concepts that share a name (title-qualifiers.ts `shownQualifiers`, given by
   * createViews): a ring node named like another drawn node (or the centre) carries its qualifier.
   */
  qualify?: (drawn: readonly Concept[]) => Map<string, Qualifier>;
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
  /** A concept's outgoing edges by target, with the targets as numbers (`outgoingNumbers`). */
  outNumbers: Map<string, OutNumbers>;
  /** `slotStamp[n] === slotRound`: concept n is drawn in the local graph being built, as its node `slotOf[n]`. */
  slotOf: Int32Array;
  slotStamp: Uint32Array;
  slotRound: number;
  /** First rings already placed, by the boxes they were placed for (`firstRingKey`): see `placeFirstRing`. */
  firstRings: Map<string, PlacedRing>;
}

/** A ring's places (as `placeRing` left them, in ring order) and its shape (`placeRing`'s answer). */
interface PlacedRing {
  x: Int32Array;
  y: Int32Array;
  shape: { r: number; aspect?: number };
}

/** The groups of `outgoingByTarget`, in its order: each target's number (−1: not a concept of the graph) and its edges. */
interface OutNumbers {
  to: Int32Array;
  lists: Edge[][];
  byTarget: Map<string, Edge[]>;
}

/** Neighbour lists, edges by target and concept numbers, computed once per graph (they depend only on the graph). */
const memo = new WeakMap<LocalGraphSource, Memo>();

function memoOf(src: LocalGraphSource): Memo {
  let m = memo.get(src);
  if (!m) {
    const number = new Map<string, number>();
    for (const id of src.byId.keys()) number.set(id, number.size);
    m = {
      neighbours: new Map(),
      outByTarget: new Map(),
      number,
      neighbourNumbers: new Map(),
      stamp: new Uint32Array(number.size),
      round: 0,
      outNumbers: new Map(),
      slotOf: new Int32Array(number.size),
      slotStamp: new Uint32Array(number.size),
      slotRound: 0,
      firstRings: new Map(),
    };
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

/** `outgoingByTarget` with its targets as numbers (computed once per concept and graph). */
function outgoingNumbers(src: LocalGraphSource, m: Memo, id: string): OutNumbers {
  let out = m.outNumbers.get(id);
  if (!out) {
    const byTarget = outgoingByTarget(src, id);
    const to = new Int32Array(byTarget.size);
    const lists: Edge[][] = [];
    for (const [target, list] of byTarget) {
      to[lists.length] = m.number.get(target) ?? -1;
      lists.push(list);
    }
    out = { to, lists, byTarget };
    m.outNumbers.set(id, out);
  }
  return out;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Padding (CSS px) the page keeps around a fitted local graph. */
export const FIT_PAD = 12;

/** Space kept between two label boxes, and between the concept's box and a ring's (room for the line). */
const GAP = 10;
const CENTRE_GAP = 24;

/**
 * The canvases a local graph is laid out for, in CSS px: the concept page's aside (18rem wide,
 * the narrowest place it is drawn), then a small phone's and a Pixel 5's (below the article, full
 * width). Of the shapes a ring can take (`placeRing`) it takes the one that fits the aside at the
 * biggest zoom (so the labels of the first step are whole at the label floor, without panning),
 * the phones' boxes breaking ties; past the biggest zoom the page draws (`MAX_ZOOM`), the roundest
 * shape wins.
 */
export const LOCAL_BOXES: readonly { w: number; h: number }[] = [{ w: 286, h: 318 }, { w: 340, h: 318 }, { w: 367, h: 318 }];

/** The biggest zoom the page draws a local graph at. */
export const MAX_ZOOM = 1.2;

/** Ellipse shapes tried (width / height), roundest first: of two shapes that fit as well, the first is kept. */
const ASPECTS = [1, 0.9, 1.15, 0.8, 1.3, 0.7, 1.5, 0.6];

/** Space between label boxes in a row of the frame shape. */
const ROW_GAP = 14;

/** Space between label boxes in an inner row with an outer row's line running through the gap. */
const STAGGER_GAP = 24;

function overlaps(a: Box, b: Box, gap = GAP): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + gap * 2 && Math.abs(a.y - b.y) * 2 < a.h + b.h + gap * 2;
}

/** Half the width and height of the smallest box centred on the concept (0, 0) that holds `nodes`. */
function halfExtent(nodes: readonly Box[]): { hx: number; hy: number } {
  let hx = 0;
  let hy = 0;
  for (const n of nodes) {
    hx = Math.max(hx, Math.abs(n.x) + n.w / 2);
    hy = Math.max(hy, Math.abs(n.y) + n.h / 2);
  }
  return { hx, hy };
}

/**
 * An ellipse shape: `ring` evenly on an ellipse `aspect` times as wide as tall, from the top,
 * clockwise (an even ring turned by half a step when `turn`), at the smallest size at which no two
 * label boxes overlap, nor one of `placed` (`placed[0]` is the concept, at the centre). The size
 * at which two ring nodes, or a ring node and the concept, stop overlapping is worked out
 * directly; against an earlier ring's nodes it grows in small steps. Returns false if it found none,
 * or if `beats` says that even at its first size (the smallest extent it can have) the ring could
 * not win over the shapes already tried.
 */
function placeOnEllipse(ring: LocalNode[], placed: readonly LocalNode[], minR: number, aspect: number, turn: boolean, beats?: (hx: number, hy: number) => boolean): boolean {
  const n = ring.length;
  const centre = placed[0]!;
  const unit = unitCircle(n, turn);
  const cos = scratch(n);
  const sin = unit.sin;
  for (let i = 0; i < n; i++) cos[i] = unit.cos[i]! * aspect;
  let r = minR;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    r = Math.max(r, apart(Math.abs(cos[i]!), Math.abs(sin[i]!), (a.w + centre.w) / 2 + CENTRE_GAP, (a.h + centre.h) / 2 + CENTRE_GAP));
    for (let j = i + 1; j < n; j++) {
      const b = ring[j]!;
      r = Math.max(r, apart(Math.abs(cos[i]! - cos[j]!), Math.abs(sin[i]! - sin[j]!), (a.w + b.w) / 2 + GAP, (a.h + b.h) / 2 + GAP));
    }
  }
  const r0 = Math.ceil(r);
  // The ring only grows from its first size (and each place's distance from the centre with it),
  // so the extent at that size bounds every later one: a shape that could not beat the best so
  // far even there is not placed.
  if (beats) {
    let hx = 0;
    let hy = 0;
    for (let i = 0; i < n; i++) {
      hx = Math.max(hx, Math.abs(Math.round(cos[i]! * r0)) + ring[i]!.w / 2);
      hy = Math.max(hy, Math.abs(Math.round(sin[i]! * r0)) + ring[i]!.h / 2);
    }
    if (!beats(hx, hy)) return false;
  }
  // Whole px, and clear of the earlier rings' nodes.
  const hint = ellipseHint;
  hint.i = -1;
  hint.j = -1;
  for (let step = 0, rr = r0; step < 400; step++, rr += 4) {
    for (let i = 0; i < n; i++) {
      ring[i]!.x = Math.round(cos[i]! * rr);
      ring[i]!.y = Math.round(sin[i]! * rr);
    }
    if (clear(ring, placed, hint)) return true;
  }
  return false;
}

/** Two boxes on a ring stop overlapping once they are apart along x or along y: the ring's size at which they are, for unit distances dx, dy and the room nx, ny they need. */
function apart(dx: number, dy: number, nx: number, ny: number): number {
  return Math.min(dx > 1e-9 ? nx / dx : Infinity, dy > 1e-9 ? ny / dy : Infinity);
}

/** `placeOnEllipse`'s hint for `clear` (one placement at a time). */
const ellipseHint = { i: -1, j: -1 };

/** The unit circle's points for a ring of n, from the top, clockwise (turned by half a step when `turn`); the same for every ring of that size. */
const unitCircles = new Map<number, { cos: Float64Array; sin: Float64Array }>();

function unitCircle(n: number, turn: boolean): { cos: Float64Array; sin: Float64Array } {
  const key = turn ? -n : n;
  let u = unitCircles.get(key);
  if (!u) {
    u = { cos: new Float64Array(n), sin: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n + (turn ? Math.PI / n : 0);
      u.cos[i] = Math.cos(a);
      u.sin[i] = Math.sin(a);
    }
    unitCircles.set(key, u);
  }
  return u;
}

/** A ring's x factors (the unit circle times the aspect), in one buffer reused by every placement. */
let scratchCos = new Float64Array(32);

function scratch(n: number): Float64Array {
  if (scratchCos.length < n) scratchCos = new Float64Array(n);
  return scratchCos;
}

/**
 * No two boxes of `ring` overlap, nor one of `ring` and one of `placed` (`placed[0]`, the concept,
 * with room for a line). With a `hint`, the pair that overlapped in the last call is looked at
 * first (a ring grown by a step mostly still fails on the same pair), and the pair that overlaps
 * now is kept in it: `j` ≥ 0 a node of `placed`, below 0 the ring's node −1 − j.
 */
function clear(ring: readonly LocalNode[], placed: readonly LocalNode[], hint?: { i: number; j: number }): boolean {
  if (hint && hint.i >= 0) {
    const a = ring[hint.i]!;
    const b = hint.j >= 0 ? placed[hint.j]! : ring[-1 - hint.j]!;
    if (overlaps(a, b, hint.j === 0 ? CENTRE_GAP - 1 : GAP - 1)) return false;
  }
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    if (overlaps(a, placed[0]!, CENTRE_GAP - 1)) return failAt(hint, i, 0);
    for (let j = 1; j < placed.length; j++) if (overlaps(a, placed[j]!, GAP - 1)) return failAt(hint, i, j);
    for (let j = i + 1; j < ring.length; j++) if (overlaps(a, ring[j]!, GAP - 1)) return failAt(hint, i, -1 - j);
  }
  return true;
}

/** `clear`'s answer for an overlap of ring node i and j (see there), kept in the hint. */
function failAt(hint: { i: number; j: number } | undefined, i: number, j: number): false {
  if (hint) {
    hint.i = i;
    hint.j = j;
  }
  return false;
}

/**
 * A frame shape, for labels too wide to sit beside the concept in a narrow box: `ring` around
 * the box that holds `placed`, clockwise from the top-left, in rows above it (left to right),
 * `sides` nodes in a column to its right (top to bottom), rows below it (right to left) and
 * `sides` in a column to its left (bottom to top). With `stagger` (and no sides), two rows above
 * and two below, the outer in the inner row's gaps. False if labels overlap, or if a line from the
 * concept to an outer node would cross a label, or if `beats` says a ring of its extent (half
 * width and height from the centre) cannot win over the shapes already tried.
 */
function placeOnFrame(ring: LocalNode[], placed: readonly LocalNode[], sides: number, stagger = false, beats?: (hx: number, hy: number) => boolean): boolean {
  const n = ring.length;
  if (2 * sides > n) return false;
  const inner = halfExtent(placed);
  const gapIn = placed.length === 1 ? CENTRE_GAP : 2 * GAP;
  const rest = n - 2 * sides;
  // The ring's parts by index, without copies (a ring is placed in up to five frame shapes for
  // every step of every concept page): the top row ring[0, top), the right column ring[top,
  // top + sides) from the top, the bottom row ring[top + sides, n − sides) read right to left,
  // the left column ring[n − sides, n) from the bottom.
  const top = Math.ceil(rest / 2);
  let colHalf = 0;
  if (sides > 0) {
    for (let dir = 1; dir >= -1; dir -= 2) {
      // (a column's k-th node from the top)
      const at = dir === 1 ? top : n - 1;
      const step = dir === 1 ? 1 : -1;
      let colW = -Infinity;
      let sumH = 0;
      for (let k = 0; k < sides; k++) {
        const c = ring[at + step * k]!;
        if (c.w > colW) colW = c.w;
        sumH += c.h;
      }
      const total = sumH + GAP * (sides - 1);
      colHalf = Math.max(colHalf, total / 2);
      let y = -total / 2;
      for (let k = 0; k < sides; k++) {
        const c = ring[at + step * k]!;
        c.x = Math.round(dir * (inner.hx + gapIn + colW / 2));
        c.y = Math.round(y + c.h / 2);
        y += c.h + GAP;
      }
    }
  }
  const clearY = Math.max(inner.hy + gapIn, colHalf > 0 ? colHalf + GAP : 0);
  // One row above (read left to right) and one below (right to left), or with `stagger` two a
  // side: the inner row (`m` nodes) and the outer one (at most m − 1), each outer node where the
  // line from the concept runs through a gap of the inner row, so no line crosses a label.
  if (frameGaps.length < n) frameGaps = new Float64Array(n);
  if (frameOuter.length < n) frameOuter = new Int32Array(n);
  const gaps = frameGaps;
  let outers = 0;
  for (let dir = -1; dir <= 1; dir += 2) {
    // (the side's k-th node: above ring[k], below ring[n − sides − 1 − k])
    const len = dir === -1 ? top : n - 2 * sides - top;
    if (len === 0) continue;
    const at = dir === -1 ? 0 : n - sides - 1;
    const step = dir === -1 ? 1 : -1;
    const m = stagger ? Math.ceil((len + 1) / 2) : len;
    // Above, the outer row holds the first neighbours (the first on top); below (read right to
    // left, so the side starts with the last), the last ones.
    const outerLen = len - m;
    const gap = outerLen > 0 ? STAGGER_GAP : ROW_GAP;
    let h = -Infinity;
    let sumW = 0;
    for (let k = outerLen; k < len; k++) {
      const c = ring[at + step * k]!;
      if (c.h > h) h = c.h;
      sumW += c.w;
    }
    const rowW = sumW + gap * (m - 1);
    const y1 = clearY + h / 2;
    let x = -rowW / 2;
    for (let k = 0; k < m; k++) {
      const c = ring[at + step * (outerLen + k)]!;
      c.x = Math.round(x + c.w / 2);
      c.y = Math.round(dir * y1);
      x += c.w + gap;
      gaps[k] = x - gap / 2;
    }
    if (outerLen === 0) continue;
    // The outer nodes in the middle gaps of the inner row (one gap fewer than nodes).
    const first = Math.floor((m - 1 - outerLen) / 2);
    let outerH = -Infinity;
    for (let k = 0; k < outerLen; k++) outerH = Math.max(outerH, ring[at + step * k]!.h);
    const y2 = clearY + h + 2 * GAP + outerH / 2;
    for (let k = 0; k < outerLen; k++) {
      const i = at + step * k;
      const c = ring[i]!;
      c.x = Math.round((gaps[first + k]! * y2) / y1);
      c.y = Math.round(dir * y2);
      frameOuter[outers++] = i;
    }
  }
  if (beats) {
    const own = halfExtent(ring);
    if (!beats(own.hx, own.hy)) return false;
  }
  if (!clear(ring, placed)) return false;
  for (let k = 0; k < outers; k++) if (!lineClear(ring[frameOuter[k]!]!, ring)) return false;
  return true;
}

/** `placeOnFrame`'s scratch: an inner row's gap centres, and the outer rows' nodes (ring indices). */
let frameGaps = new Float64Array(32);
let frameOuter = new Int32Array(32);

/** The line from the concept (0, 0) to `to` passes no other node of `ring` (with 3 px to spare). */
function lineClear(to: LocalNode, ring: readonly LocalNode[]): boolean {
  if (to.y === 0) return true;
  for (const b of ring) {
    if (b === to) continue;
    // The piece of the line within b's rows (as fractions of the way to `to`), then its x range against b's.
    const t1 = Math.max(0, Math.min(1, (b.y - b.h / 2 - 3) / to.y));
    const t2 = Math.max(0, Math.min(1, (b.y + b.h / 2 + 3) / to.y));
    const lo = Math.min(t1, t2);
    const hi = Math.max(t1, t2);
    if (hi <= lo) continue;
    const xa = to.x * lo;
    const xb = to.x * hi;
    if (Math.max(xa, xb) > b.x - b.w / 2 - 3 && Math.min(xa, xb) < b.x + b.w / 2 + 3) return false;
  }
  return true;
}

/**
 * Places `ring` around `placed` (the concept, then any earlier ring), from the top, clockwise,
 * trying the ellipse shapes (`ASPECTS`, an even ring also turned by half a step) and the frame
 * shapes (0–3 nodes beside the concept), and keeps the one that fits `LOCAL_BOXES` best. `ellipse` limits the ellipses to one
 * aspect (the second ring keeps the first's, so the two do not cross). Returns the ring's shape:
 * an ellipse's aspect and size (its vertical half-axis), or none for a frame.
 */
function placeRing(ring: LocalNode[], placed: LocalNode[], minR: number, ellipse?: number): { r: number; aspect?: number } {
  if (ring.length === 0) return { r: minR };
  const n = ring.length;
  let minFs = Infinity;
  for (const c of placed) minFs = Math.min(minFs, c.fs);
  for (const c of ring) minFs = Math.min(minFs, c.fs);
  const floor = Math.ceil((LABEL_FLOOR_PX / minFs) * 1000);
  const inner = halfExtent(placed);
  const boxes = LOCAL_BOXES.length;
  // The score of a shape whose nodes (the concept's and earlier rings' included) reach hx, hy
  // from the centre: per box of `LOCAL_BOXES`, the zoom at which they fill it with the page's
  // padding, centred on the concept as the page draws a step too big to fit, capped at
  // `MAX_ZOOM` (the larger, the more readable); the score is how many boxes draw the labels
  // readable at it, whether each does, each one's zoom (in thousandths): the first that
  // differs decides, the larger wins.
  const best = { x: new Int32Array(n), y: new Int32Array(n), r: minR, aspect: undefined as number | undefined, score: undefined as number[] | undefined };
  const scoreOf = (hx: number, hy: number): number[] => {
    const score = new Array<number>(1 + 2 * boxes);
    let readable = 0;
    for (let b = 0; b < boxes; b++) {
      const box = LOCAL_BOXES[b]!;
      const z = Math.round(Math.min(MAX_ZOOM, (box.w - 2 * FIT_PAD) / Math.max(1, 2 * hx), (box.h - 2 * FIT_PAD) / Math.max(1, 2 * hy)) * 1000);
      const ok = z >= floor ? 1 : 0;
      readable += ok;
      score[1 + b] = ok;
      score[1 + boxes + b] = z;
    }
    score[0] = readable;
    return score;
  };
  const better = (score: number[]): boolean => {
    if (!best.score) return true;
    for (let i = 0; i < score.length; i++) if (score[i] !== best.score[i]) return score[i]! > best.score[i]!;
    return false;
  };
  // With the concept and earlier rings (`inner`), a ring whose extent is (hx, hy) could win.
  const beats = (hx: number, hy: number): boolean => better(scoreOf(Math.max(inner.hx, hx), Math.max(inner.hy, hy)));
  const consider = (r: number, aspect: number | undefined): void => {
    const own = halfExtent(ring);
    const score = scoreOf(Math.max(inner.hx, own.hx), Math.max(inner.hy, own.hy));
    if (better(score)) {
      best.score = score;
      best.r = r;
      best.aspect = aspect;
      for (let i = 0; i < n; i++) {
        best.x[i] = ring[i]!.x;
        best.y[i] = ring[i]!.y;
      }
    }
  };
  // A shape drawn at the biggest zoom in every box cannot be beaten (the earlier one wins a tie).
  const done = (): boolean => {
    if (!best.score) return false;
    for (let b = 0; b < boxes; b++) if (best.score[1 + boxes + b]! < MAX_ZOOM * 1000) return false;
    return true;
  };
  for (const aspect of ellipse === undefined ? ASPECTS : [ellipse]) {
    // A ring of two is not turned: its nodes would sit left and right of the centre, where
    // boxes wider than tall need the widest ring; above and below, they need the least.
    for (const turn of n % 2 === 0 && n > 2 ? [false, true] : [false]) {
      if (done()) break;
      if (placeOnEllipse(ring, placed, minR, aspect, turn, beats)) {
        let r = 0;
        for (const c of ring) r = Math.max(r, Math.abs(c.y));
        consider(r, aspect);
      }
    }
  }
  for (let sides = 0; sides <= 3 && !done(); sides++) {
    if (placeOnFrame(ring, placed, sides, false, beats)) consider(halfExtent(ring).hy, undefined);
  }
  // Two rows a side, for a ring too wide for one (only around the concept: a second ring's lines
  // start at the first ring's nodes).
  if (placed.length === 1 && n >= 3 && !done() && placeOnFrame(ring, placed, 0, true, beats)) consider(halfExtent(ring).hy, undefined);
  for (let i = 0; i < n; i++) {
    ring[i]!.x = best.x[i]!;
    ring[i]!.y = best.y[i]!;
  }
  return { r: best.r, aspect: best.aspect };
}

/**
 * `placeRing` for a first ring (around the concept alone, at the centre). Its answer depends only on
 * the boxes (width, height, font size) of the concept and of the ring's nodes in order, and the
 * same first ring comes back on a page (depth 1 and each step of depth 2 share it, and the
 * aside's first step with fewer neighbours) and across pages (neighbours whose labels measure
 * alike): placed once per build and boxes, then copied.
 */
function placeFirstRing(m: Memo, ring: LocalNode[], centre: LocalNode): { r: number; aspect?: number } {
  const key = firstRingKey(ring, centre);
  const known = m.firstRings.get(key);
  if (known) {
    for (let i = 0; i < ring.length; i++) {
      ring[i]!.x = known.x[i]!;
      ring[i]!.y = known.y[i]!;
    }
    return { ...known.shape };
  }
  const shape = placeRing(ring, [centre], 0);
  const placed: PlacedRing = { x: new Int32Array(ring.length), y: new Int32Array(ring.length), shape: { ...shape } };
  for (let i = 0; i < ring.length; i++) {
    placed.x[i] = ring[i]!.x;
    placed.y[i] = ring[i]!.y;
  }
  m.firstRings.set(key, placed);
  return shape;
}

/** What a first ring's placement depends on: the centre's box and the ring's, in order (the centre sits at 0, 0). */
function firstRingKey(ring: readonly LocalNode[], centre: LocalNode): string {
  let key = `${centre.w},${centre.h},${centre.fs},${centre.x},${centre.y}`;
  for (const c of ring) key += `;${c.w},${c.h},${c.fs}`;
  return key;
}

/** A concept's label on the local graph: its wrapped lines joined, font size and box. */
interface LocalLabel {
  zh: string;
  en: string;
  fs: number;
  w: number;
  h: number;
}

/** How a label is set: as the centre or a ring node, and whether a long word may break between lines (`nodeBox`'s `breakWords`). */
type LabelRole = 'centre' | 'ring' | 'centreBroken' | 'ringBroken' | 'ringQualified' | 'ringQualifiedBroken';

/** Labels already measured, by concept id and role (the same on every page). */
export type LocalBoxCache = Map<string, Partial<Record<LabelRole, LocalLabel>>>;

/**
 * A concept's label as the centre or a ring node; a ring node with `q` (its qualifier, the same for
 * the concept on every page: title-qualifiers.ts) is named with it (`immutable · ConfigMap`).
 */
function labelOf(concept: Concept, centre: boolean, breakWords: boolean, boxes: LocalBoxCache | undefined, q?: Qualifier): LocalLabel {
  const role: LabelRole = centre ? (breakWords ? 'centreBroken' : 'centre') : q ? (breakWords ? 'ringQualifiedBroken' : 'ringQualified') : breakWords ? 'ringBroken' : 'ring';
  let entry = boxes?.get(concept.id);
  let label = entry?.[role];
  if (!label) {
    let named: Pick<Concept, 'title' | 'titleZh' | 'titleEn'> = concept;
    if (q && !centre) {
      const { zh, en } = mapLabels(concept);
      named = { title: concept.title, titleZh: `${zh} · ${q.zh}`, titleEn: `${en} · ${q.en}` };
    }
    const box: NodeBox = centre ? nodeBox(named, 1, { fontSize: 15, wrapEm: 8, breakWords }) : nodeBox(named, 3, { fontSize: 12, wrapEm: 6.5, breakWords });
    label = { zh: box.lines.zh.join('\n'), en: box.lines.en.join('\n'), fs: box.fontSize, w: box.width, h: box.height };
    if (boxes) {
      if (!entry) boxes.set(concept.id, (entry = {}));
      entry[role] = label;
    }
  }
  return label;
}

/** Bit of each edge type (for the types already kept between two nodes). */
const TYPE_BIT: Record<EdgeType, number> = { child: 1, prerequisite: 2, transition: 4, related: 8, mentions: 16 };

/** A kept edge with the numbers of its ends (their places in the node list). */
interface Kept {
  edge: LocalEdge;
  s: number;
  t: number;
}

/**
 * The local graph of `id`: the concept and its first `maxNodes − 1` neighbours (at depth 2, then
 * the neighbours' neighbours up to `maxNodes`), placed around it. With `breakWords`, a label's
 * word much wider than its line breaks between lines (`certificate-` / `authority-data`).
 */
export function buildLocalGraph(src: LocalGraphSource, id: string, depth: 1 | 2, maxNodes = depth === 1 ? 13 : 25, boxes?: LocalBoxCache, breakWords = false): LocalGraphData {
  const c = src.byId.get(id);
  if (!c) return { center: id, depth, nodes: [], edges: [], omitted: 0 };
  const make = (concept: Concept, ring: 0 | 1 | 2): LocalNode => {
    const label = labelOf(concept, ring === 0, breakWords, boxes);
    const node: LocalNode = {
      id: concept.id,
      zh: label.zh,
      en: label.en,
      k: concept.kind,
      n: concept.hasNote ? 1 : 0,
      ring,
      fs: label.fs,
      w: label.w,
      h: label.h,
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

  // Ring nodes named like another drawn node (or the centre) carry their qualifier in the label.
  if (src.qualify) {
    const drawn = [c, ...ring1.map((r) => src.byId.get(r.id)!), ...ring2.map((r) => src.byId.get(r.id)!)];
    const quals = src.qualify(drawn);
    if (quals.size > 0) {
      for (const node of [...ring1, ...ring2]) {
        const q = quals.get(node.id);
        if (!q) continue;
        const label = labelOf(src.byId.get(node.id)!, false, breakWords, boxes, q);
        node.zh = label.zh;
        node.en = label.en;
        node.fs = label.fs;
        node.w = label.w;
        node.h = label.h;
      }
    }
  }

  const shape = placeFirstRing(memoOf(src), ring1, centre);
  placeRing(ring2, [centre, ...ring1], shape.r + 50, shape.aspect);

  // The nodes numbered in the order they were included (centre, ring 1, ring 2: `included`'s
  // order), so the edges below are told apart by numbers rather than by keys made of ids.
  const nodes = [centre, ...ring1, ...ring2];
  const n = nodes.length;
  // Each drawn concept's node number, by concept number (a stamp array, as `secondRing` counts).
  const m = memoOf(src);
  if (++m.slotRound === 0xffffffff) {
    m.slotStamp.fill(0);
    m.slotRound = 1;
  }
  const { slotOf, slotStamp, slotRound } = m;
  for (let i = 0; i < n; i++) {
    const k = m.number.get(nodes[i]!.id)!;
    slotStamp[k] = slotRound;
    slotOf[k] = i;
  }
  const kept: Kept[] = [];
  // Per node, its edges to the other included nodes, looked up by target (a hub's hundreds of
  // edges are not walked for each page). Which edges are kept and the order they come out in do
  // not depend on the order of targets: duplicates share a target (kept in edge order), and the
  // list is sorted below.
  const keep = (s: number, t: number, list: readonly Edge[]): void => {
    // Only edges between rings (centre ↔ ring 1 ↔ ring 2): lines along a ring make a hairball.
    if (s === t || nodes[s]!.ring === nodes[t]!.ring) return;
    // The first edge of each type between the two (every edge s → t is in this one list).
    let types = 0;
    for (const e of list) {
      const bit = TYPE_BIT[e.type];
      if (types & bit) continue;
      types |= bit;
      const edge: LocalEdge = { s: e.from, t: e.to, ty: e.type };
      if (e.type === 'transition' && e.label) edge.l = e.label;
      kept.push({ edge, s, t });
    }
  };
  for (let s = 0; s < n; s++) {
    const out = outgoingNumbers(src, m, nodes[s]!.id);
    // Whichever is shorter: the node's targets, or the included nodes.
    if (out.to.length <= n) {
      for (let k = 0; k < out.to.length; k++) {
        const target = out.to[k]!;
        if (target >= 0 && slotStamp[target] === slotRound) keep(s, slotOf[target]!, out.lists[k]!);
      }
    } else {
      for (let t = 0; t < n; t++) {
        const list = out.byTarget.get(nodes[t]!.id);
        if (list) keep(s, t, list);
      }
    }
  }
  // One line per pair of concepts: the strongest relation (tree, prerequisite, transition,
  // related, mention) wins; two-way transitions keep both directions. Keys: a transition by its
  // direction (negative), anything else by the unordered pair.
  const pairKey = (k: Kept): number => (k.s < k.t ? k.s * n + k.t : k.t * n + k.s);
  const strongest = new Map<number, Kept>();
  for (const k of kept) {
    const key = k.edge.ty === 'transition' ? -1 - (k.s * n + k.t) : pairKey(k);
    const prev = strongest.get(key);
    if (!prev || PRIORITY[k.edge.ty] < PRIORITY[prev.edge.ty]) strongest.set(key, k);
  }
  const filtered: LocalEdge[] = [];
  for (const k of strongest.values()) if (k.edge.ty === 'transition' || strongest.get(pairKey(k)) === k) filtered.push(k.edge);
  filtered.sort((a, b) => (a.ty < b.ty ? -1 : a.ty > b.ty ? 1 : a.s < b.s ? -1 : a.s > b.s ? 1 : a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  return { center: id, depth, nodes, edges: filtered, omitted };
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
 * neighbour the biggest step allows. At depth 1, when the first step's labels would not stay
 * readable in the aside (`LOCAL_BOXES[0]`), a smaller first step comes before it: the most
 * neighbours (in priority order, at least one) that do, so every concept page opens on a
 * neighbourhood drawn whole at 11 px or more, and "more…" adds the rest.
 */
export function localGraphSteps(src: LocalGraphSource, id: string, depth: 1 | 2, boxes?: LocalBoxCache): LocalGraphData[] {
  const out: LocalGraphData[] = [];
  for (const max of LOCAL_STEPS[depth]) {
    let g = buildLocalGraph(src, id, depth, max, boxes);
    if (depth === 1 && out.length === 0) {
      const first = readableFirst(src, id, g, boxes);
      // Fewer neighbours: a step of its own before the usual one; the same ones (long words broken): instead of it.
      if (first.nodes.length < g.nodes.length) out.push(first);
      else g = first;
    }
    const prev = out[out.length - 1];
    if (prev && g.nodes.length === prev.nodes.length) break;
    out.push(g);
    if (g.omitted === 0) break;
  }
  return out;
}

/**
 * The first step as the aside (`LOCAL_BOXES[0]`) draws it readable: `g` itself if it is; else
 * with its long words broken (`buildLocalGraph`'s `breakWords`); else one neighbour fewer (the
 * last in priority order), as it is or with long words broken, and so on down to one neighbour.
 */
function readableFirst(src: LocalGraphSource, id: string, g: LocalGraphData, boxes: LocalBoxCache | undefined): LocalGraphData {
  const aside = LOCAL_BOXES[0]!;
  const fits = (x: LocalGraphData): boolean => localFit(x, aside.w, aside.h).readable;
  for (let m = g.nodes.length; m >= 2; m--) {
    const plain = m === g.nodes.length ? g : buildLocalGraph(src, id, 1, m, boxes);
    if (fits(plain)) return plain;
    const broken = buildLocalGraph(src, id, 1, m, boxes, true);
    if (fits(broken) || m === 2) return broken;
  }
  return g;
}

/**
 * The zoom that fits the nodes of `g` into a w × h box with `pad` px around, capped at `max`;
 * and whether its smallest label is then at least `floor` px high.
 */
export function localFit(g: Pick<LocalGraphData, 'nodes'>, w: number, h: number, pad = FIT_PAD, max = MAX_ZOOM, floor = LABEL_FLOOR_PX): { zoom: number; readable: boolean; floorZoom: number } {
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

/**
 * The local graphs of a concept page as the page stores them (`<script class="local-graph-data">`):
 * every node once, its steps by number. A page's five steps (depth 1 in up to three, depth 2 in
 * up to two) are mostly the same nodes again, and a node's labels, kind and box are the same in
 * each; only its ring and place change. So the payload holds a node table (`n`: id, zh, en, kind,
 * has-note, font size, width, height and, when set, status) and per step its nodes as table
 * numbers with their ring and place (`p`: flat quadruples), its edges as positions in that list
 * with the edge type's number in `t` (`e`: triples, or quadruples with a transition's label), and
 * the count left out (`o`). `decodeLocalGraphs` gives back exactly the `LocalGraphData` steps.
 * Pure; the browser script imports the decoder.
 */
export interface LocalGraphPayload {
  /** The page's concept: the centre of every step. */
  c: string;
  /** Edge types, numbered by first use. */
  t: EdgeType[];
  /** Node table: [id, zh, en, k, n, fs, w, h] or with `st` as a ninth element. */
  n: LocalNodeRow[];
  /** Per depth, the steps from fewest to most nodes. */
  s: LocalStepRow[][];
}

export type LocalNodeRow = [string, string, string, Concept['kind'], 0 | 1, number, number, number] | [string, string, string, Concept['kind'], 0 | 1, number, number, number, string];

export interface LocalStepRow {
  d: 1 | 2;
  o: number;
  /** Per node: table number, ring, x, y. */
  p: number[];
  /** Per edge: source position, target position, type number[, label]. */
  e: ([number, number, number] | [number, number, number, string])[];
}

export function encodeLocalGraphs(steps: readonly (readonly LocalGraphData[])[]): LocalGraphPayload {
  const rows: LocalNodeRow[] = [];
  const rowOf = new Map<string, number[]>();
  const types: EdgeType[] = [];
  const center = steps[0]?.[0]?.center ?? '';
  const s = steps.map((depthSteps) =>
    depthSteps.map((g): LocalStepRow => {
      if (g.center !== center) throw new Error(`local graph: steps of ${center} and ${g.center} in one payload`);
      const p: number[] = [];
      const at = new Map<string, number>();
      for (const node of g.nodes) {
        const row: LocalNodeRow = node.st === undefined
          ? [node.id, node.zh, node.en, node.k, node.n, node.fs, node.w, node.h]
          : [node.id, node.zh, node.en, node.k, node.n, node.fs, node.w, node.h, node.st];
        // The rows of this id so far (a label broken or not, as centre or ring node): one equal to `row`, or a new one.
        let same = rowOf.get(node.id);
        let i = same?.find((r) => sameRow(rows[r]!, row));
        if (i === undefined) {
          i = rows.length;
          rows.push(row);
          if (same) same.push(i);
          else rowOf.set(node.id, (same = [i]));
        }
        at.set(node.id, at.size);
        p.push(i, node.ring, node.x, node.y);
      }
      const e = g.edges.map((edge): LocalStepRow['e'][number] => {
        const si = at.get(edge.s);
        const ti = at.get(edge.t);
        if (si === undefined || ti === undefined) throw new Error(`local graph of ${center}: an edge to a node it does not draw`);
        let ty = types.indexOf(edge.ty);
        if (ty < 0) ty = types.push(edge.ty) - 1;
        return edge.l === undefined ? [si, ti, ty] : [si, ti, ty, edge.l];
      });
      return { d: g.depth, o: g.omitted, p, e };
    }),
  );
  return { c: center, t: types, n: rows, s };
}

function sameRow(a: LocalNodeRow, b: LocalNodeRow): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function decodeLocalGraphs(payload: LocalGraphPayload): LocalGraphData[][] {
  return payload.s.map((depthSteps) =>
    depthSteps.map((step): LocalGraphData => {
      const nodes: LocalNode[] = [];
      for (let i = 0; i + 3 < step.p.length; i += 4) {
        const [id, zh, en, k, n, fs, w, h, st] = payload.n[step.p[i]!]!;
        const node: LocalNode = { id, zh, en, k, n, ring: step.p[i + 1] as LocalNode['ring'], fs, w, h, x: step.p[i + 2]!, y: step.p[i + 3]! };
        if (st !== undefined) node.st = st;
        nodes.push(node);
      }
      const edges = step.e.map(([si, ti, ty, l]): LocalEdge => {
        const edge: LocalEdge = { s: nodes[si]!.id, t: nodes[ti]!.id, ty: payload.t[ty]! };
        if (l !== undefined) edge.l = l;
        return edge;
      });
      return { center: payload.c, depth: step.d, nodes, edges, omitted: step.o };
    }),
  );
}
