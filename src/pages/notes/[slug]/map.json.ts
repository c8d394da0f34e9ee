/**
 * `/notes/<id>/map.json`: the concepts of one note, which the home page's map highlights for
 * `/?note=<id>` (the "show on the map" link of the note page). Data: src/views/note-page.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getViews } from '../../../lib/views.ts';
import { noteMapData } from '../../../views/note-page.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { graph } = await getViews();
  return (graph.notes ?? []).map((n) => ({ params: { slug: n.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const views = await getViews();
  const page = views.notePage(params.slug!);
  if (!page) return new Response('not found', { status: 404 });
  return new Response(JSON.stringify(noteMapData(page)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
