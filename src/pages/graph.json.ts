/** `/graph.json`: the whole concept graph as built (schema: docs/graph-json.md). */
import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph.ts';

export const GET: APIRoute = async () => {
  const graph = await getGraph();
  return new Response(JSON.stringify(graph), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
