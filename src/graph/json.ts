/** The public `graph.json`: the Graph as stable, byte-identical JSON (see docs/graph-json.md). */
import { GRAPH_BUILD_ONLY_KEYS, type Graph } from './model.ts';

/** The Graph without its build-side keys (`GRAPH_BUILD_ONLY_KEYS`): what graph.json holds. */
export function publicGraph(graph: Graph): Graph {
  if (!Object.keys(graph).some((k) => GRAPH_BUILD_ONLY_KEYS.has(k))) return graph;
  return Object.fromEntries(Object.entries(graph).filter(([k]) => !GRAPH_BUILD_ONLY_KEYS.has(k))) as unknown as Graph;
}

/** Serialise a Graph. Keys keep the order `loadGraph` built them in; arrays are already sorted. */
export function graphToJson(graph: Graph, pretty = false): string {
  return JSON.stringify(publicGraph(graph), null, pretty ? 2 : undefined) + '\n';
}
