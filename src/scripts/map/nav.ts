/**
 * Keyboard navigation on the mind map, spatial and predictable:
 * - towards the outside of the map (→ on the right half, ← on the left half): first child;
 * - towards the root (← on the right half, → on the left half): parent;
 * - on the root: → / ← enter the top branch of that half;
 * - ↑ / ↓: the previous / next visible node at the same depth on the same half (siblings first,
 *   then on into the neighbouring subtree);
 * - Home: the root.
 * Hidden nodes (collapsed or filtered) are skipped.
 */
import type { MapModel } from './map-model.ts';

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home';

export function isNavKey(key: string): key is NavKey {
  return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home';
}

export function nextNode(m: MapModel, current: string, key: NavKey, hidden: ReadonlySet<string>): string | undefined {
  const node = m.byId.get(current);
  if (!node) return m.data.root;
  const visible = (id: string): boolean => !hidden.has(id);
  if (key === 'Home') return m.data.root;

  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    if (node.s === 'c') {
      const side = key === 'ArrowRight' ? 'r' : 'l';
      return (m.children.get(node.id) ?? []).find((id) => visible(id) && m.byId.get(id)!.s === side);
    }
    const outward = (node.s === 'r') === (key === 'ArrowRight');
    if (outward) return (m.children.get(node.id) ?? []).find(visible);
    return node.p;
  }

  // Up / down: same depth, same half, ordered by y.
  const dir = key === 'ArrowDown' ? 1 : -1;
  let best: string | undefined;
  let bestDy = Infinity;
  for (const other of m.data.nodes) {
    if (other.d !== node.d || other.s !== node.s || other.id === node.id || !visible(other.id)) continue;
    const dy = (other.y - node.y) * dir;
    if (dy > 0 && dy < bestDy) {
      bestDy = dy;
      best = other.id;
    }
  }
  return best;
}
