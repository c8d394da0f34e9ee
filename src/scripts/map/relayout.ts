/**
 * The map follows its folds: when nodes are folded or unfolded (level control, by hand, branch
 * filter, a search or deep link that reveals a node) the visible tree is placed again
 * (src/views/map-layout.ts `relayoutMap`, the build's mind-map code on map.json's boxes), and
 * each folded node shows how many children it hides. The new places are written into the map
 * data (`MapNode.x / y / s`: the map's current layout, which the viewport, the keyboard and the
 * card read) and moved to on the Cytoscape nodes, animated when few move, with the view panned so
 * that the anchor (the node folded or unfolded) stays where it was on screen.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { foldBadgeCentre, foldBadgeFor, foldBadgeWidth, foldRoom, FOLD_BADGE, relayoutMap, type FoldBadge, type MapPlace } from '../../views/map-layout.ts';
import type { MapSide } from '../../views/map-data.ts';
import { foldCounts, type MapModel } from './map-model.ts';
import { crossBow } from './elements.ts';

/** Above this many visible nodes the move is a jump, not an animation. */
export const ANIMATE_MAX = 600;
/** Duration (ms) of the move. */
export const MOVE_MS = 250;

/** Id of the count drawn beside a folded node. */
export const badgeId = (id: string): string => `fold:${id}`;

export interface Placement {
  places: Map<string, MapPlace>;
  /** Folded visible nodes and their hidden children's count. */
  counts: Map<string, number>;
  /** The counts' size (larger in a phone's stacked layout: map-layout.ts FOLD_BADGE_STACKED). */
  badge: FoldBadge;
}

/**
 * Where every node goes for these folds: the visible tree placed again, room left for the
 * counts; `sides` `'keep'` keeps every branch on the side it is on (a fold by hand), else the
 * halves are balanced again (a new level, a branch filter, the opening); `phone`: a phone's
 * layout, the root on top of its two halves (`'stack'`: map-layout.ts `STACK`, map-model.ts
 * `phoneOpening`) or, held sideways, two-sided and packed (`'compact'`), the counts larger.
 */
export function placeFor(model: MapModel, collapsed: ReadonlySet<string>, hidden: ReadonlySet<string>, sidesRule: 'keep' | 'balance', phone?: 'stack' | 'compact'): Placement {
  const counts = foldCounts(model, collapsed, hidden);
  const sides = sidesRule === 'keep' ? new Map<string, MapSide>((model.children.get(model.data.root) ?? []).map((id) => [id, model.byId.get(id)!.s])) : undefined;
  const badge = foldBadgeFor(phone !== undefined);
  const places = relayoutMap(model.data, hidden, { extra: foldRoom(counts, badge), ...(sides ? { sides } : {}), stack: phone === 'stack', compact: phone === 'compact' });
  return { places, counts, badge };
}

/**
 * Writes the places into the map data and re-sorts the root's branches by height (map-model's
 * order: the keyboard enters the top branch of a half). Returns whether anything moved.
 */
export function writePlaces(model: MapModel, places: ReadonlyMap<string, MapPlace>): boolean {
  let moved = false;
  for (const n of model.data.nodes) {
    const p = places.get(n.id);
    if (!p || (p.x === n.x && p.y === n.y && p.s === n.s)) continue;
    n.x = p.x;
    n.y = p.y;
    n.s = p.s;
    moved = true;
  }
  model.children.get(model.data.root)?.sort((a, b) => model.byId.get(a)!.y - model.byId.get(b)!.y);
  return moved;
}

/** The count node beside a folded node (drawn by style.ts `node.fold-count`, events pass through). */
export function badgeDef(model: MapModel, id: string, count: number, badge: FoldBadge = FOLD_BADGE): ElementDefinition {
  const n = model.byId.get(id)!;
  const text = String(count);
  return {
    group: 'nodes',
    data: { id: badgeId(id), zh: text, en: text, lbl: text, w: foldBadgeWidth(count, badge), h: badge.height, fs: badge.fontSize, of: id },
    position: foldBadgeCentre(n, count, badge),
    classes: 'fold-count',
  };
}

