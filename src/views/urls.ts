import { tagUrlPath } from '../graph/tags.ts';

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

/** The page of a tag: `/k8s-map/tags/pod/probe/` (its key, each part percent-encoded: graph/tags.ts `tagUrlPath`). */
export function tagPath(base: string, tag: string): string {
  return joinBase(base, tagUrlPath(tag));
}

/** The tags index: `/k8s-map/tags/`. */
export function tagsIndexPath(base: string): string {
  return joinBase(base, 'tags/');
}

/**
 * Whether a reference link leads to Kubernetes' own documentation (kubernetes.io, a SIG's site under
 * k8s.io, a repository of the kubernetes organisation) rather than another project's (Istio,
 * Argo CD …): the link's label says whose reference it opens.
 */
export function isKubernetesReference(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  if (host === 'kubernetes.io' || host.endsWith('.kubernetes.io') || host === 'k8s.io' || host.endsWith('.k8s.io')) return true;
  return host === 'github.com' && /^\/kubernetes(-sigs)?\//i.test(u.pathname);
}
