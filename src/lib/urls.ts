/**
 * Build-side URLs with the configured base path (`import.meta.env.BASE_URL`, always ending with
 * `/`), for pages and components. The pure helpers live in src/views/urls.ts; browser scripts
 * bind them in src/scripts/urls.ts.
 */
import { conceptPath, joinBase, normaliseBase, resolveBaseLinks as resolveLinks } from '../views/urls.ts';

export const basePath: string = normaliseBase(import.meta.env.BASE_URL);

/** `withBase('graph.json')` → `/k8s-map/graph.json`. */
export function withBase(p: string): string {
  return joinBase(basePath, p);
}

export function conceptUrl(id: string): string {
  return conceptPath(basePath, id);
}

/** Rendered note HTML links to other pages as `@base/…`; turn those into real URLs. */
export function resolveBaseLinks(html: string): string {
  return resolveLinks(html, basePath);
}
