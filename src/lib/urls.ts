/** URLs that respect the configured base path (`import.meta.env.BASE_URL`, always ends with `/`). */

const BASE: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** `withBase('graph.json')` → `/k8s-map/graph.json`. */
export function withBase(p: string): string {
  return BASE + p.replace(/^\/+/, '');
}

export function conceptUrl(id: string): string {
  return withBase(`concepts/${encodeURIComponent(id)}/`);
}

/** Rendered note HTML links to other pages as `@base/…`; turn those into real URLs. */
export function resolveBaseLinks(html: string): string {
  return html.replace(/(href|src)="@base\//g, (_m, attr: string) => `${attr}="${BASE}`);
}

export const basePath = BASE;
