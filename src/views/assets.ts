/**
 * View: the note assets the site serves (`/assets/<path>`): `graph.assets` entries → the route
 * paths of src/pages/assets/[...path].ts and the files they are read from. Paths that would
 * leave the assets folder or the notes folder are dropped.
 */
import path from 'node:path';
import type { Graph } from '../graph/model.ts';

export interface AssetRoute {
  /** The `[...path]` route param (content-relative path). */
  path: string;
  /** The content-relative file it is read from. */
  from: string;
}

/** One route per distinct asset path, in graph order. */
export function assetRoutes(graph: Pick<Graph, 'assets'>): AssetRoute[] {
  const seen = new Set<string>();
  const out: AssetRoute[] = [];
  for (const a of graph.assets) {
    const route = assetRoutePath(a);
    if (route === undefined || seen.has(route)) continue;
    seen.add(route);
    out.push({ path: route, from: a.from });
  }
  return out;
}

/**
 * The `[...path]` param for an asset: its content-relative path (what `@base/assets/…` links
 * encode), taken from `to` when that is an `assets/…` path, else from `from`. Undefined for a
 * path that would leave the assets folder.
 */
export function assetRoutePath(asset: { from: string; to: string }): string | undefined {
  let to = asset.to.replace(/^\/+/, '').replace(/^@base\//, '');
  if (to.startsWith('assets/')) {
    to = to.slice('assets/'.length);
    try {
      to = to.split('/').map(decodeURIComponent).join('/');
    } catch {
      /* keep as written */
    }
  } else {
    to = asset.from;
  }
  const norm = path.posix.normalize(to);
  if (norm === '' || norm === '.' || norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm)) return undefined;
  return norm;
}

/** Absolute file for a content-relative path, or undefined if it escapes the content folder. */
export function resolveAssetFile(contentDir: string, from: string): string | undefined {
  const abs = path.resolve(contentDir, from);
  const root = path.resolve(contentDir);
  return abs.startsWith(root + path.sep) ? abs : undefined;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/plain; charset=utf-8',
  '.yml': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export function contentTypeOf(ext: string): string {
  return TYPES[ext.toLowerCase()] ?? 'application/octet-stream';
}
