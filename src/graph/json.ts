/** The public `graph.json`: the Graph as stable, byte-identical JSON (see docs/graph-json.md). */
import type { Graph } from './model.ts';

/** Serialise a Graph. Keys keep the order `loadGraph` built them in; arrays are already sorted. */
export function graphToJson(graph: Graph, pretty = false): string {
  return JSON.stringify(graph, null, pretty ? 2 : undefined) + '\n';
}
