/**
 * View: the graph export (`graph.json`), the whole Graph as built, serialised by the engine's
 * `graphToJson` — the same bytes `npm run graph -- --json` prints (schema: docs/graph-json.md).
 * Not kept in memory: the one endpoint that emits it serialises it once.
 */
import type { Graph } from '../graph/model.ts';
import { graphToJson } from '../graph/json.ts';

export function buildGraphExport(graph: Graph): string {
  return graphToJson(graph);
}
