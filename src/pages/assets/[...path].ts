/**
 * `/assets/<path>`: images and files that notes reference, served from the content folder so
 * they work in `astro dev` and end up in the build under the base path. Notes link to them as
 * `@base/assets/<content-relative path>` (see src/graph/links.ts); `graph.assets` lists them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getGraph } from '../../lib/graph.ts';
import { loadSiteConfig } from '../../site-config.ts';
import { assetRoutePath, contentTypeOf, resolveAssetFile } from '../../components/concept/assets.ts';

export const getStaticPaths = (async () => {
  const graph = await getGraph();
  const seen = new Set<string>();
  const paths: { params: { path: string }; props: { from: string } }[] = [];
  for (const a of graph.assets) {
    const route = assetRoutePath(a);
    if (route === undefined || seen.has(route)) continue;
    seen.add(route);
    paths.push({ params: { path: route }, props: { from: a.from } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { contentDir } = loadSiteConfig();
  const file = resolveAssetFile(contentDir, (props as { from: string }).from);
  if (file === undefined) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'Content-Type': contentTypeOf(path.extname(file)) } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};
