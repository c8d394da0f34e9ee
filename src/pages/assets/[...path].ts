/**
 * `/assets/<path>`: images and files that notes reference, served from the content folder so
 * they work in `astro dev` and end up in the build under the base path. Notes link to them as
 * `@base/assets/<content-relative path>` (see src/graph/links.ts); the assets view lists them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getViews, siteConfig } from '../../lib/views.ts';
import { contentTypeOf, resolveAssetFile } from '../../views/assets.ts';

export const getStaticPaths = (async () => {
  const { assetRoutes } = await getViews();
  return assetRoutes.map((a) => ({ params: { path: a.path }, props: { from: a.from } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = resolveAssetFile(siteConfig().contentDir, (props as { from: string }).from);
  if (file === undefined) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'Content-Type': contentTypeOf(path.extname(file)) } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
