/**
 * The map's viewports, computed from `map.json` alone (boxes and positions from the build), so
 * the first view is known before Cytoscape holds any element: which nodes it shows decides
 * what goes into Cytoscape's first frame (see `firstViewNodes`).
 */
import type { MapData, MapNode } from '../../views/map-data.ts';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export const MIN_ZOOM = 0.03;
export const MAX_ZOOM = 3;
/** Below this zoom the whole map is unreadable: start on the root instead (phones, big maps). */
export const READABLE_ZOOM = 0.3;
/** The zoom of that start on the root. */
export const ROOT_ZOOM = 0.5;
/** The zoom a deep link (`?focus=`) starts at, centred on its node. */
export const FOCUS_ZOOM = 1.1;
/** Padding (px) around a fitted map. */
export const FIT_PAD = 24;

type Box = Pick<MapNode, 'id' | 'x' | 'y' | 'w' | 'h'>;

/** Zoom and pan that fit the boxes not in `hidden` into a w × h viewport with `pad` px around. */
export function fitView(nodes: readonly Box[], hidden: ReadonlySet<string>, w: number, h: number, pad = FIT_PAD): Viewport | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    if (hidden.has(n.id)) continue;
    x1 = Math.min(x1, n.x - n.w / 2);
    x2 = Math.max(x2, n.x + n.w / 2);
    y1 = Math.min(y1, n.y - n.h / 2);
    y2 = Math.max(y2, n.y + n.h / 2);
  }
  if (!Number.isFinite(x1) || w <= 0 || h <= 0) return undefined;
  const fit = Math.min((w - 2 * pad) / Math.max(1, x2 - x1), (h - 2 * pad) / Math.max(1, y2 - y1));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fit));
  return { zoom, pan: { x: w / 2 - ((x1 + x2) / 2) * zoom, y: h / 2 - ((y1 + y2) / 2) * zoom } };
}

/** The viewport that puts node `n` in the middle at `zoom`. */
export function centredOn(n: Pick<MapNode, 'x' | 'y'>, zoom: number, w: number, h: number): Viewport {
  const z = Math.min(MAX_ZOOM, zoom);
  return { zoom: z, pan: { x: w / 2 - n.x * z, y: h / 2 - n.y * z } };
}

/**
 * The map's first view without a deep link: the whole visible map fitted, or, when that is too
 * small to read, the root (the first node: map.json is in pre-order) at a readable zoom.
 */
export function startView(nodes: readonly Box[], hidden: ReadonlySet<string>, w: number, h: number): Viewport {
  const fit = fitView(nodes, hidden, w, h);
  if (fit && fit.zoom >= READABLE_ZOOM) return fit;
  const root = nodes[0];
  return root ? centredOn(root, ROOT_ZOOM, w, h) : { zoom: 1, pan: { x: w / 2, y: h / 2 } };
}

/**
 * Ids of the nodes Cytoscape needs for the first frame of `view` (a w × h viewport): the nodes
 * whose boxes meet the view grown by `margin` of its size on every side, their parents (so each
 * one's line to its parent is drawn), the root and its children (the branch lines and their
 * progress numbers). Everything else can be added after the first frame.
 */
export function firstViewNodes(data: Pick<MapData, 'root' | 'nodes'>, view: Viewport, w: number, h: number, margin = 0.5): Set<string> {
  const mw = w / view.zoom;
  const mh = h / view.zoom;
  const x1 = -view.pan.x / view.zoom - mw * margin;
  const y1 = -view.pan.y / view.zoom - mh * margin;
  const x2 = x1 + mw * (1 + 2 * margin);
  const y2 = y1 + mh * (1 + 2 * margin);
  const ids = new Set<string>();
  for (const n of data.nodes) {
    const inView = n.x + n.w / 2 >= x1 && n.x - n.w / 2 <= x2 && n.y + n.h / 2 >= y1 && n.y - n.h / 2 <= y2;
    if (inView || n.p === undefined || n.p === data.root) {
      ids.add(n.id);
      if (n.p !== undefined) ids.add(n.p);
    }
  }
  return ids;
}

/** Squared distance of a node from the centre of `view` (model units): the order the rest is added in. */
export function distanceFromView(n: Pick<MapNode, 'x' | 'y'>, view: Viewport, w: number, h: number): number {
  const cx = (w / 2 - view.pan.x) / view.zoom;
  const cy = (h / 2 - view.pan.y) / view.zoom;
  return (n.x - cx) ** 2 + (n.y - cy) ** 2;
}
