/**
 * The concept graph of this build, held in memory once. The content loader (graph-loader.ts)
 * builds it with `loadGraph` and publishes it here; pages, endpoints and components read it
 * through src/lib/views.ts. It is not copied into Astro's content data store: serialising the
 * whole graph there (and bundling it into the prerender chunk) cost more than building it, and
 * grew with every note. The loader and the pages run in one process but from different module
 * instances (the loader from the config loader, pages from the build's chunks), so the one
 * shared place is a slot on `globalThis`.
 *
 * A page that finds no published graph for its notes folder (a page rendered without the
 * content loader having run) loads it itself, once.
 */
import path from 'node:path';
import type { Graph } from '../graph/model.ts';

interface Slot {
  contentDir?: string;
  graph?: Graph;
  pending?: Promise<Graph>;
  listeners: Set<(graph: Graph) => void>;
}

const KEY = Symbol.for('k8s-skill-map.graph-store');
const g = globalThis as typeof globalThis & { [KEY]?: Slot };
const slot: Slot = (g[KEY] ??= { listeners: new Set() });

/** Makes `graph` (built from `contentDir`) the current graph and tells the listeners. */
export function publishGraph(contentDir: string, graph: Graph): void {
  slot.contentDir = path.resolve(contentDir);
  slot.graph = graph;
  slot.pending = undefined;
  for (const fn of slot.listeners) fn(graph);
}

/** Forgets the current graph (the build is written): what only it kept alive can be reclaimed. */
export function releaseGraph(): void {
  slot.graph = undefined;
  slot.pending = undefined;
  slot.contentDir = undefined;
}

/** The graph the content loader published (the one the pages were written from), if any. */
export function publishedGraph(): Graph | undefined {
  return slot.graph;
}

/** Called with every newly published graph (the dev server reloads the browser); returns an unsubscribe. */
export function onGraphPublished(fn: (graph: Graph) => void): () => void {
  slot.listeners.add(fn);
  return () => slot.listeners.delete(fn);
}

/** The current graph of `contentDir`: the published one, else loaded here (once). */
export async function currentGraph(contentDir: string): Promise<Graph> {
  const dir = path.resolve(contentDir);
  if (slot.contentDir === dir) {
    if (slot.graph) return slot.graph;
    if (slot.pending) return slot.pending;
  }
  slot.contentDir = dir;
  slot.graph = undefined;
  console.warn(`k8s-skill-map: no graph was published for ${dir} by the content loader; building it here.`);
  const pending: Promise<Graph> = import('../graph/index.ts')
    .then(({ loadGraph }) => loadGraph(dir))
    .then((graph) => {
      if (slot.pending === pending) slot.graph = graph;
      return graph;
    });
  slot.pending = pending;
  return pending;
}
