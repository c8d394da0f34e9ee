/**
 * Build-time layout of a state diagram (e.g. the Pod phases) with dagre. The result is plain
 * JSON that the browser script hands to Cytoscape with the `preset` layout: no layout runs in
 * the browser. Two layouts are computed — left-to-right for wide screens, top-to-bottom for
 * narrow ones — and both are deterministic (same graph in, same positions out).
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { StateDiagramData } from './page-data.ts';

export interface StateNodeData {
  id: string;
  /** Display label (plain text; Cytoscape draws it on canvas, never as HTML). */
  label: string;
  url: string;
  current: boolean;
  width: number;
  height: number;
}

export interface StateEdgeData {
  id: string;
  source: string;
  target: string;
  /** The transition's full label (shown in the text list). */
  label: string;
  /** 1-based number drawn on the edge; the numbered text list below the canvas spells it out. */
  num: number;
}

export interface StateLayout {
  /** Positions of node centres by id. */
  positions: Record<string, { x: number; y: number }>;
  width: number;
  height: number;
}

export interface StateDiagramJson {
  nodes: StateNodeData[];
  edges: StateEdgeData[];
  layouts: { wide: StateLayout; tall: StateLayout };
}

const FONT_PX = 14;
const EDGE_FONT_PX = 12;

/** Rough width of text in px: CJK and full-width characters count double. */
export function textWidth(text: string, fontPx: number): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.6;
  return Math.ceil(units * fontPx);
}

export function stateLabel(title: string, titleZh?: string): string {
  return titleZh && titleZh !== title ? `${title}\n${titleZh}` : title;
}

function runLayout(nodes: StateNodeData[], edges: StateEdgeData[], rankdir: 'LR' | 'TB'): StateLayout {
  const g = new Graph({ multigraph: true, directed: true });
  g.setGraph({ rankdir, nodesep: 36, ranksep: rankdir === 'LR' ? 70 : 56, edgesep: 16, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) {
    // Edges carry their number on the canvas (a small badge); full labels are in the list.
    const box = { width: textWidth(String(e.num), EDGE_FONT_PX) + 12, height: EDGE_FONT_PX + 8 };
    g.setEdge(e.source, e.target, { ...box, labelpos: 'c' }, e.id);
  }
  layout(g);
  const positions: StateLayout['positions'] = {};
  for (const n of nodes) {
    const p = g.node(n.id);
    positions[n.id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  const gl = g.graph();
  return { positions, width: Math.round(gl.width ?? 0), height: Math.round(gl.height ?? 0) };
}

/** Nodes, edges and both layouts for a state diagram. */
export function layoutStateDiagram(data: StateDiagramData, urlOf: (id: string) => string): StateDiagramJson {
  const nodes: StateNodeData[] = data.states.map((s) => {
    const label = stateLabel(s.title, s.titleZh);
    const lines = label.split('\n');
    const width = Math.max(...lines.map((l) => textWidth(l, FONT_PX))) + 32;
    return { id: s.id, label, url: urlOf(s.id), current: s.id === data.current, width, height: lines.length * 20 + 20 };
  });
  const edges: StateEdgeData[] = data.transitions.map((e, i) => ({
    id: `t${i}`,
    source: e.from,
    target: e.to,
    label: e.label ?? '',
    num: i + 1,
  }));
  return {
    nodes,
    edges,
    layouts: { wide: runLayout(nodes, edges, 'LR'), tall: runLayout(nodes, edges, 'TB') },
  };
}
