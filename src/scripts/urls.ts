/**
 * Browser-side URLs with the site's base path (`import.meta.env.BASE_URL`, replaced by Vite when
 * the scripts are bundled): the pure helpers of src/views/urls.ts bound to it.
 */
import { conceptPath, joinBase, normaliseBase } from '../views/urls.ts';

export const basePath: string = normaliseBase(import.meta.env.BASE_URL);

export function withBase(p: string): string {
  return joinBase(basePath, p);
}

export function conceptUrl(id: string): string {
  return conceptPath(basePath, id);
}
