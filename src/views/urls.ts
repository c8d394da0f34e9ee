/**
 * Site URLs from a base path, as pure functions (no `import.meta.env`, no DOM): the build binds
 * them to its base in src/lib/urls.ts, browser scripts in src/scripts/urls.ts, the views take
 * the base from their context. A base always starts and ends with `/`.
 */

/** `/k8s-map` or `k8s-map/` → `/k8s-map/`; '' → `/`. */
export function normaliseBase(base: string): string {
  let b = base.trim() || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  return b.endsWith('/') ? b : `${b}/`;
}

/** `joinBase('/k8s-map/', 'graph.json')` → `/k8s-map/graph.json`. */
export function joinBase(base: string, p: string): string {
  return base + p.replace(/^\/+/, '');
}

/** The page of a concept: `/k8s-map/concepts/pod/`. */
export function conceptPath(base: string, id: string): string {
  return joinBase(base, `concepts/${encodeURIComponent(id)}/`);
}

/** Rendered note HTML links to other pages as `@base/…` (src/graph/links.ts); turn those into real URLs. */
export function resolveBaseLinks(html: string, base: string): string {
  return html.replace(/(href|src)="@base\//g, (_m, attr: string) => `${attr}="${base}`);
}

/** The page of a free-form note: `/k8s-map/notes/<percent-encoded id>/` (ids keep Chinese letters). */
export function notePath(base: string, id: string, anchor?: string): string {
  return joinBase(base, `notes/${encodeURIComponent(id)}/`) + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}
