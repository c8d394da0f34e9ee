/**
 * Highlighting the YAML examples in a second thread while the build does the rest. Shiki is the
 * largest single cost of rendering the concept pages and each example is independent, so
 * right after the content loader has built the graph, a worker thread highlights every example
 * (in the order the pages will ask for them) while the main thread bundles and renders pages;
 * a page then takes the worker's result instead of highlighting on the main thread. The
 * result is exactly what `highlightExample` gives on the main thread (same options), and a
 * page that asks for an example the worker failed on, or with other options, highlights it
 * itself. Only in `astro build`, and only with more than one CPU core.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Graph, YamlExample } from '../graph/model.ts';
import type { HighlightedExample } from './highlight.ts';
import { exampleAnchor } from '../views/example-code.ts';
import { keyDescriptions } from '../views/key-descriptions.ts';

/** The options a page highlights an example with (YamlExample.astro), unless it links to the page's concept. */
export function exampleHighlightIds(exampleId: string): { idPrefix: string; findingsListId: string } {
  const idPrefix = exampleAnchor(exampleId);
  return { idPrefix, findingsListId: `${idPrefix}-findings` };
}

export interface MarkerLabels {
  error: string;
  warning: string;
}

interface Slot {
  /** Per graph: the base path and marker labels the worker highlighted with, and its results by example id. */
  results: WeakMap<Graph, { base: string; labels: MarkerLabels; byId: Map<string, Promise<HighlightedExample>> }>;
}
const KEY = Symbol.for('k8s-skill-map.prehighlight');
const g = globalThis as typeof globalThis & { [KEY]?: Slot };
const slot: Slot = (g[KEY] ??= { results: new WeakMap() });

/**
 * The worker's result for an example of `graph` (highlighted without a current concept, keys
 * linked under `base`, findings marked with `labels`), if it has one coming.
 */
export function prehighlighted(graph: Graph, base: string, labels: MarkerLabels, exampleId: string): Promise<HighlightedExample> | undefined {
  const r = slot.results.get(graph);
  return r && r.base === base && r.labels.error === labels.error && r.labels.warning === labels.warning ? r.byId.get(exampleId) : undefined;
}

/** Below this many examples a worker is not worth starting. */
const MIN_EXAMPLES = 200;

/**
 * Starts highlighting every example of `graph` in a worker thread. `base` is the site's base
 * path (keys link to `<base>concepts/<id>/`), `labels` the findings' marker labels. Does nothing
 * (returns false) on a single core or for few examples.
 */
export function startPrehighlight(graph: Graph, base: string, labels: MarkerLabels): boolean {
  if (availableParallelism() < 2 || graph.examples.length < MIN_EXAMPLES || slot.results.has(graph)) return false;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./highlight-worker.ts', import.meta.url));
  } catch {
    return false;
  }
  worker.unref();
  const pending = new Map<string, { resolve: (r: HighlightedExample) => void; reject: (e: Error) => void }>();
  const results = new Map<string, Promise<HighlightedExample>>();
  const fail = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (msg: { id: string; result?: HighlightedExample; error?: string }) => {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.result) p?.resolve(msg.result);
    else p?.reject(new Error(msg.error ?? 'highlighting failed'));
    if (pending.size === 0) void worker.terminate();
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', () => fail(new Error('the highlighting worker stopped')));

  const titles: Record<string, string> = {};
  const rank = new Map<string, number>();
  graph.concepts.forEach((c, i) => {
    titles[c.id] = c.title;
    rank.set(c.id, i);
  });
  // The ids of the site's descriptions (key-descriptions.json), so the worker writes the same ones.
  worker.postMessage({ type: 'init', base, titles, markerLabel: labels, descriptionIds: Object.fromEntries(keyDescriptions(graph).idOf) });
  // In the order pages are rendered (learning order): an example is first shown on the page of
  // the first concept that has or uses it.
  const firstUse = (ex: YamlExample): number => {
    let best = Number.MAX_SAFE_INTEGER;
    for (const id of ex.conceptIds) best = Math.min(best, rank.get(id) ?? best);
    for (const k of ex.keys) if (k.conceptId !== undefined) best = Math.min(best, rank.get(k.conceptId) ?? best);
    return best;
  };
  const order = graph.examples.map((ex) => ({ ex, at: firstUse(ex) })).sort((a, b) => a.at - b.at);
  for (const { ex } of order) {
    const result = new Promise<HighlightedExample>((resolve, reject) => pending.set(ex.id, { resolve, reject }));
    result.catch(() => {}); // a page that gets a rejection highlights the example itself
    results.set(ex.id, result);
    worker.postMessage({ type: 'job', example: ex, ...exampleHighlightIds(ex.id) });
  }
  slot.results.set(graph, { base, labels, byId: results });
  return true;
}
