/**
 * The mind-map placement of a tree of boxes, with no label measuring: the root in the middle,
 * its branches split between a right and a left half (balanced by the height each needs), each
 * branch a tidy tree (d3-flextree: variable node sizes, O(n)) growing away from the root. The
 * build places the whole map tree with it (layout.ts, from the boxes it sizes); the browser
 * places the visible part of that tree again when nodes are folded (src/views/map-layout.ts,
 * from the boxes in map.json), so both are laid out by the same code. Pure, deterministic.
 */
import { flextree, type FlexNode } from 'd3-flextree';

export type Side = 'root' | 'left' | 'right';

export interface MindMapOptions {
  /** Horizontal gap between a node's box and its children's column (px). */
  levelGap?: number;
  /** Horizontal gap between the root's box and the branches. */
  rootGap?: number;
  /** Vertical gap between sibling boxes. */
  siblingGap?: number;
  /** Extra vertical gap between boxes that are not siblings. */
  cousinGap?: number;
  /** Vertical gap between two branches stacked on the same side. */
  branchGap?: number;
  /**
   * Both halves top to bottom in map order, the first part on the left (two columns read like a
   * page: a phone's stacked layout, src/views/map-layout.ts), rather than clockwise from the top right.
   */
  columns?: boolean;
}

const DEFAULTS: Required<MindMapOptions> = { levelGap: 40, rootGap: 72, siblingGap: 6, cousinGap: 12, branchGap: 28, columns: false };

/** A tree of boxes to place: what `placeMindMap` needs of a node (the build's concepts, the browser's visible nodes). */
export interface PlaceItem {
  id: string;
  /** Box size (px). */
  width: number;
  height: number;
  /** Children in map order (top to bottom). */
  children: PlaceItem[];
}

/** A placed node: its box centre and its side of the root. */
export interface PlacedNode {
  id: string;
  parent?: string;
  side: Side;
  x: number;
  y: number;
}

export interface PlacedMindMap {
  /** Pre-order: the root first, then every branch in map order, parents before children. */
  nodes: PlacedNode[];
  /** Ids of the root's branches on each side, top to bottom. */
  right: string[];
  left: string[];
}

interface BranchBlock {
  item: PlaceItem;
  /** Flextree result for the branch: breadth (x) centre and depth (y) start per item. */
  laid: FlexNode<PlaceItem>;
  /** Breadth extent of the block relative to the branch root's centre. */
  top: number;
  bottom: number;
}

function layoutBranch(item: PlaceItem, o: Required<MindMapOptions>): BranchBlock {
  const layout = flextree<PlaceItem>({
    children: (d) => (d.children.length > 0 ? d.children : null),
    nodeSize: (n) => [n.data.height + o.siblingGap, n.data.width + o.levelGap],
    spacing: (a, b) => (a.parent === b.parent ? 0 : o.cousinGap),
  });
  const laid = layout(layout.hierarchy(item));
  let top = Infinity;
  let bottom = -Infinity;
  laid.each((n) => {
    top = Math.min(top, n.x - n.data.height / 2);
    bottom = Math.max(bottom, n.x + n.data.height / 2);
  });
  return { item, laid, top: top - laid.x, bottom: bottom - laid.x };
}

/**
 * Splits the branches (in map order) into a right part (the first k) and a left part, choosing
 * k so that the two columns are as close in height as possible (ties: more on the right).
 */
function splitBranches(blocks: BranchBlock[], gap: number): number {
  const n = blocks.length;
  if (n <= 1) return n;
  const h = blocks.map((b) => b.bottom - b.top);
  const total = h.reduce((s, x) => s + x, 0);
  let best = 1;
  let bestDiff = Infinity;
  let acc = 0;
  for (let k = 1; k < n; k++) {
    acc += h[k - 1]!;
    const right = acc + gap * (k - 1);
    const left = total - acc + gap * (n - k - 1);
    const diff = Math.abs(right - left);
    if (diff < bestDiff) {
      bestDiff = diff;
      best = k;
    }
  }
  return best;
}

/**
 * Places a tree of boxes as the mind map: the root at (0, 0), its branches split between a
 * right and a left half (balanced by height, or on the sides `sides` gives them: a branch not in
 * it goes right), each branch a tidy tree (d3-flextree) growing away from the root. The build
 * places the whole map tree with it; the browser places the visible part of it again when
 * branches are folded (src/views/map-layout.ts), so both are laid out by the same code.
 */
export function placeMindMap(tree: PlaceItem, options: MindMapOptions = {}, sides?: ReadonlyMap<string, 'left' | 'right'>): PlacedMindMap {
  const o = { ...DEFAULTS, ...options };
  const root = tree.id;
  const out: PlacedMindMap = { nodes: [{ id: root, side: 'root', x: 0, y: 0 }], right: [], left: [] };
  const blocks = tree.children.map((b) => layoutBranch(b, o));
  let rightBlocks: BranchBlock[];
  let leftBlocks: BranchBlock[];
  if (sides) {
    rightBlocks = blocks.filter((b) => sides.get(b.item.id) !== 'left');
    leftBlocks = blocks.filter((b) => sides.get(b.item.id) === 'left');
    if (!o.columns) leftBlocks.reverse();
  } else if (o.columns) {
    const k = splitBranches(blocks, o.branchGap);
    leftBlocks = blocks.slice(0, k);
    rightBlocks = blocks.slice(k);
  } else {
    const k = splitBranches(blocks, o.branchGap);
    // Clockwise like a hand-drawn mind map: right side top→bottom, then left side bottom→top.
    rightBlocks = blocks.slice(0, k);
    leftBlocks = blocks.slice(k).reverse();
  }
  out.right = rightBlocks.map((b) => b.item.id);
  out.left = leftBlocks.map((b) => b.item.id);

  const placed = new Map<BranchBlock, PlacedNode[]>();
  const placeSide = (side: 'left' | 'right', list: BranchBlock[]): void => {
    const height = list.reduce((s, b) => s + (b.bottom - b.top), 0) + o.branchGap * Math.max(0, list.length - 1);
    let cursor = -height / 2;
    const sign = side === 'right' ? 1 : -1;
    const x0 = tree.width / 2 + o.rootGap;
    for (const b of list) {
      const branchCentreY = cursor - b.top;
      const rootX = b.laid.x;
      const rootY = b.laid.y;
      const nodes: PlacedNode[] = [];
      // Pre-order walk so `nodes` lists parents before children, in map order.
      const stack: FlexNode<PlaceItem>[] = [b.laid];
      while (stack.length > 0) {
        const n = stack.pop()!;
        nodes.push({
          id: n.data.id,
          parent: n.parent ? n.parent.data.id : root,
          side,
          x: Math.round(sign * (x0 + (n.y - rootY) + n.data.width / 2)),
          y: Math.round(branchCentreY + (n.x - rootX)),
        });
        const ch = n.children ?? [];
        for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
      }
      placed.set(b, nodes);
      cursor += b.bottom - b.top + o.branchGap;
    }
  };
  placeSide('right', rightBlocks);
  placeSide('left', leftBlocks);
  for (const b of blocks) out.nodes.push(...placed.get(b)!);
  return out;
}

