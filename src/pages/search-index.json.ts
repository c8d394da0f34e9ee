/** `search-index.json` (under the base path): the prebuilt concept-search index (the search-index view), loaded by the search dialog on first use. */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response((await getViews()).searchIndexJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
