/**
 * `progress-data.json` (under the base path): ids, titles, learning order, branches and
 * prerequisites of every concept, read by the progress scripts in the browser (summary,
 * per-branch shares, "what next", orphan detection). Schema: `ProgressGraph` in
 * src/scripts/progress/store.ts.
 */
import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph.ts';
import { buildProgressGraph } from '../scripts/progress/graph-data.ts';

export const GET: APIRoute = async () => {
  const data = buildProgressGraph(await getGraph());
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
