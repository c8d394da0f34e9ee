/** `graph.json` (under the base path): the whole concept graph as built (the graph-export view; schema: docs/graph-json.md). */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response((await getViews()).graphJson(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
