/**
 * `map.json` (under the base path): the compact data the home page's skill map draws — ids,
 * labels (pre-wrapped, zh/en), kind, status, hasNote, branch, parent, depth, side, box and
 * build-time position of every node on the map, and the cross edges between them. Schema:
 * `MapData` in src/scripts/map/types.ts. The browser never runs a layout.
 */
import type { APIRoute } from 'astro';
import { getGraph } from '../lib/graph.ts';
import { buildMapData } from '../components/map/map-data.ts';

export const GET: APIRoute = async () => {
  const data = buildMapData(await getGraph());
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
