/**
 * The map's tree in the browser, without Cytoscape: lookups, children in map order, which
 * nodes are visible (collapsed branches, branch filter), and label helpers. Pure, unit-tested.
 */
import { MAP_TYPE } from '../../views/map-labels.ts';
import type { MapData, MapNode } from '../../views/map-data.ts';
import { foldBadgeFor, foldRoom, relayoutMap } from '../../views/map-layout.ts';

export { unwrapLabel } from '../../views/map-labels.ts';

export interface MapModel {
  data: MapData;
  byId: Map<string, MapNode>;
  /** Children in map order (top to bottom). */
  children: Map<string, string[]>;
  /** Pre-order position of each node (learning order on the map). */
  index: Map<string, number>;
}

export function buildModel(data: MapData): MapModel {
  const byId = new Map<string, MapNode>();
  const children = new Map<string, string[]>();
  const index = new Map<string, number>();
  data.nodes.forEach((n, i) => {
    byId.set(n.id, n);
    index.set(n.id, i);
    if (n.p !== undefined) {
      const list = children.get(n.p);
      if (list) list.push(n.id);
      else children.set(n.p, [n.id]);
    }
  });
  // Children by vertical position: on the left side the root's branches run bottom to top.
  for (const list of children.values()) list.sort((a, b) => byId.get(a)!.y - byId.get(b)!.y);
  return { data, byId, children, index };
}

/** Ids from the root down to (and including) `id`. */
export function pathToRoot(m: MapModel, id: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = id;
  while (cur !== undefined && m.byId.has(cur) && out.length <= m.byId.size) {
    out.push(cur);
    cur = m.byId.get(cur)!.p;
  }
  return out.reverse();
}

export interface VisibilityState {
  /** Nodes whose children are folded away. */
  collapsed: ReadonlySet<string>;
  /** Only this branch (and the root) when set. */
  branch?: string;
}

/** Ids of hidden nodes. Linear: `data.nodes` is in pre-order, parents before children. */
export function hiddenNodes(m: MapModel, s: VisibilityState): Set<string> {
  const hidden = new Set<string>();
  for (const n of m.data.nodes) {
    if (n.p === undefined) continue;
    if (hidden.has(n.p) || s.collapsed.has(n.p) || (s.branch !== undefined && s.branch !== '' && n.b !== s.branch)) hidden.add(n.id);
  }
  return hidden;
}

/**
 * Nodes to collapse so that only depths ≤ `level` show (`Infinity`: nothing collapsed): every
 * node at that depth or deeper that has children, so a node unfolded by hand shows one level
 * more (its children, folded in turn), as in a mind-map app.
 */
export function collapsedForLevel(m: MapModel, level: number): Set<string> {
  const out = new Set<string>();
  if (!Number.isFinite(level)) return out;
  for (const n of m.data.nodes) if (n.d >= level && m.children.has(n.id)) out.add(n.id);
  return out;
}

/** A map of more nodes than this opens folded (`openingFolds`): the bundled map (~190) opens whole. */
export const OPEN_MAX_NODES = 200;
/**
 * The room a big map's opening view must be readable in: a laptop's map area (1280 × 760 px less
 * the fit's padding, the caption and the zoom buttons: viewport.ts FIT_PAD, START_INSETS) at the
 * zoom where the smallest label is 11 px (viewport.ts READABLE_ZOOM), in model px.
 */
export const OPEN_ROOM = { w: (1280 - 2 * 24 - 48) / (11 / 13), h: (760 - 2 * 24 - 24) / (11 / 13) };
/** On a map that opens folded, a node with more children than this opens folded too (Pod's 288 fields). */
export const FAN_MAX = 40;

export interface OpeningFolds {
  /** The level the level control shows (`Infinity`: all). */
  level: number;
  /** Nodes folded at the start: those at `level` with children, and the big fans above it. */
  collapsed: Set<string>;
}

/** The level control's value for a level (`'all'` for `Infinity`). */
export function levelValue(level: number): string {
  return Number.isFinite(level) ? String(level) : 'all';
}

/**
 * What the map opens with: a map of at most `max` nodes whole; a bigger one at the deepest level
 * at which at most `max` nodes show and the visible tree, laid out again (map-layout.ts), fits
 * `room` (a laptop screen at a readable zoom), at least level 1; every node of more than
 * `fanMax` children is folded as well (its count is drawn beside it), so unfolding a branch on a
 * phone is not a column of hundreds. The same at build time (the level control's selected
 * option, the static picture) and in the browser.
 */
export function openingFolds(m: MapModel, max = OPEN_MAX_NODES, fanMax = FAN_MAX, room: { w: number; h: number } = OPEN_ROOM): OpeningFolds {
  const total = m.data.nodes.length;
  if (total <= max) return { level: Infinity, collapsed: new Set() };
  const maxDepth = m.data.nodes.reduce((d, n) => Math.max(d, n.d), 0);
  for (let level = maxDepth; level >= 1; level--) {
    const collapsed = foldsAt(m, level, fanMax);
    const hidden = hiddenNodes(m, { collapsed });
    if (level === 1) return { level: level >= maxDepth ? Infinity : 1, collapsed };
    if (total - hidden.size > max) continue;
    const box = laidOutBox(m, collapsed, hidden);
    if (box.w <= room.w && box.h <= room.h) return { level: level >= maxDepth ? Infinity : level, collapsed };
  }
  return { level: Infinity, collapsed: new Set() };
}

