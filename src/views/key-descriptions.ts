/**
 * View: the key descriptions (`key-descriptions.json`), the Kubernetes API description of every
 * field a highlighted YAML key stands for, once per site. A linked key of a highlighted example
 * carries only the description's id (`data-desc-id`, src/lib/highlight.ts); the tooltip script
 * (src/scripts/yaml/tooltip.ts) fetches this file the first time a tooltip opens and looks the
 * text up there. Before, every key of every example on every page carried its whole description
 * (`data-desc`): about 8% of the page bytes at 1,000 notes, the same texts written thousands of
 * times.
 *
 * Ids are the position of the text in the sorted list of distinct descriptions, in base 36: the
 * same graph always gives the same ids. The table is built once per graph (memoised here, so the
 * highlighting worker's start-up and the views share one computation).
 *
 * Pure (no Astro, no DOM); the browser imports only the types and `keyDescriptionsPath`. The
 * texts are plain text: the tooltip puts them on the page with `textContent`.
 */
import type { Graph } from '../graph/model.ts';
import { joinBase } from './urls.ts';

export const KEY_DESCRIPTIONS_VERSION = 1;

/** `key-descriptions.json` as fetched by the browser. */
export interface KeyDescriptionsFile {
  version: typeof KEY_DESCRIPTIONS_VERSION;
  /** Distinct descriptions, sorted; a key's `data-desc-id` is its index here in base 36. */
  descriptions: string[];
}

export interface KeyDescriptions {
  /** Distinct descriptions, sorted by UTF-16 code units. */
  descriptions: string[];
  /** Description text → its id (`data-desc-id`). */
  idOf: Map<string, string>;
}

/** The id of the `index`-th description. */
export function descriptionId(index: number): string {
  return index.toString(36);
}

/** The index a `data-desc-id` stands for, or undefined when it is not one. */
export function descriptionIndex(id: string): number | undefined {
  if (!/^[0-9a-z]{1,8}$/.test(id)) return undefined;
  return Number.parseInt(id, 36);
}

/** The table for a list of descriptions (duplicates and order do not matter). */
export function keyDescriptionsFrom(texts: Iterable<string>): KeyDescriptions {
  const descriptions = [...new Set(texts)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const idOf = new Map<string, string>();
  descriptions.forEach((d, i) => idOf.set(d, descriptionId(i)));
  return { descriptions, idOf };
}

const built = new WeakMap<Graph, KeyDescriptions>();

/** Every description of every key of every example of the graph, once per graph. */
export function keyDescriptions(graph: Graph): KeyDescriptions {
  let table = built.get(graph);
  if (!table) {
    const texts: string[] = [];
    for (const ex of graph.examples) for (const k of ex.keys) if (k.description) texts.push(k.description);
    table = keyDescriptionsFrom(texts);
    built.set(graph, table);
  }
  return table;
}

/** `key-descriptions.json` as emitted (`<` escaped, so the text is safe even if inlined in a page). */
export function buildKeyDescriptionsJson(graph: Graph): string {
  const file: KeyDescriptionsFile = { version: KEY_DESCRIPTIONS_VERSION, descriptions: keyDescriptions(graph).descriptions };
  return JSON.stringify(file).replace(/</g, '\\u003c');
}

/** Where the file is served, under the base path. */
export function keyDescriptionsPath(base: string): string {
  return joinBase(base, 'key-descriptions.json');
}
