/**
 * Read access to the concept graph for Astro pages. Pages never parse notes themselves: they
 * read the one graph entry the content loader stored, through these helpers.
 */
import { getEntry } from 'astro:content';
import type { Concept, Edge, Graph, YamlExample } from '../graph/model.ts';

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

let cached: { graph: Graph; index: GraphIndex } | undefined;

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

/** The graph and its lookup index (rebuilt only when the loader stored a new graph). */
export async function getGraphIndex(): Promise<GraphIndex> {
  const entry = await getEntry('graph', 'graph');
  if (!entry) throw new Error('The concept graph was not loaded: check the content loader output above.');
  const graph = entry.data as unknown as Graph;
  if (cached?.graph !== graph) cached = { graph, index: indexGraph(graph) };
  return cached.index;
}

export async function getGraph(): Promise<Graph> {
  return (await getGraphIndex()).graph;
}
