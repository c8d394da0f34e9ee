/**
 * View: the graph export (`graph.json`), the whole Graph as built, serialised exactly as the
 * engine's `graphToJson` does — the same bytes `npm run graph -- --json` prints (schema:
 * docs/graph-json.md). For a large notes folder that text is the largest thing a build emits
 * (over 100 MB at 10,000 notes), so it is produced in pieces (`graphExportChunks`: the top
 * level, then the graph's lists one item at a time) and streamed, never held as one string.
 */
import type { Graph } from '../graph/model.ts';
import { graphToJson, publicGraph } from '../graph/json.ts';

/** graph.json as one string (small graphs, tests). */
export function buildGraphExport(graph: Graph): string {
  return graphToJson(graph);
}

/**
 * graph.json in pieces whose concatenation is exactly `graphToJson(graph)`: keys in the graph's
 * order, arrays (concepts, edges, examples, …, layout nodes) one item per piece, each item
 * serialised by `JSON.stringify` itself.
 */
export function* graphExportChunks(graph: Graph): Generator<string> {
  yield* objectChunks(publicGraph(graph) as unknown as Record<string, unknown>, 2);
  yield '\n';
}

function* objectChunks(obj: Record<string, unknown>, depth: number): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(obj)) {
    // JSON.stringify leaves out what it cannot represent in an object.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* valueChunks(value, depth - 1);
  }
  yield '}';
}

function* valueChunks(value: unknown, depth: number): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // In an array, what JSON cannot represent becomes null.
      const text = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : JSON.stringify(item);
      yield i === 0 ? text : `,${text}`;
    }
    yield ']';
  } else if (depth > 0 && value !== null && typeof value === 'object' && !('toJSON' in value)) {
    yield* objectChunks(value as Record<string, unknown>, depth);
  } else {
    yield JSON.stringify(value);
  }
}
