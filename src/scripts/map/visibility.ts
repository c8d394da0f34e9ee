/**
 * Which nodes of the map show: branches folded by the reader or by the level control, and the
 * branch filter. Keeps the state, computes the hidden set (map-model.ts's `hiddenNodes`) and
 * puts the `hidden` / `collapsed` classes on the Cytoscape nodes. Works on a headless Cytoscape
 * too (unit tested).
 */
import type { Core } from 'cytoscape';
import { collapsedForLevel, hiddenNodes, pathToRoot, type MapModel } from './map-model.ts';

export class MapVisibility {
  /** Nodes whose children are folded away. */
  readonly collapsed = new Set<string>();
  /** Only this branch (and the root) when not ''. */
  branch = '';
  /** Ids hidden by the last `apply`. */
  hidden = new Set<string>();

  private readonly cy: Core;
  private readonly model: MapModel;

  constructor(cy: Core, model: MapModel) {
    this.cy = cy;
    this.model = model;
  }

  /** Recomputes the hidden nodes and updates the classes of the nodes that changed. */
  apply(): void {
    const { cy, model } = this;
    this.hidden = hiddenNodes(model, { collapsed: this.collapsed, branch: this.branch });
    cy.batch(() => {
      for (const n of model.data.nodes) {
        const node = cy.getElementById(n.id);
        const isHidden = this.hidden.has(n.id);
        if (node.hasClass('hidden') !== isHidden) node.toggleClass('hidden', isHidden);
        const isCollapsed = this.collapsed.has(n.id) && model.children.has(n.id) && !isHidden;
        if (node.hasClass('collapsed') !== isCollapsed) node.toggleClass('collapsed', isCollapsed);
      }
    });
  }

  /** Folds every node at depth `level` (`'all'`: nothing folded) and applies. */
  setLevel(level: string): void {
    this.setCollapsed(collapsedForLevel(this.model, level === 'all' ? Infinity : Number(level)));
  }

  /** Folds exactly the nodes of `ids` and applies (the opening folds of a big map). */
  setCollapsed(ids: Iterable<string>): void {
    this.collapsed.clear();
    for (const id of ids) this.collapsed.add(id);
    this.apply();
  }

  /**
   * Makes `id` visible: clears a branch filter that hides it and unfolds its ancestors.
   * Returns whether anything changed (the caller resets the branch control then).
   */
  reveal(id: string): { changed: boolean; branchCleared: boolean } {
    let changed = false;
    let branchCleared = false;
    if (this.branch !== '' && this.model.byId.get(id)?.b !== this.branch && id !== this.model.data.root) {
      this.branch = '';
      branchCleared = true;
      changed = true;
    }
    for (const a of pathToRoot(this.model, id).slice(0, -1)) if (this.collapsed.delete(a)) changed = true;
    if (changed) this.apply();
    return { changed, branchCleared };
  }

  /** Folds (`want` true), unfolds (false) or toggles a node with children; false when it has none. */
  toggle(id: string, want?: boolean): boolean {
    if (!this.model.children.has(id)) return false;
    const next = want ?? !this.collapsed.has(id);
    if (next) this.collapsed.add(id);
    else this.collapsed.delete(id);
    this.apply();
    return true;
  }
}
