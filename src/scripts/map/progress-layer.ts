/**
 * Learning progress on the map: the classes that colour learned / learning / skipped nodes, and
 * each branch's share learned ("7 / 12") drawn as the label of its line from the root. Works on
 * a headless Cytoscape too (unit tested).
 */
import type { Core } from 'cytoscape';
import type { Counts, ProgressSummary } from '../progress/store.ts';

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

/**
 * The label of a branch line: the share text and how far from the branch box to centre it
 * (about half its width in 15px bold digits: right next to the box, clear of the other lines
 * that converge on the root). Undefined for a branch with nothing to count.
 */
export function shareLabel(counts: Counts): { share: string; so: number } | undefined {
  if (counts.total === 0) return undefined;
  const share = `${counts.learned} / ${counts.total}`;
  return { share, so: Math.round(share.length * 4.6 + 6) };
}

/**
 * How far (model px) a branch's share label reaches out from the branch box, at most, for a
 * branch of `total` concepts: the label's centre offset, half its width and its background
 * padding. A view that puts a branch at the edge of the screen leaves this much room for it.
 */
export function shareRoom(total: number): number {
  const label = shareLabel({ total, learned: total, learning: 0, skipped: 0 });
  return label ? label.so + Math.ceil(label.share.length * 4.6) + 2 : 0;
}

/** Puts each branch's share on its line from the root (`t:<branch>`). */
export function applyBranchShares(cy: Core, summary: ProgressSummary): void {
  cy.batch(() => {
    for (const b of summary.branches) {
      const edge = cy.getElementById(`t:${b.id}`);
      if (edge.empty()) continue;
      const label = shareLabel(b.counts);
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
