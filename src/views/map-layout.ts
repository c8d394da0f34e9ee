/**
 * The skill map laid out again for the nodes that show: when branches are folded (by the level
 * control, by hand, the branch filter) the visible tree is placed compactly by the build's own
 * mind-map code (`placeMindMap` in src/graph/mind-map.ts, d3-flextree) on the boxes already in
 * `map.json`. With nothing hidden it gives exactly the build's positions. Pure: the browser map
 * (src/scripts/map) and the static picture (MapStatic.astro) import it.
 */
import { estimateTextWidth } from '../graph/map-boxes.ts';
import { placeMindMap, type PlaceItem } from '../graph/mind-map.ts';
import type { MapData, MapNode, MapSide } from './map-data.ts';

/** Where a node goes: its box centre and its side of the root. */
export interface MapPlace {
  x: number;
  y: number;
  s: MapSide;
}

export interface RelayoutOptions {
  /**
   * Keep every branch (a child of the root) on the side it is on now (`'l'` or `'r'`), as when
   * the reader folds a node by hand; without it the halves are balanced again by height.
   */
  sides?: ReadonlyMap<string, MapSide>;
  /** Room (px) kept free beyond a node's box on its outward side (the count on a folded node). */
  extra?: ReadonlyMap<string, number>;
  /**
   * A phone's layout (`STACK`): the root on top, its two halves side by side under it, a
   * channel between them (the lines from the root run down it), branches packed closer.
   */
  stack?: boolean;
  /** A phone held sideways: the two-sided mind map, its branches packed as close as stacked ones (STACK.branchGap). */
  compact?: boolean;
}

/**
 * The stacked layout of a phone (portrait): the root above the two halves of the mind map, their
 * inner edges `channel` px apart (room for the lines from the root and the branch shares beside
 * the branches: progress-layer.ts), their tops `gap` px below the root, `branchGap` px between
 * two branches of a half (the desktop's mind map: 28). A two-sided mind map with the root between
 * its halves is ~950 px wide at the first level (the root alone is ~350); stacked, ~600 px, which a
 * 360 px phone draws with its branch labels at 10 px.
 */
export const STACK = { channel: 140, gap: 28, branchGap: 10 } as const;

/** Gap (model px) between a branch's share label ("7 / 12", scripts/map/progress-layer.ts) and its branch box. */
export const SHARE_GAP = 6;
/**
 * Least room (model px) between two share labels facing each other across the stacked layout's
 * channel: 4.4 px at the smallest zoom a phone opens at (viewport.ts NARROW_MIN_ZOOM, 10/18).
 */
export const SHARE_SPACING = 8;

/**
 * The drawn width (model px) of a share label as a phone's stacked layout writes it, without
 * spaces ("12/68"): 15 px semibold digits are ~0.7 em wide, the slash ~0.4 em, plus the label's
 * background and a margin (measured in Chromium: "68/68" 56, "217/217" 77).
 */
export function stackedShareWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += ch === '/' ? 0.4 : 0.7;
  return Math.ceil(em * 15) + 8;
}

/**
 * The channel between the halves of a stacked layout whose branches count at most `maxTotal`
 * concepts (map.json `shareMax`): STACK.channel, or wider, so that the widest shares ("N/N") of
 * two branches facing each other, each SHARE_GAP from its box, stay SHARE_SPACING apart. Up to
 * 99 concepts a branch (the bundled map: 68) the channel stays 140; 217 widen it to 174.
 */
export function stackChannel(maxTotal = 0): number {
  const widest = maxTotal > 0 ? stackedShareWidth(`${maxTotal}/${maxTotal}`) : 0;
  return Math.max(STACK.channel, 2 * (SHARE_GAP + widest) + SHARE_SPACING);
}

type LayoutNode = Pick<MapNode, 'id' | 'p' | 'w' | 'h'>;

/**
 * Places the nodes of `data` not in `hidden` (map.json order: pre-order, siblings in map order)
 * as the build does; a hidden node gets the place of its nearest visible ancestor (so it unfolds
 * out of it). Every node of `data` gets a place.
 */
export function relayoutMap(data: { root: string; nodes: readonly LayoutNode[]; shareMax?: number }, hidden: ReadonlySet<string>, o: RelayoutOptions = {}): Map<string, MapPlace> {
  const out = new Map<string, MapPlace>();
  const items = new Map<string, PlaceItem>();
  const extra = o.extra ?? new Map<string, number>();
  let root: PlaceItem | undefined;
  for (const n of data.nodes) {
    if (hidden.has(n.id)) continue;
    const item: PlaceItem = { id: n.id, width: n.w + (extra.get(n.id) ?? 0), height: n.h, children: [] };
    if (n.p === undefined) {
      if (n.id === data.root) {
        root = item;
        items.set(n.id, item);
      }
      continue;
    }
    const parent = items.get(n.p);
    if (!parent) continue; // its parent is hidden (or not on the map): so is it
    parent.children.push(item);
    items.set(n.id, item);
  }
  if (!root) return out;
  let sides: Map<string, 'left' | 'right'> | undefined;
  if (o.sides) {
    sides = new Map();
    for (const [id, s] of o.sides) sides.set(id, s === 'l' ? 'left' : 'right');
  }
  const placed = placeMindMap(root, o.stack ? { branchGap: STACK.branchGap, columns: true } : o.compact ? { branchGap: STACK.branchGap } : {}, sides);
  for (const p of placed.nodes) {
    const s: MapSide = p.side === 'root' ? 'c' : p.side === 'left' ? 'l' : 'r';
    // The extra room is beyond the box: the box itself sits towards the root.
    const e = extra.get(p.id) ?? 0;
    out.set(p.id, { x: p.x - (s === 'l' ? -e / 2 : e / 2), y: p.y, s });
  }
  if (o.stack) stackHalves(out, items, extra, root, stackChannel(data.shareMax));
  // Hidden nodes: at their nearest visible ancestor (pre-order: parents come first).
  for (const n of data.nodes) {
    if (out.has(n.id) || n.p === undefined) continue;
    const at = out.get(n.p);
    if (at) out.set(n.id, at);
  }
  return out;
}

