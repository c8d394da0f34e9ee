/**
 * View: the state diagram of a concept page (e.g. the Pod phases): which states and
 * transitions to draw (`stateDiagramFor`), and their build-time layout with dagre
 * (`layoutStateDiagram`): node positions and each edge's route as dagre computed it (long edges
 * go round the nodes in between through their own slots, so Pending → Failed never runs under
 * Running; each edge reaches its target at its own point, so no two share an arrowhead; each
 * number badge sits in the label slot dagre kept free). The result is plain JSON that the browser script
 * (src/scripts/state-diagram.ts) hands to Cytoscape with the `preset` layout: no layout runs
 * in the browser. Two layouts are computed — left-to-right for wide screens, top-to-bottom for
 * narrow ones — both deterministic (same graph in, same positions out); every state of one
 * machine shares them, so they are computed once per machine and build (`cache`).
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Concept, Edge } from '../graph/model.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import { namePairs, type NamedConcept } from './concept-names.ts';
import type { Point, StateRoute } from './state-geometry.ts';

// The route geometry lives in state-geometry.ts (no dagre: the browser script imports it).
export { routePoints, segmentCrossesBox, segmentStyle, type Point, type Rect, type StateRoute } from './state-geometry.ts';

export interface StateDiagramData {
  states: Concept[];
  transitions: Edge[];
  /** The state this page is about, highlighted. */
  current?: string;
}

export interface StateNodeData {
  id: string;
  /**
   * Display label in the Chinese UI: the state's Chinese name, its English name on a second line
   * (plain text; Cytoscape draws it on canvas, never as HTML).
   */
  label: string;
  /** The label after the language switch (English name first), when it differs. */
  labelEn?: string;
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
  /** Routes of the edges by edge id. */
  routes: Record<string, StateRoute>;
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

/**
 * A state box's label in each UI language: the name in that language, the other name on a second
 * line (`namePairs`: as the state's page and the transition list name it).
 */
export function stateLabels(c: NamedConcept): { zh: string; en: string } {
  const line = (p: { lead: string; other?: string }) => (p.other !== undefined ? `${p.lead}\n${p.other}` : p.lead);
  const { zh, en } = namePairs(c);
  return { zh: line(zh), en: line(en) };
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
  const routes: StateLayout['routes'] = {};
  const r = (p: Point): Point => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  for (const e of edges) {
    const de = g.edge({ v: e.source, w: e.target, name: e.id }) as { points?: Point[]; x?: number; y?: number };
    const pts = de.points ?? [];
    const s = positions[e.source]!;
    const t = positions[e.target]!;
    if (pts.length < 2) continue;
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    routes[e.id] = {
      start: r({ x: first.x - s.x, y: first.y - s.y }),
      end: r({ x: last.x - t.x, y: last.y - t.y }),
      bends: pts.slice(1, -1).map(r),
      label: r({ x: de.x ?? (first.x + last.x) / 2, y: de.y ?? (first.y + last.y) / 2 }),
    };
  }
  const gl = g.graph();
  return { positions, routes, width: Math.round(gl.width ?? 0), height: Math.round(gl.height ?? 0) };
}

/** Layouts already computed, by the shape of the diagram (node ids and sizes, edges). */
export type StateLayoutCache = Map<string, StateDiagramJson['layouts']>;

/**
 * Nodes, edges and both layouts for a state diagram. The layouts depend only on the nodes'
 * sizes and the edges (not on which state is current), so with a `cache` the states of one
 * machine share one layout run.
 */
export function layoutStateDiagram(data: StateDiagramData, urlOf: (id: string) => string, cache?: StateLayoutCache): StateDiagramJson {
  const nodes: StateNodeData[] = data.states.map((s) => {
    const label = stateLabels(s);
    // Sized for the longer of the two labels: the box keeps its size (and the layout) across the switch.
    const lines = [label.zh, label.en].map((l) => l.split('\n'));
    const width = Math.max(...lines.flat().map((l) => textWidth(l, FONT_PX))) + 32;
    const height = Math.max(...lines.map((l) => l.length)) * 20 + 20;
    return { id: s.id, label: label.zh, ...(label.en !== label.zh ? { labelEn: label.en } : {}), url: urlOf(s.id), current: s.id === data.current, width, height };
  });
  const edges: StateEdgeData[] = data.transitions.map((e, i) => ({
    id: `t${i}`,
    source: e.from,
    target: e.to,
    label: e.label ?? '',
    num: i + 1,
  }));
  const key = JSON.stringify([nodes.map((n) => [n.id, n.width, n.height]), edges.map((e) => [e.source, e.target])]);
  let layouts = cache?.get(key);
  if (!layouts) {
    layouts = { wide: runLayout(nodes, edges, 'LR'), tall: runLayout(nodes, edges, 'TB') };
    cache?.set(key, layouts);
  }
  return { nodes, edges, layouts };
}

// ---------------------------------------------------------------------------------------------
// Which states a page draws

/** Weakly connected component of `start` over transition edges. */
function transitionComponent(index: GraphIndex, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    const edges = [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])];
    for (const e of edges) {
      if (e.type !== 'transition') continue;
      for (const next of [e.from, e.to]) {
        if (!seen.has(next) && index.byId.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return seen;
}

function hasTransitions(index: GraphIndex, id: string): boolean {
  return [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])].some((e) => e.type === 'transition');
}

/**
 * The state machine to draw on a page: on a state's page, the states linked to it by
 * transitions (with it highlighted); on the page of a concept whose children are such states
 * (the Pod phase page), those states. Undefined when there is nothing to draw. States come in
 * graph (learning) order, transitions in graph order; the work is proportional to the machine,
 * not to the graph.
 */
export function stateDiagramFor(index: GraphIndex, c: Concept): StateDiagramData | undefined {
  let ids = new Set<string>();
  let current: string | undefined;
  if (c.kind === 'state' && hasTransitions(index, c.id)) {
    ids = transitionComponent(index, c.id);
    current = c.id;
  } else {
    for (const child of index.children.get(c.id) ?? []) {
      if (child.kind !== 'state' || ids.has(child.id) || !hasTransitions(index, child.id)) continue;
      for (const id of transitionComponent(index, child.id)) ids.add(id);
    }
  }
  if (ids.size < 2) return undefined;
  const states = [...ids].map((id) => index.byId.get(id)!).sort((a, b) => index.orderIndex.get(a.id)! - index.orderIndex.get(b.id)!);
  const transitions: Edge[] = [];
  for (const id of ids) for (const e of index.outgoing.get(id) ?? []) if (e.type === 'transition' && ids.has(e.to)) transitions.push(e);
  if (transitions.length === 0) return undefined;
  transitions.sort((a, b) => index.edgePosition.get(a)! - index.edgePosition.get(b)!);
  return { states, transitions, current };
}
