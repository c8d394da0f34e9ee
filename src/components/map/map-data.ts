/**
 * Build-time: the Graph → the compact `MapData` the map draws (positions from the engine's
 * layout, box sizes and wrapped labels from the same layout code, cross edges between nodes
 * that are on the map). Pure; no Astro imports, so it is unit-testable and usable by the bench.
 */
import type { Concept, Graph } from '../../graph/model.ts';
import { layoutMindMap } from '../../graph/layout.ts';
import { MAP_DATA_VERSION, type CrossEdgeType, type MapData, type MapEdge, type MapNode } from '../../scripts/map/types.ts';

const CROSS: ReadonlySet<string> = new Set<CrossEdgeType>(['prerequisite', 'related', 'transition']);

/** Summary cut for the tooltip, at a character boundary (CJK-safe), with an ellipsis. */
export function tooltipSummary(text: string, max = 140): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function buildMapData(graph: Pick<Graph, 'root' | 'concepts' | 'edges'>): MapData {
  const laid = layoutMindMap(graph.concepts, graph.root);
  const byId = new Map<string, Concept>(graph.concepts.map((c) => [c.id, c]));
  const nodes: MapNode[] = [];
  for (const ln of laid.nodes) {
    const c = byId.get(ln.id)!;
    const pos = c.position ?? ln.position;
    const node: MapNode = {
      id: c.id,
      zh: ln.box.lines.zh.join('\n'),
      en: ln.box.lines.en.join('\n'),
      k: c.kind,
      n: c.hasNote ? 1 : 0,
      b: ln.side === 'root' ? c.id : (c.branch || branchOf(ln.id, laid.byId, graph.root)),
      d: ln.box.depth,
      s: ln.side === 'root' ? 'c' : ln.side === 'left' ? 'l' : 'r',
      x: pos.x,
      y: pos.y,
      w: ln.box.width,
      h: ln.box.height,
    };
    if (ln.parent !== undefined) node.p = ln.parent;
    if (c.status) node.st = c.status;
    const aliases = c.aliases.filter((a) => a.trim() !== '');
    if (aliases.length > 0) node.a = aliases;
    if (c.fieldPath) node.f = c.fieldPath;
    if (c.summary) node.sm = tooltipSummary(c.summary);
    nodes.push(node);
  }

  const onMap = laid.byId;
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
  return { v: MAP_DATA_VERSION, root: graph.root, nodes, edges };
}

function branchOf(id: string, byId: Map<string, { parent?: string }>, root: string): string {
  let cur = id;
  for (;;) {
    const p = byId.get(cur)?.parent;
    if (p === undefined || p === root) return cur;
    cur = p;
  }
}
