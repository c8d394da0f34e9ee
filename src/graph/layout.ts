/**
 * Build-time layout of the skill map: a deterministic mind map in the spirit of the reference
 * Kubernetes 技能图谱. The root sits in the middle; the root's branches are split between a
 * right and a left half, balanced by the height each branch needs; inside a branch every
 * subtree is a tidy tree (d3-flextree: variable node sizes, O(n)), growing away from the root.
 * map-boxes.ts sizes the boxes, mind-map.ts places them (and, in the browser, the visible part
 * again); this file builds the tree from the concepts and keeps the result (Graph.layout).
 *
 * Node sizes come from estimated label widths (CJK characters are full width, Latin letters
 * about 0.6em), so labels never overlap. Each node's box is sized for the longer of its
 * Chinese and English labels, so the same positions serve both label languages.
 *
 * Pure: no DOM, no randomness, no dependence on input order beyond the concepts' `order`/`id`.
 */
import { placeMindMap, type MindMapOptions, type PlaceItem, type Side } from './mind-map.ts';
import type { Concept, Position } from './model.ts';
import { nodeBox, type NodeBox } from './map-boxes.ts';

export type { MindMapOptions, Side } from './mind-map.ts';
export { estimateTextWidth, mapLabels, MAP_TYPE, nodeBox, wrapLabel, type LabelLines, type NodeBox } from './map-boxes.ts';

// ---------------------------------------------------------------------------------------------
// The mind-map layout


export interface LaidOutNode {
  id: string;
  parent?: string;
  side: Side;
  box: NodeBox;
  /** Centre of the node's box. */
  position: Position;
}

export interface MindMapLayout {
  root: string;
  /** Tree nodes in pre-order (root first, then every branch in map order, parents before children). */
  nodes: LaidOutNode[];
  byId: Map<string, LaidOutNode>;
  /** Ids of the root's branches on each side, top to bottom. */
  right: string[];
  left: string[];
  /** Bounding box of all node boxes. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

interface TreeItem {
  concept: Concept;
  box: NodeBox;
  children: TreeItem[];
}

function byOrder(a: Concept, b: Concept): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The map tree under `root`, from `parent` links. Concepts whose parent chain does not reach the
 * root (terms mined from notes, broken parents, cycles) are not in it.
 */
function buildTree(concepts: readonly Concept[], root: string): TreeItem | undefined {
  const rootConcept = concepts.find((c) => c.id === root);
  if (!rootConcept) return undefined;
  const kids = new Map<string, Concept[]>();
  for (const c of concepts) {
    if (c.id === root || c.parent === undefined) continue;
    const list = kids.get(c.parent);
    if (list) list.push(c);
    else kids.set(c.parent, [c]);
  }
  const seen = new Set<string>([root]);
  const make = (c: Concept, depth: number): TreeItem => ({ concept: c, box: nodeBox(c, depth), children: [] });
  const top = make(rootConcept, 0);
  // Iterative DFS so deep trees cannot overflow the stack.
  const stack: { item: TreeItem; depth: number }[] = [{ item: top, depth: 0 }];
  while (stack.length > 0) {
    const { item, depth } = stack.pop()!;
    const list = [...(kids.get(item.concept.id) ?? [])].sort(byOrder);
    for (const c of list) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const child = make(c, depth + 1);
      item.children.push(child);
      stack.push({ item: child, depth: depth + 1 });
    }
  }
  return top;
}

/** The full mind-map layout with sides, boxes and label lines (used by the map's JSON). */
export function layoutMindMap(concepts: readonly Concept[], root: string, options: MindMapOptions = {}): MindMapLayout {
  const out: MindMapLayout = {
    root,
    nodes: [],
    byId: new Map(),
    right: [],
    left: [],
    bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
  };
  const tree = buildTree(concepts, root);
  if (!tree) return out;

  const boxes = new Map<string, NodeBox>();
  const toPlace = (t: TreeItem): PlaceItem => {
    boxes.set(t.concept.id, t.box);
    return { id: t.concept.id, width: t.box.width, height: t.box.height, children: [] };
  };
  // Iterative, like buildTree: deep trees cannot overflow the stack.
  const top = toPlace(tree);
  const stack: [TreeItem, PlaceItem][] = [[tree, top]];
  while (stack.length > 0) {
    const [t, p] = stack.pop()!;
    for (const c of t.children) {
      const pc = toPlace(c);
      p.children.push(pc);
      stack.push([c, pc]);
    }
  }
  const placed = placeMindMap(top, options);
  out.right = placed.right;
  out.left = placed.left;
  for (const n of placed.nodes) {
    const node: LaidOutNode = { id: n.id, side: n.side, box: boxes.get(n.id)!, position: { x: n.x, y: n.y } };
    if (n.parent !== undefined) node.parent = n.parent;
    out.nodes.push(node);
    out.byId.set(n.id, node);
  }

  const bd = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const n of out.nodes) {
    bd.minX = Math.min(bd.minX, n.position.x - n.box.width / 2);
    bd.maxX = Math.max(bd.maxX, n.position.x + n.box.width / 2);
    bd.minY = Math.min(bd.minY, n.position.y - n.box.height / 2);
    bd.maxY = Math.max(bd.maxY, n.position.y + n.box.height / 2);
  }
  out.bounds = bd;
  return out;
}

/** One node of the laid-out skill map, as the engine keeps it (`Graph.layout`). */
export interface MapLayoutNode {
  id: string;
  /** Parent in the map tree (absent for the root). */
  parent?: string;
  side: Side;
  /** Distance from the root (root 0). */
  depth: number;
  /** Centre of the box (the same numbers as `Concept.position`). */
  x: number;
  y: number;
  /** Box size, fitting both label languages. */
  w: number;
  h: number;
  /** The labels wrapped into lines, Chinese and English (drawn exactly so). */
  zh: string[];
  en: string[];
}

/** The build-time skill-map layout: every node of the map tree in pre-order (root first, then each branch in map order). */
export interface MapLayout {
  nodes: MapLayoutNode[];
}

/**
 * The layout the engine stores with the graph (`Graph.layout`): positions, boxes, sides and
 * wrapped labels of every node in the map tree under `root`, computed once per build; the map's
 * data (map.json, the static picture, the outline) is read from it; its boxes are never measured
 * again (when nodes are folded, the visible part is placed again from them: views/map-layout.ts).
 */
export function mapLayout(concepts: readonly Concept[], root: string, options: MindMapOptions = {}): MapLayout {
  const laid = layoutMindMap(concepts, root, options);
  return {
    nodes: laid.nodes.map((n) => ({
      id: n.id,
      ...(n.parent !== undefined ? { parent: n.parent } : {}),
      side: n.side,
      depth: n.box.depth,
      x: n.position.x,
      y: n.position.y,
      w: n.box.width,
      h: n.box.height,
      zh: n.box.lines.zh,
      en: n.box.lines.en,
    })),
  };
}

/**
 * Positions (box centres) of every concept in the map tree under `root`. Concepts outside the
 * tree get none. (The engine stores the whole `mapLayout`; this is the positions alone.)
 */
export function layoutMap(concepts: readonly Concept[], root: string, options: MindMapOptions = {}): Map<string, Position> {
  const laid = layoutMindMap(concepts, root, options);
  return new Map(laid.nodes.map((n) => [n.id, n.position]));
}
