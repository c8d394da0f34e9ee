/**
 * `cards.json` (under the base path): the self-check cards with their concepts and branches, read
 * by the review page and the map in the browser. The cards view, schema `CardsData` in
 * src/views/cards.ts.
 */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify((await getViews()).cards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
