/**
 * The engine's disk cache of parse results (src/graph/disk-cache.ts) lives in Astro's `cacheDir`:
 * the graph integration (src/integrations/graph.ts, which may import src/lib only) hands the
 * folder over through here once Astro's configuration is known.
 */
export { setDefaultCacheDir } from '../graph/disk-cache.ts';
