/** `/search-index.json`: the prebuilt concept-search index, loaded by the search dialog on first use. */
import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph.ts';
import { buildSearchIndexJson } from '../lib/search-index.ts';

export const GET: APIRoute = async () => {
  const graph = await getGraph();
  return new Response(buildSearchIndexJson(graph), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
