/**
 * View: the key descriptions (`key-descriptions.json`), the Kubernetes API description of every
 * field a highlighted YAML key stands for, once per site. A linked key of a highlighted example
 * carries only the description's id (`data-desc-id`, src/lib/highlight.ts); the tooltip script
 * (src/scripts/yaml/tooltip.ts) fetches this file the first time a tooltip opens and looks the
 * text up there. Before, every key of every example on every page carried its whole description
 * (`data-desc`): about 8% of the page bytes at 1,000 notes, the same texts written thousands of
 * times.
 *
 * A description's id is a hash of its text (`hash8`, 8 hex digits), not its position in a list:
 * an id always stands for the same text, so a page and a key-descriptions.json from different
 * deployments (one of them in the browser's cache) can never show one field's description for
 * another — an id the file does not have makes the tooltip fetch the file again, past the cache,
 * and then say the description could not be loaded. Two different texts with the same hash (rare:
 * 32 bits) get no id and stay inline (`data-desc`). The table is built once per graph (memoised
 * here, so the highlighting worker's start-up and the views share one computation).
 *
 * Pure (no Astro, no DOM); the browser imports only the types and `keyDescriptionsPath`. The
 * texts are plain text: the tooltip puts them on the page with `textContent`.
 */
import type { Graph } from '../graph/model.ts';
import { hash8 } from '../graph/util.ts';
import { joinBase } from './urls.ts';

export const KEY_DESCRIPTIONS_VERSION = 2;

/** `key-descriptions.json` as fetched by the browser. */
export interface KeyDescriptionsFile {
  version: typeof KEY_DESCRIPTIONS_VERSION;
  /** Id (a key's `data-desc-id`) → description, in id order. */
  descriptions: Record<string, string>;
}

export interface KeyDescriptions {
  /** Id → description, in id order (what the file holds). */
  descriptions: Record<string, string>;
  /** Description text → its id; texts that share a hash with another text have none. */
  idOf: Map<string, string>;
}

/** The id of a description: a hash of its text. */
export function descriptionId(text: string): string {
  return hash8(text);
}

/** The table for a list of descriptions (duplicates and order do not matter). */
export function keyDescriptionsFrom(texts: Iterable<string>): KeyDescriptions {
  const byId = new Map<string, string | null>(); // null: two texts share the id
  for (const text of new Set(texts)) {
    const id = descriptionId(text);
    byId.set(id, byId.has(id) ? null : text);
  }
  const descriptions: Record<string, string> = {};
  const idOf = new Map<string, string>();
  for (const id of [...byId.keys()].sort()) {
    const text = byId.get(id);
    if (text === null || text === undefined) continue;
    descriptions[id] = text;
    idOf.set(text, id);
  }
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
