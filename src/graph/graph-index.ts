/**
 * Lookup tables over a Graph (by id, children in map order, edges in and out, positions in the
 * graph's sorted lists), built once per Graph. Pure: the views (src/views) read the graph
 * through it, and unit tests use it directly.
 */
import type { Concept, Edge, Graph, NoteRecord, YamlExample } from './model.ts';

export interface GraphIndex {
  graph: Graph;
  byId: Map<string, Concept>;
  examplesById: Map<string, YamlExample>;
  /** Children in map order. */
  children: Map<string, Concept[]>;
  /** Edges leaving / entering each concept, in graph order. */
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
  /** Index of each concept in `graph.concepts` (learning order). */
  orderIndex: Map<string, number>;
  /** Index of each edge in `graph.edges`. */
  edgePosition: Map<Edge, number>;
  /** Free-form notes by the concept each is about (`NoteRecord.home`), in note order. */
  notesByHome: Map<string, NoteRecord[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const indexes = new WeakMap<Graph, GraphIndex>();

/** The index of a graph: built on the first call, the same object afterwards. */
export function indexGraph(graph: Graph): GraphIndex {
  const known = indexes.get(graph);
  if (known) return known;
  const byId = new Map(graph.concepts.map((c) => [c.id, c]));
  const examplesById = new Map(graph.examples.map((e) => [e.id, e]));
  const orderIndex = new Map(graph.concepts.map((c, i) => [c.id, i]));
  const children = new Map<string, Concept[]>();
  for (const c of graph.concepts) if (c.parent !== undefined) pushTo(children, c.parent, c);
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  const edgePosition = new Map<Edge, number>();
  graph.edges.forEach((e, i) => {
    pushTo(outgoing, e.from, e);
    pushTo(incoming, e.to, e);
    edgePosition.set(e, i);
  });
  const notesByHome = new Map<string, NoteRecord[]>();
  for (const n of graph.notes ?? []) if (n.home !== undefined) pushTo(notesByHome, n.home, n);
  const index: GraphIndex = { graph, byId, examplesById, children, outgoing, incoming, orderIndex, edgePosition, notesByHome };
  indexes.set(graph, index);
  return index;
}