/**
 * Moves the two halves of a placed mind map (`placeMindMap`: the root at (0, 0), each half
 * centred on its height, its inner edge `rootGap` beyond the root's box) under the root: each
 * half's inner edge `channel` / 2 from the root's centre line (`stackChannel`), its top STACK.gap
 * below the root's box. Each half moves as one (its own lines unchanged).
 */
function stackHalves(places: Map<string, MapPlace>, items: ReadonlyMap<string, PlaceItem>, extra: ReadonlyMap<string, number>, root: PlaceItem, channel: number): void {
  for (const side of ['l', 'r'] as const) {
    let inner = Infinity;
    let top = Infinity;
    for (const [id, p] of places) {
      const it = items.get(id);
      if (p.s !== side || !it) continue;
      // The box's own width (the extra room is beyond it, on its outer side).
      const w = it.width - (extra.get(id) ?? 0);
      top = Math.min(top, p.y - it.height / 2);
      inner = Math.min(inner, side === 'r' ? p.x - w / 2 : -(p.x + w / 2));
    }
    if (!Number.isFinite(top)) continue;
    const dx = (side === 'r' ? 1 : -1) * (channel / 2 - inner);
    const dy = root.height / 2 + STACK.gap - top;
    for (const [id, p] of places) if (p.s === side && items.has(id)) places.set(id, { x: p.x + dx, y: p.y + dy, s: p.s });
  }
}

/**
 * Whether branch `b` sits under its root `a` as the stacked layout puts it: wholly below the
 * root's box, its side facing the root's centre line nearer to it than the root's half-width
 * and half the mind map's gap from the root (a two-sided mind map puts that side a whole gap,
 * 72 px, beyond the root's box, however low the branch). Its line leaves the root's bottom, not its side.
 */
export function stackedBelow(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }): boolean {
  const inner = Math.abs(b.x - a.x) - b.w / 2;
  return b.y - b.h / 2 >= a.y + a.h / 2 && inner < a.w / 2 + 36;
}

/** The size of the count drawn beside a folded node (how many children it hides): font size, height, gap to the box, padding (model px). */
export interface FoldBadge {
  readonly fontSize: number;
  readonly height: number;
  readonly gap: number;
  readonly padX: number;
}

/** The count's size on a desktop (drawn 9–11 px high at the zoom a map opens at). */
export const FOLD_BADGE: FoldBadge = { fontSize: 11, height: 18, gap: 6, padX: 6 };
/**
 * The count's size in a phone's stacked layout: a phone opens at 10/18–12/18 of the model's size
 * (viewport.ts NARROW_MIN_ZOOM), where 11 px digits were drawn 6–7 px high; 18 px digits, as
 * the branch labels beside them, read at 10 px or more.
 */
export const FOLD_BADGE_STACKED: FoldBadge = { fontSize: 18, height: 26, gap: 6, padX: 7 };

/** The count's size for a layout: stacked (a phone) or not. */
export const foldBadgeFor = (stack: boolean): FoldBadge => (stack ? FOLD_BADGE_STACKED : FOLD_BADGE);

/** Width (px, even) of the count beside a folded node of `count` children. */
export function foldBadgeWidth(count: number, b: FoldBadge = FOLD_BADGE): number {
  const w = Math.ceil(estimateTextWidth(String(count), b.fontSize, true) + 2 * b.padX);
  return w + (w % 2);
}

/** The room each folded node's count needs beyond its box (for `relayoutMap`'s `extra`): gap and badge. */
export function foldRoom(counts: ReadonlyMap<string, number>, b: FoldBadge = FOLD_BADGE): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, count] of counts) out.set(id, b.gap + foldBadgeWidth(count, b));
  return out;
}

/** Centre of the count beside a folded node placed at `n` (outward: right of it on the right half, left on the left). */
export function foldBadgeCentre(n: { x: number; y: number; w: number; s: MapSide }, count: number, b: FoldBadge = FOLD_BADGE): { x: number; y: number } {
  const dir = n.s === 'l' ? -1 : 1;
  return { x: n.x + dir * (n.w / 2 + b.gap + foldBadgeWidth(count, b) / 2), y: n.y };
}

/**
 * The map data with only the nodes not in `hidden`, at the places `relayoutMap` gives them (the
 * static picture of a map that opens folded).
 */
export function visibleMapData<D extends { nodes: readonly MapNode[] }>(data: D, hidden: ReadonlySet<string>, places: ReadonlyMap<string, MapPlace>): D & { nodes: MapNode[] } {
  const nodes: MapNode[] = [];
  for (const n of data.nodes) {
    if (hidden.has(n.id)) continue;
    const p = places.get(n.id);
    nodes.push(p ? { ...n, x: p.x, y: p.y, s: p.s } : n);
  }
  return { ...data, nodes };
}