/** The folds of a level (`collapsedForLevel`) and, above it, every node of more than `fanMax` children. */
function foldsAt(m: MapModel, level: number, fanMax = FAN_MAX): Set<string> {
  const out = collapsedForLevel(m, level);
  for (const n of m.data.nodes) if (n.p !== undefined && n.d < level && (m.children.get(n.id)?.length ?? 0) > fanMax) out.add(n.id);
  return out;
}

/** The size (model px) of the visible tree laid out again (map-layout.ts) with its counts; `stack`: a phone's stacked layout. */
function laidOutBox(m: MapModel, collapsed: ReadonlySet<string>, hidden: ReadonlySet<string>, stack = false): { w: number; h: number } {
  const badge = foldBadgeFor(stack);
  const places = relayoutMap(m.data, hidden, { extra: foldRoom(foldCounts(m, collapsed, hidden), badge), stack });
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const n of m.data.nodes) {
    if (hidden.has(n.id)) continue;
    const p = places.get(n.id)!;
    const e = collapsed.has(n.id) ? foldRoom(new Map([[n.id, m.children.get(n.id)?.length ?? 0]]), badge).get(n.id)! : 0;
    x1 = Math.min(x1, p.x - n.w / 2 - (p.s === 'l' ? e : 0));
    x2 = Math.max(x2, p.x + n.w / 2 + (p.s === 'l' ? 0 : e));
    y1 = Math.min(y1, p.y - n.h / 2);
    y2 = Math.max(y2, p.y + n.h / 2);
  }
  return { w: x2 - x1, h: y2 - y1 };
}

/**
 * The room (screen px) a phone's opening must fit in: the smallest phone's map (360 × 640 px, its
 * map about 360 × 380 px below the header and the toolbar) less the margins and the overview
 * button (viewport.ts NARROW_PAD, NARROW_TOP; the zoom buttons take a corner the stacked layout's
 * shorter half leaves free).
 */
export const PHONE_ROOM = { w: 360 - 2 * 12, h: 380 - 52 - 12 };
/** viewport.ts READABLE_ZOOM (the smallest label, 13 px, drawn 11 px high). */
const READABLE = 11 / 13;

/** A phone's opening: the folds and the level the control shows, laid out stacked (map-layout.ts `STACK`). */
export type PhoneOpening = OpeningFolds;

/**
 * What the map opens with on a phone, when the build's opening (`opening`) does not fit a phone
 * readably: the deepest level, at most the opening's, whose visible tree, laid out stacked (the
 * root on top, the two halves side by side under it: map-layout.ts `STACK`; a two-sided mind map
 * is twice as wide as a phone, one column of branches beside the root twice as tall), fits `room` (screen px)
 * at the size where its smallest labels are 10 px, at least level 1 (the root and its branches,
 * each with its count); the opening's big fans folded as well. Undefined when the opening itself
 * fits a phone at READABLE_ZOOM (a small map opens whole, two-sided). Pure and deterministic: the
 * build draws the same opening as the static picture a phone shows.
 */
export function phoneOpening(m: MapModel, opening: OpeningFolds, room: { w: number; h: number } = PHONE_ROOM): PhoneOpening | undefined {
  const openHidden = hiddenNodes(m, { collapsed: opening.collapsed });
  const now = laidOutBox(m, opening.collapsed, openHidden);
  if (now.w * READABLE <= room.w && now.h * READABLE <= room.h) return undefined;
  const maxDepth = m.data.nodes.reduce((d, n) => Math.max(d, n.d), 0);
  const from = Math.min(maxDepth, Number.isFinite(opening.level) ? opening.level : maxDepth);
  const fanned = new Set([...opening.collapsed].filter((id) => (m.children.get(id)?.length ?? 0) > FAN_MAX));
  for (let level = from; level >= 1; level--) {
    const collapsed = level >= maxDepth ? new Set<string>() : collapsedForLevel(m, level);
    for (const id of fanned) if (m.byId.get(id)!.d < level) collapsed.add(id);
    if (level === 1) return { level: level >= maxDepth ? Infinity : 1, collapsed };
    const hidden = hiddenNodes(m, { collapsed });
    const box = laidOutBox(m, collapsed, hidden, true);
    const z = 10 / MAP_TYPE.fontSize(Math.min(level, maxDepth));
    if (box.w * z <= room.w && box.h * z <= room.h) return { level: level >= maxDepth ? Infinity : level, collapsed };
  }
  return undefined;
}

/** The folded nodes that show, with how many children each one hides (drawn beside it). */
export function foldCounts(m: MapModel, collapsed: ReadonlySet<string>, hidden: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of collapsed) {
    const n = m.children.get(id)?.length ?? 0;
    if (n > 0 && !hidden.has(id) && m.byId.has(id)) out.set(id, n);
  }
  return out;
}
