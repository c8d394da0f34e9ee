/**
 * The skill map's Cytoscape elements, built from `map.json` (the map-data view): node and edge
 * definitions, the S-curves of the branch lines, and the staging plan — which elements go into
 * the first frame and in which chunks the rest follow. Pure (no DOM, no Cytoscape instance),
 * unit tested in tests/unit/map.
 */
import type { ElementDefinition } from 'cytoscape';
import { MAP_TYPE } from '../../views/map-labels.ts';
import type { MapData, MapNode } from '../../views/map-data.ts';
import type { MapModel } from './map-model.ts';
import { stackedBelow } from '../../views/map-layout.ts';

export type LabelLang = 'zh' | 'en';

/** Branch lines cycle through this many colours. */
export const BRANCH_COLOURS = 8;
/** Nodes added per task after the first frame (the page stays responsive between chunks). */
export const REST_CHUNK = 1000;

/** Colour index of every branch (the root's children, in map order). */
export function branchIndexes(data: MapData): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of data.nodes) if (n.p === data.root) out.set(n.id, out.size % BRANCH_COLOURS);
  return out;
}

/** A node, labelled in `labelLang`, with extra classes (root and historical ones are added). */
export function nodeDef(n: MapNode, labelLang: LabelLang, classes: string[] = []): ElementDefinition {
  if (n.p === undefined) classes.push('root');
  if (n.st) classes.push('historical');
  return {
    group: 'nodes',
    data: { id: n.id, zh: n.zh, en: n.en, lbl: n[labelLang], k: n.k, n: n.n, d: n.d, w: n.w, h: n.h, fs: MAP_TYPE.fontSize(n.d), b: n.b },
    position: { x: n.x, y: n.y },
    classes,
  };
}

/** The tree line from a node's parent to it (`t:<id>`). */
export function treeEdgeDef(n: MapNode, branchIndex: ReadonlyMap<string, number>): ElementDefinition {
  return {
    group: 'edges',
    data: { id: `t:${n.id}`, source: n.p, target: n.id, ty: 'child', d: n.d, bi: branchIndex.get(n.b) ?? 0 },
  };
}

/** The bow of a cross edge (model units) when its ends are far apart. */
export const CROSS_BOW = 40;

type Box = Pick<MapNode, 'x' | 'y' | 'w' | 'h'>;

/**
 * How far the control point of a cross edge (an unbundled bezier, distances measured from the
 * line between the two node centres) must sit from that line so that it lies outside both
 * boxes, `margin` clear, on either side. A control point inside a box leaves Cytoscape without
 * a valid endpoint: it warns "invalid endpoints" and does not draw the edge at all — which is
 * what happened to prerequisites between close siblings (Linux 进程管理 → Cgroups, stacked
 * 40 units apart, with a fixed bow of 40 that put the control point inside both boxes).
 */
export function crossCurveDistance(a: Box, b: Box, margin = 12): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l = Math.hypot(dx, dy);
  if (l === 0) return CROSS_BOW;
  // Unit normal of the centre line; the control point is mid ± d·n.
  const nx = -dy / l;
  const ny = dx / l;
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const inside = (px: number, py: number, box: Box): boolean =>
    Math.abs(px - box.x) < box.w / 2 + margin && Math.abs(py - box.y) < box.h / 2 + margin;
  const clear = (d: number): boolean =>
    [1, -1].every((s) => !inside(mx + s * d * nx, my + s * d * ny, a) && !inside(mx + s * d * nx, my + s * d * ny, b));
  let d = CROSS_BOW;
  // The boxes are finite: past half their diagonals plus the margin every point is clear.
  const limit = Math.hypot(a.w, a.h) / 2 + Math.hypot(b.w, b.h) / 2 + l + margin;
  while (!clear(d) && d < limit) d += 4;
  return Math.round(d);
}

/**
 * The bow (`cpd` data) a cross edge between boxes `a` and `b` needs, undefined when the style's
 * CROSS_BOW will do (or a box is unknown). It depends on where the nodes are: a new layout
 * (relayout.ts `syncCrossBows`) sets it again.
 */
export function crossBow(a: Box | undefined, b: Box | undefined): number | undefined {
  if (!a || !b) return undefined;
  const cpd = crossCurveDistance(a, b);
  return cpd !== CROSS_BOW ? cpd : undefined;
}

/**
 * A cross edge (`x:<index>`), hidden (`off`) unless its type is switched on. With the map's
 * nodes (`byId`), it carries the bow (`cpd`) that keeps its control point clear of both boxes.
 */
