/** "Did you mean" hints for references to concepts that do not exist (keys of finding-texts.json). */
import { closest } from 'fastest-levenshtein';
import type { Node } from '../build-context.ts';
import type { FindingText } from '../diagnostics.ts';
import { compareStrings } from '../util.ts';

const sortedIdsCache = new WeakMap<Map<string, Node>, { size: number; ids: string[] }>();

export function hintClosest(id: string, nodes: Map<string, Node>): FindingText {
  if (nodes.size === 0) return { key: 'finding.hint.closest-none' };
  let cached = sortedIdsCache.get(nodes);
  if (!cached || cached.size !== nodes.size) {
    cached = { size: nodes.size, ids: [...nodes.keys()].sort(compareStrings) };
    sortedIdsCache.set(nodes, cached);
  }
  return { key: 'finding.hint.closest', vars: { near: closest(id, cached.ids) } };
}
