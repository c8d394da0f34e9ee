/** The map's "cards due" layer on a headless Cytoscape. */
import { describe, expect, it } from 'vitest';
import { applyDueClasses, DUE_CLASS } from '../../../src/scripts/map/progress-layer.ts';
import { headlessMap } from './helpers.ts';

describe('cards due on the map', () => {
  it('marks exactly the given concepts, ignores ids not on the map, clears when switched off', () => {
    const { cy } = headlessMap();
    const marked = () => cy.nodes(`.${DUE_CLASS}`).map((n) => n.id()).sort();
    applyDueClasses(cy, new Set(['a1', 'b', 'not-on-map']));
    expect(marked()).toEqual(['a1', 'b']);
    applyDueClasses(cy, new Set(['a2']));
    expect(marked()).toEqual(['a2']);
    applyDueClasses(cy, new Set());
    expect(marked()).toEqual([]);
  });
});
