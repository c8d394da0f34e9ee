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
}

type LayoutNode = Pick<MapNode, 'id' | 'p' | 'w' | 'h'>;

/**
 * Places the nodes of `data` not in `hidden` (map.json order: pre-order, siblings in map order)
 * as the build does; a hidden node gets the place of its nearest visible ancestor (so it unfolds
 * out of it). Every node of `data` gets a place.
 */
export function relayoutMap(data: { root: string; nodes: readonly LayoutNode[] }, hidden: ReadonlySet<string>, o: RelayoutOptions = {}): Map<string, MapPlace> {
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
  const placed = placeMindMap(root, {}, sides);
  for (const p of placed.nodes) {
    const s: MapSide = p.side === 'root' ? 'c' : p.side === 'left' ? 'l' : 'r';
    // The extra room is beyond the box: the box itself sits towards the root.
    const e = extra.get(p.id) ?? 0;
    out.set(p.id, { x: p.x - (s === 'l' ? -e / 2 : e / 2), y: p.y, s });
  }
  // Hidden nodes: at their nearest visible ancestor (pre-order: parents come first).
  for (const n of data.nodes) {
    if (out.has(n.id) || n.p === undefined) continue;
    const at = out.get(n.p);
    if (at) out.set(n.id, at);
  }
  return out;
}

/** The count drawn beside a folded node (how many children it hides): font size, height, gap to the box (px). */
export const FOLD_BADGE = { fontSize: 11, height: 18, gap: 6, padX: 6 } as const;

/** Width (px, even) of the count beside a folded node of `count` children. */
export function foldBadgeWidth(count: number): number {
  const w = Math.ceil(estimateTextWidth(String(count), FOLD_BADGE.fontSize, true) + 2 * FOLD_BADGE.padX);
  return w + (w % 2);
}

/** The room each folded node's count needs beyond its box (for `relayoutMap`'s `extra`): gap and badge. */
export function foldRoom(counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, count] of counts) out.set(id, FOLD_BADGE.gap + foldBadgeWidth(count));
  return out;
}

/** Centre of the count beside a folded node placed at `n` (outward: right of it on the right half, left on the left). */
export function foldBadgeCentre(n: { x: number; y: number; w: number; s: MapSide }, count: number): { x: number; y: number } {
  const dir = n.s === 'l' ? -1 : 1;
  return { x: n.x + dir * (n.w / 2 + FOLD_BADGE.gap + foldBadgeWidth(count) / 2), y: n.y };
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
