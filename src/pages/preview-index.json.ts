/** `preview-index.json` (under the base path): names, kind, summary and first example lines of every concept (the preview-index view), fetched once by the link previews. */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response((await getViews()).previewIndexJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
