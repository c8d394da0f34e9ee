/**
 * Build-time layout of the skill map: a deterministic mind-map (root in the middle, branches to
 * both sides, each subtree a tidy tree). Owned by the map work.
 *
 * TEMPORARY: a plain d3-hierarchy tidy tree to the right; to be replaced by the mind-map layout.
 */
import { stratify, tree } from 'd3-hierarchy';
import type { Concept, Position } from './model.ts';

export function layoutMap(concepts: readonly Concept[], root: string): Map<string, Position> {
  const inTree = concepts.filter((c) => c.id === root || c.parent !== undefined);
  const h = stratify<Concept>()
    .id((c) => c.id)
    .parentId((c) => (c.id === root ? undefined : c.parent))(inTree);
  const laid = tree<Concept>().nodeSize([40, 220])(h);
  const out = new Map<string, Position>();
  laid.each((n) => out.set(n.id!, { x: Math.round(n.y), y: Math.round(n.x) }));
  return out;
}
