/**
 * `map.json` (under the base path): the compact data the home page's skill map draws — the
 * map-data view (src/views/map-data.ts, schema `MapData`): ids, labels (pre-wrapped, zh/en),
 * kind, status, hasNote, branch, parent, depth, side, box and build-time position of every node
 * on the map, and the cross edges between them. The browser never runs a layout.
 */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify((await getViews()).mapData), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
