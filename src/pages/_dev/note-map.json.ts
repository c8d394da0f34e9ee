/**
 * `/notes/<id>/map.json` in `astro dev`: the concepts of one note, which the home page's map
 * highlights for `/?note=<id>` (the "show on the map" link of the note page). Data:
 * src/views/note-page.ts, as text by src/lib/data-files.ts.
 *
 * A dev-only route (the folder's `_` keeps it out of the build's routes; the graph integration
 * injects it in `astro dev` as `/notes/[slug]/map.json`): `astro build` writes the same files
 * without a route, one per note (src/lib/data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getViews } from '../../lib/views.ts';
import { noteMapJson } from '../../lib/data-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await getViews();
  return (graph.notes ?? []).map((n) => ({ params: { slug: n.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const text = noteMapJson((await getViews()).index, params.slug!);
  if (text === undefined) return new Response('not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
