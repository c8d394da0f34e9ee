/**
 * Lookup tables over a Graph (by id, children in map order, edges in and out). Pure: used by
 * the Astro pages through src/lib/graph.ts and by unit tests directly.
 */
import type { Concept, Edge, Graph, YamlExample } from './model.ts';

export interface GraphIndex {
  graph: Graph;
  byId: Map<string, Concept>;
  examplesById: Map<string, YamlExample>;
  /** Children in map order. */
  children: Map<string, Concept[]>;
  /** Edges leaving / entering each concept. */
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexGraph(graph: Graph): GraphIndex {
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const examplesById = new Map(graph.examples.map((e) => [e.id, e]));
  const children = new Map<string, Concept[]>();
  for (const c of graph.concepts) if (c.parent !== undefined) pushTo(children, c.parent, c);
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  for (const e of graph.edges) {
    pushTo(outgoing, e.from, e);
    pushTo(incoming, e.to, e);
  }
  return { graph, byId, examplesById, children, outgoing, incoming };
}
