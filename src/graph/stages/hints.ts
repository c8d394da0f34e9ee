/** "Did you mean" hints for references to concepts that do not exist. */
import { closest } from 'fastest-levenshtein';
import type { Node } from '../build-context.ts';
import { compareStrings } from '../util.ts';

const sortedIdsCache = new WeakMap<Map<string, Node>, { size: number; ids: string[] }>();

export function hintClosest(id: string, nodes: Map<string, Node>): string {
  if (nodes.size === 0) return 'Use the id of an existing concept.';
  let cached = sortedIdsCache.get(nodes);
  if (!cached || cached.size !== nodes.size) {
    cached = { size: nodes.size, ids: [...nodes.keys()].sort(compareStrings) };
    sortedIdsCache.set(nodes, cached);
  }
  return `Did you mean "${closest(id, cached.ids)}"?`;
}
