/**
 * View: the map data (`map.json`), what the home page's skill map draws — ids, labels
 * (pre-wrapped, zh/en), kind, status, hasNote, branch, parent, depth, side, box and position of
 * every node of the map tree, and the cross edges between them. Built once per build from the
 * layout the engine computed (`Graph.layout`): nothing is measured or wrapped again, here or in
 * the browser (which only places the visible tree again from these boxes when nodes are folded:
 * map-layout.ts). The same data renders the static picture and the outline on the home page.
 * Keys are short because the file ships to every visitor. Pure: the browser imports the types
 * from here, and `MAP_TYPE` and `unwrapLabel` from map-labels.ts (not this builder's imports).
 */
import type { ConceptKind, Graph } from '../graph/model.ts';
import { MAP_TYPE, unwrapLabel } from './map-labels.ts';
import { branchTotals } from './progress-data.ts';
import { glossaryKeywords } from './glossary-keywords.ts';

/** The typography the boxes were sized for, and a label on one line (map-labels.ts, what the browser reads). */
export { MAP_TYPE, unwrapLabel };

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
  /** Aliases, keywords (the glossary's Chinese names among them) and field path (for the map search). */
  a?: string[];
  kw?: string[];
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
  /**
   * The most concepts a branch counts (the total of its share learned, "7 / 12": progress-data.ts
   * `branchTotals` of the concepts on the map, as the map counts them); absent when none. A phone's
   * stacked layout keeps room for two such shares between its halves (map-layout.ts `stackChannel`).
   */
  shareMax?: number;
}

const CROSS: ReadonlySet<string> = new Set<CrossEdgeType>(['prerequisite', 'related', 'transition']);

/** Summary cut for the tooltip, at a character boundary (CJK-safe), with an ellipsis. */
export function tooltipSummary(text: string, max = 140): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The map data of a graph (empty when the engine did not lay the map out). */
export function buildMapData(graph: Pick<Graph, 'root' | 'concepts' | 'edges' | 'layout'>): MapData {
  const laid = graph.layout?.nodes ?? [];
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const parentOf = new Map(laid.map((n) => [n.id, n.parent]));
  const nodes: MapNode[] = [];
  for (const ln of laid) {
    const c = byId.get(ln.id);
    if (!c) continue;
    const node: MapNode = {
      id: c.id,
      zh: ln.zh.join('\n'),
      en: ln.en.join('\n'),
      k: c.kind,
      n: c.hasNote ? 1 : 0,
      b: ln.side === 'root' ? c.id : c.branch || branchOf(ln.id, parentOf, graph.root),
      d: ln.depth,
      s: ln.side === 'root' ? 'c' : ln.side === 'left' ? 'l' : 'r',
      x: ln.x,
      y: ln.y,
      w: ln.w,
      h: ln.h,
    };
    if (ln.parent !== undefined) node.p = ln.parent;
    if (c.status) node.st = c.status;
    const aliases = c.aliases.filter((a) => a.trim() !== '');
    if (aliases.length > 0) node.a = aliases;
    // The concept search's vocabulary: its keywords and the glossary's Chinese names of its English
    // names (glossary-keywords.ts: 服务账号 finds ServiceAccount here as in search).
    const keywords = [...(c.keywords ?? []), ...glossaryKeywords(c)].filter((w) => w.trim() !== '');
    if (keywords.length > 0) node.kw = keywords;
    if (c.fieldPath) node.f = c.fieldPath;
    if (c.summary) node.sm = tooltipSummary(c.summary);
    nodes.push(node);
  }

  const onMap = parentOf;
  const seen = new Set<string>();
  const edges: MapEdge[] = [];
  for (const e of graph.edges) {
    if (!CROSS.has(e.type) || e.from === e.to || !onMap.has(e.from) || !onMap.has(e.to)) continue;
    // `related` is symmetric: draw one line per pair.
    const key = e.type === 'related' ? `related:${[e.from, e.to].sort().join('\u0000')}` : `${e.type}:${e.from}\u0000${e.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const edge: MapEdge = { s: e.from, t: e.to, ty: e.type as CrossEdgeType };
    if (e.type === 'transition' && e.label) edge.l = e.label;
    edges.push(edge);
  }
  // A branch's share counts the concepts drawn under it (mined concepts off the curated map are not).
  const shareMax = Math.max(0, ...branchTotals(graph, new Set(nodes.map((n) => n.id))).values());
  return { v: MAP_DATA_VERSION, root: graph.root, nodes, edges, ...(shareMax > 0 ? { shareMax } : {}) };
}

function branchOf(id: string, parentOf: Map<string, string | undefined>, root: string): string {
  let cur = id;
  for (;;) {
    const p = parentOf.get(cur);
    if (p === undefined || p === root) return cur;
    cur = p;
  }
}
