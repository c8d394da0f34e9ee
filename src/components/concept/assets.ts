/** Where note assets are served: `graph.assets` entries → route params of /assets/[...path]. */
import path from 'node:path';

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
