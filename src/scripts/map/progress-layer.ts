/**
 * Learning progress on the map: the classes that colour learned / learning / skipped nodes, and
 * each branch's share learned ("7 / 12") drawn as the label of its line from the root. Works on
 * a headless Cytoscape too (unit tested).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { Counts, ProgressSummary } from '../progress/store.ts';
import { SHARE_GAP, stackedBelow, stackedShareWidth } from '../../views/map-layout.ts';

export { SHARE_GAP };

export const PROGRESS_CLASSES = ['progress-learned', 'progress-learning', 'progress-skipped'] as const;

/** `learned` → `progress-learned`; undefined for a state that is not drawn (not-started, unknown). */
export function progressClass(state: string | undefined): string | undefined {
  const cls = `progress-${state}`;
  return state !== undefined && (PROGRESS_CLASSES as readonly string[]).includes(cls) ? cls : undefined;
}

/** Sets the progress classes of every node from `states` (id → state); ids not on the map are ignored. */
export function applyProgressClasses(cy: Core, states: Readonly<Record<string, string>>): void {
  cy.batch(() => {
    cy.nodes().removeClass(PROGRESS_CLASSES.join(' '));
    for (const [id, state] of Object.entries(states)) {
      const cls = progressClass(state);
      if (!cls) continue;
      const node = cy.getElementById(id);
      if (node.nonempty()) node.addClass(cls);
    }
  });
}

/** How far (model px) a share label's centre sits beside its line's end: a 15px label (background included) clears a 3px line. */
export const SHARE_RISE = 12;

/** Half the width (model px) of a share label in 15px bold digits, its background padding included. */
function shareHalfWidth(share: string): number {
  return Math.ceil(share.length * 4.6) + 2;
}

type Point = { x: number; y: number };
/** A node's centre, and its box size when known (a branch stacked under the root: map-layout.ts `stackedBelow`). */
type Place = Point & { w?: number; h?: number };

/**
 * The label of a branch line from the root at `root` to the branch at `branch`: the share text and
 * where to draw it, as Cytoscape's target label of the line (style.ts `edge[share]`). The label
 * sits at the line's end (the middle of the box's side facing the root) moved sideways by margins,
 * so where it lands does not depend on how steeply the S-curve arrives:
 * - `sx`: towards the root, by half its width and SHARE_GAP, so the box (drawn above the lines)
 *   never covers it;
 * - `sy`: SHARE_RISE away from the root's height (above for a branch level with the root), the
 *   side its own line never reaches (the line runs between the root's height and the branch's);
 * - `sz`: its z-index, 2 and a fraction, smaller the farther the branch is from the root's height.
 *   A label and its line are drawn together, and the only branch lines that can pass its place
 *   are those of branches farther out on the same side; drawn first, they go under the label.
 * In a phone's stacked layout (the branch under the root, both boxes known) the share is written
 * without spaces ("7/12"): two branches face each other across the channel (map-layout.ts
 * `stackChannel` is wide enough for two of the widest, SHARE_SPACING apart).
 * Undefined for a branch with nothing to count.
 */
export function shareLabel(counts: Counts, root: Place, branch: Place): { share: string; sx: number; sy: number; sz: number } | undefined {
  if (counts.total === 0) return undefined;
  const stacked = root.w !== undefined && root.h !== undefined && branch.w !== undefined && branch.h !== undefined && stackedBelow({ x: root.x, y: root.y, w: root.w, h: root.h }, { x: branch.x, y: branch.y, w: branch.w, h: branch.h });
  const share = stacked ? `${counts.learned}/${counts.total}` : `${counts.learned} / ${counts.total}`;
  const towardsRoot = branch.x < root.x ? 1 : -1;
  const dy = branch.y - root.y;
  return {
    share,
    sx: towardsRoot * ((stacked ? stackedShareWidth(share) / 2 : shareHalfWidth(share)) + SHARE_GAP),
    sy: dy >= 1 ? SHARE_RISE : -SHARE_RISE,
    sz: 2 + 1 / (1 + Math.abs(dy)),
  };
}

/**
 * How far (model px) a branch's share label reaches out from the branch box, at most, for a
 * branch of `total` concepts: the gap and the label's width with its background. A view that puts
 * a branch at the edge of the screen leaves this much room for it.
 */
export function shareRoom(total: number): number {
  return total === 0 ? 0 : SHARE_GAP + 2 * shareHalfWidth(`${total} / ${total}`);
}

const placeOf = (n: NodeSingular): Place => {
  const { x, y } = n.position();
  const w = Number(n.data('w'));
  const h = Number(n.data('h'));
  return Number.isFinite(w) && Number.isFinite(h) ? { x, y, w, h } : { x, y };
};

/** Puts each branch's share on its line from the root (`t:<branch>`). */
export function applyBranchShares(cy: Core, summary: ProgressSummary): void {
  cy.batch(() => {
    for (const b of summary.branches) {
      const edge = cy.getElementById(`t:${b.id}`);
      if (edge.empty()) continue;
      const label = shareLabel(b.counts, placeOf(edge.source()), placeOf(edge.target()));
      if (!label) edge.removeData('share');
      else edge.data(label);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Self-check cards due (issue 15): concepts with a card due today get an outline, when the reader
// switches it on (a checkbox added to the map's legend panel). Cards from `cards.json`, schedules
// from the progress store; recomputed on every progress change.

export const DUE_CLASS = 'cards-due';

/** Sets the "cards due" class on exactly the nodes of `ids` (ids not on the map are ignored). */
export function applyDueClasses(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes(`.${DUE_CLASS}`).removeClass(DUE_CLASS);
    for (const id of ids) {
      const node = cy.getElementById(id);
      if (node.nonempty()) node.addClass(DUE_CLASS);
    }
  });
}

/** The outline of a node with cards due, in the theme's due colour (`--map-cards-due`). */
export function dueStyle(color: string): { selector: string; style: Record<string, string | number> } {
  return { selector: `node.${DUE_CLASS}`, style: { 'outline-width': 3, 'outline-color': color, 'outline-offset': 3, 'outline-style': 'dashed', 'outline-opacity': 1 } };
}
