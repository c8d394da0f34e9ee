/** `key-descriptions.json` (under the base path): the API descriptions of the YAML keys (the key-descriptions view), fetched once by the key tooltips. */
import type { APIRoute } from 'astro';
import { getViews } from '../lib/views.ts';

export const GET: APIRoute = async () => {
  return new Response((await getViews()).keyDescriptionsJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
