/**
 * The compact map data (`map.json`) the home page's map reads: everything needed to draw the
 * map without running a layout in the browser. Built at build time by
 * src/components/map/map-data.ts; keys are short because the file ships to every visitor.
 */
import type { ConceptKind } from '../../graph/model.ts';

export const MAP_DATA_VERSION = 1;

export type MapSide = 'c' | 'l' | 'r';

export interface MapNode {
  id: string;
  /** Chinese / English label, pre-wrapped into lines joined by `\n`. */
  zh: string;
  en: string;
  /** Kind. */
  k: ConceptKind;
  /** Status (historical, deprecated), when set. */
  st?: string;
  /** 1 when the concept has its own note, 0 for map-only stubs. */
  n: 0 | 1;
  /** Branch id (child of the root; the root's own id for the root). */
  b: string;
  /** Parent in the map tree (absent for the root). */
  p?: string;
  /** Depth in the tree (root 0). */
  d: number;
  /** Side of the root: centre, left, right. */
  s: MapSide;
  /** Centre of the box. */
  x: number;
  y: number;
  /** Box size. */
  w: number;
  h: number;
  /** Aliases and field path (for the map search). */
  a?: string[];
  f?: string;
  /** Short plain-text summary for the tooltip. */
  sm?: string;
}

export type CrossEdgeType = 'prerequisite' | 'related' | 'transition';

export interface MapEdge {
  s: string;
  t: string;
  ty: CrossEdgeType;
  /** Transition label. */
  l?: string;
}

export interface MapData {
  v: typeof MAP_DATA_VERSION;
  root: string;
  /** Pre-order: the root first, every parent before its children, siblings in map order. */
  nodes: MapNode[];
  /** Cross edges between nodes on the map (tree edges come from `p`). */
  edges: MapEdge[];
}
