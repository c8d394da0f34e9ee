/**
 * What the map's live region says (screen readers): the node the keyboard is on — names, kind,
 * root or level, children, folded, status, stub, learning state, the branch's share — and the
 * learning state just set. Pure text (unit tested).
 */
import type { MapNode } from '../../views/map-data.ts';
import { unwrapLabel } from './map-model.ts';

type Str = (key: string, vars?: Record<string, string | number>) => string;

export interface NodeFacts {
  str: Str;
  kindName: (kind: string) => string;
  stateName: (state: string) => string;
  /** Children on the map. */
  children: number;
  /** Its children are folded away. */
  collapsed: boolean;
  /** The reader's learning state, if set. */
  state?: string;
  /** The share learned of the branch it heads ("7 / 12"), if any. */
  share?: string;
}

/** `容器组 Pod：对象，第 2 层，3 个子节点，…` */
export function describeNode(n: MapNode, f: NodeFacts): string {
  const parts = [unwrapLabel(n.zh)];
  const en = unwrapLabel(n.en);
  if (en !== parts[0]) parts.push(en);
  const info = [f.kindName(n.k), n.p === undefined ? f.str('map.announce.root') : f.str('map.announce.level', { depth: n.d })];
  if (f.children > 0) info.push(f.str('map.announce.children', { count: f.children }));
  if (f.collapsed && f.children > 0) info.push(f.str('map.announce.collapsed'));
  if (n.st) info.push(f.str(`map.status.${n.st}`));
  if (!n.n) info.push(f.str('map.tt.stub'));
  if (f.state) info.push(f.stateName(f.state));
  if (f.share) info.push(f.share);
  return `${parts.join(' ')}：${info.join('，')}`;
}

/**
 * After a learning state is set: `已将 容器组 标为 已掌握`, then the share of its branch (not
 * for the root or a branch itself), then a warning when saving failed.
 */
export function describeStateChange(n: MapNode, state: string, f: { str: Str; stateName: (s: string) => string; branchShare?: string; saveFailed?: string }): string {
  const parts = [f.str('map.announce.progress', { name: unwrapLabel(n.zh), state: f.stateName(state) })];
  if (f.branchShare && n.b !== n.id && n.p !== undefined) parts.push(f.branchShare);
  if (f.saveFailed) parts.push(f.saveFailed);
  return parts.join('，');
}
