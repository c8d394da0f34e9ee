/**
 * Dev-server helper for note assets. With `trailingSlash: 'always'`, Astro's dev server only
 * matches the dynamic endpoint `/assets/[...path]` with a trailing slash (a dynamic route has no
 * file extension in its pattern), while the built site serves `/assets/img/a.png` as a plain
 * file. This integration rewrites `<base>assets/…/name.ext` to `…/name.ext/` inside the dev
 * server only, so image links in notes work the same in `astro dev` and in the build.
 */
import type { AstroIntegration } from 'astro';

/** The URL the dev server should route for a request, or undefined to leave it alone. */
export function devAssetUrl(url: string, base: string): string | undefined {
  const q = url.search(/[?#]/);
  const pathname = q === -1 ? url : url.slice(0, q);
  const rest = q === -1 ? '' : url.slice(q);
  if (!pathname.startsWith(`${base}assets/`) || pathname.endsWith('/')) return undefined;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (!/\.[A-Za-z0-9]+$/.test(last)) return undefined;
  return `${pathname}/${rest}`;
}

export function assetsDevIntegration(): AstroIntegration {
  return {
    name: 'k8smap-assets-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        server.middlewares.use((req, _res, next) => {
          const to = req.url ? devAssetUrl(req.url, base) : undefined;
          if (to) req.url = to;
          next();
        });
      },
    },
  };
}