export function crossEdgeDef(e: MapData['edges'][number], i: number, off: boolean, byId?: ReadonlyMap<string, Box>): ElementDefinition {
  const d: Record<string, string | number> = { id: `x:${i}`, source: e.s, target: e.t, ty: e.ty };
  if (e.l) d.l = e.l;
  const cpd = crossBow(byId?.get(e.s), byId?.get(e.t));
  if (cpd !== undefined) d.cpd = cpd;
  return { group: 'edges', data: d, classes: off ? 'cross off' : 'cross' };
}

/**
 * Control points for a mind-map branch line from `a` to `b`: an S curve that leaves `a`'s side
 * horizontally and reaches `b`'s facing side horizontally (two quadratic control points placed
 * half-way between the two boxes, at each end's height; weights/distances are relative to the
 * line between the node centres). In a phone's stacked layout (`b` wholly below `a`:
 * map-layout.ts `stackedBelow`) the line leaves `a`'s bottom downwards and turns into `b`'s
 * side facing the root's centre line, one control point at the corner, as the static picture
 * draws it. Every style a line may have had before is set again (a new layout may change its kind).
 */
export function sCurve(a: { x: number; y: number; w: number; h?: number }, b: { x: number; y: number; w: number; h?: number }): Record<string, unknown> {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const ends = { 'source-endpoint': 'outside-to-node', 'target-endpoint': 'outside-to-node' };
  if (l2 === 0 || Math.abs(dy) < 1) return { 'curve-style': 'straight', ...ends };
  const dir = Math.sign(dx) || 1;
  const l = Math.sqrt(l2);
  // Projection of (px, py) (relative to a) on the a→b line, and its signed distance from it.
  const weight = (px: number, py: number): number => (px * dx + py * dy) / l2;
  const dist = (px: number, py: number): number => (py * dx - px * dy) / l;
  if (a.h !== undefined && b.h !== undefined && stackedBelow({ x: a.x, y: a.y, w: a.w, h: a.h }, { x: b.x, y: b.y, w: b.w, h: b.h })) {
    return {
      'curve-style': 'unbundled-bezier',
      'source-endpoint': `0px ${a.h / 2}px`,
      'target-endpoint': `${(-dir * b.w) / 2}px 0px`,
      'control-point-weights': [weight(0, dy)],
      'control-point-distances': [dist(0, dy)],
    };
  }
  const mid = (a.x + (dir * a.w) / 2 + (b.x - (dir * b.w) / 2)) / 2 - a.x;
  return {
    'curve-style': 'unbundled-bezier',
    ...ends,
    'control-point-weights': [weight(mid, 0), weight(mid, dy)],
    'control-point-distances': [dist(mid, 0), dist(mid, dy)],
  };
}

/** The first frame: the nodes in `firstIds` (map order) and the tree lines between them. */
export function firstElements(data: MapData, firstIds: ReadonlySet<string>, labelLang: LabelLang, branchIndex: ReadonlyMap<string, number>): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of data.nodes) if (firstIds.has(n.id)) out.push(nodeDef(n, labelLang));
  for (const n of data.nodes) if (n.p !== undefined && firstIds.has(n.id) && firstIds.has(n.p)) out.push(treeEdgeDef(n, branchIndex));
  return out;
}

export interface RestChunk {
  /** Nodes to add, in order. */
  nodes: MapNode[];
  /** Nodes whose tree line (from their parent) can be added with this chunk: both ends are in. */
  lines: MapNode[];
}

/**
 * After the first frame: the remaining nodes in `order` (nearest to the first view first), in
 * chunks of `chunk`, each with the tree lines whose two ends are in once it is added (a child
 * added before its parent gets its line with the parent's chunk). Every node not in the first
 * frame comes once, every tree line once.
 */
export function planRest(data: MapData, model: MapModel, firstIds: ReadonlySet<string>, order: readonly MapNode[], chunk = REST_CHUNK): RestChunk[] {
  const added = new Set(firstIds);
  const lined = new Set<string>();
  for (const n of data.nodes) if (n.p !== undefined && firstIds.has(n.id) && firstIds.has(n.p)) lined.add(n.id);
  const out: RestChunk[] = [];
  for (let i = 0; i < order.length; i += chunk) {
    const nodes = order.slice(i, i + chunk);
    for (const n of nodes) added.add(n.id);
    const lines: MapNode[] = [];
    const line = (n: MapNode): void => {
      if (n.p === undefined || lined.has(n.id) || !added.has(n.id) || !added.has(n.p)) return;
      lined.add(n.id);
      lines.push(n);
    };
    for (const n of nodes) {
      line(n);
      for (const c of model.children.get(n.id) ?? []) line(model.byId.get(c)!);
    }
    out.push({ nodes, lines });
  }
  return out;
}