/** Puts a count beside exactly the folded nodes of `counts` that Cytoscape holds, at their nodes' places. */
export function syncBadges(cy: Core, model: MapModel, counts: ReadonlyMap<string, number>, badge: FoldBadge = FOLD_BADGE): void {
  cy.batch(() => {
    cy.nodes('.fold-count').forEach((b) => {
      const of = b.data('of') as string;
      if (!counts.has(of) || cy.getElementById(of).empty() || Number(b.data('lbl')) !== counts.get(of) || b.data('fs') !== badge.fontSize) b.remove();
    });
    const add: ElementDefinition[] = [];
    for (const [id, count] of counts) {
      if (cy.getElementById(id).empty()) continue;
      const b = cy.getElementById(badgeId(id));
      if (b.empty()) add.push(badgeDef(model, id, count, badge));
      else b.position(foldBadgeCentre(model.byId.get(id)!, count, badge));
    }
    if (add.length > 0) cy.add(add);
  });
}

/**
 * Sets the bow of every cross edge again for the nodes' places in the map data (elements.ts
 * `crossBow`). Its bow was computed where its ends were when it was added: two children folded
 * under their parent sat on one point, and once unfolded and stacked a few units apart (a
 * phone's layout) the old bow put the control point inside both boxes, so Cytoscape warned
 * "Edge has invalid endpoints" and drew nothing when the card of one of them showed its edges.
 */
export function syncCrossBows(cy: Core, model: MapModel): void {
  cy.batch(() => {
    cy.edges('.cross').forEach((e) => {
      const cpd = crossBow(model.byId.get(e.data('source') as string), model.byId.get(e.data('target') as string));
      if (cpd === e.data('cpd')) return;
      if (cpd === undefined) e.removeData('cpd');
      else e.data('cpd', cpd);
    });
  });
}

/**
 * Moves the Cytoscape nodes to their places in the map data. `anchor` (a model point before the
 * move and the node's id) stays where it is on screen: the view pans by as much as it moves.
 * Animated when at most ANIMATE_MAX visible nodes move; `done` runs once they are there.
 */
export function moveNodes(cy: Core, model: MapModel, hidden: ReadonlySet<string>, o: { anchor?: { id: string; x: number; y: number }; animate?: boolean; done?: () => void } = {}): void {
  const moving: [NodeSingular, { x: number; y: number }][] = [];
  cy.batch(() => {
    for (const n of model.data.nodes) {
      const node = cy.getElementById(n.id);
      if (node.empty()) continue;
      const cur = node.position();
      if (cur.x === n.x && cur.y === n.y) continue;
      if (hidden.has(n.id)) node.position({ x: n.x, y: n.y });
      else moving.push([node, { x: n.x, y: n.y }]);
    }
  });
  let pan: { x: number; y: number } | undefined;
  const a = o.anchor ? model.byId.get(o.anchor.id) : undefined;
  if (o.anchor && a) {
    const z = cy.zoom();
    const p = cy.pan();
    pan = { x: p.x - (a.x - o.anchor.x) * z, y: p.y - (a.y - o.anchor.y) * z };
  }
  const animate = o.animate !== false && moving.length > 0 && moving.length <= ANIMATE_MAX;
  // The cross edges of moving nodes are hidden until they are there (style.ts `moving`): a node
  // unfolded starts on its parent, and Cytoscape warns "Edge has invalid endpoints" for an edge
  // whose ends overlap (a card shows the edges of its node while it unfolds). A move cut short
  // by this one leaves its edges to this one.
  cy.edges('.moving').removeClass('moving');
  if (!animate) {
    cy.batch(() => {
      for (const [node, pos] of moving) node.position(pos);
    });
    if (pan) cy.pan(pan);
    o.done?.();
    return;
  }
  cy.stop();
  const crossing = cy.collection();
  for (const [node] of moving) crossing.merge(node.connectedEdges('.cross'));
  crossing.addClass('moving');
  let left = moving.length;
  const one = (): void => {
    if (--left > 0) return;
    crossing.removeClass('moving');
    o.done?.();
  };
  for (const [node, pos] of moving) {
    node.stop();
    node.animate({ position: pos }, { duration: MOVE_MS, complete: one });
  }
  if (pan) cy.animate({ pan }, { duration: MOVE_MS });
}

/** The boxes of the counts beside folded nodes (so a fit keeps them on screen too). */
export function badgeBoxes(model: MapModel, counts: ReadonlyMap<string, number>, badge: FoldBadge = FOLD_BADGE): { id: string; x: number; y: number; w: number; h: number }[] {
  const out: { id: string; x: number; y: number; w: number; h: number }[] = [];
  for (const [id, count] of counts) {
    const n = model.byId.get(id);
    if (n) out.push({ id: badgeId(id), ...foldBadgeCentre(n, count, badge), w: foldBadgeWidth(count, badge), h: badge.height });
  }
  return out;
}
