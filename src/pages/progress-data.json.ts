/**
 * `progress-data.json` (under the base path): ids, titles, learning order, branches and
 * prerequisites of every concept, read by the progress scripts in the browser (summary,
 * per-branch shares, "what next", orphan detection). The progress-data view, schema
 * `ProgressGraph` in src/views/progress-data.ts.
 */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify((await getViews()).progress), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
