/** The map modules that work on Cytoscape, against a headless Cytoscape instance. */
import { describe, expect, it } from 'vitest';
import { MapVisibility } from '../../../src/scripts/map/visibility.ts';
import { applyBranchShares, applyProgressClasses, progressClass, SHARE_GAP, shareLabel, shareRoom } from '../../../src/scripts/map/progress-layer.ts';
import { applyEdgeTypes, applyKindFilter, applyLabelLang, labelPrefKey, readLabelPref } from '../../../src/scripts/map/filters.ts';
import { headlessMap } from './helpers.ts';

const classed = (cy: ReturnType<typeof headlessMap>['cy'], cls: string) => cy.nodes(`.${cls}`).map((n) => n.id()).sort();

describe('visibility', () => {
  it('folds a node: its subtree hides, it is marked collapsed', () => {
    const { cy, model } = headlessMap();
    const vis = new MapVisibility(cy, model);
    expect(vis.toggle('a')).toBe(true);
    expect(classed(cy, 'hidden')).toEqual(['a1', 'a2', 'a2x']);
    expect(classed(cy, 'collapsed')).toEqual(['a']);
    expect(vis.toggle('a1')).toBe(false); // no children
    vis.toggle('a');
    expect(classed(cy, 'hidden')).toEqual([]);
    expect(classed(cy, 'collapsed')).toEqual([]);
  });

  it('shows levels up to a depth, and one branch', () => {
    const { cy, model } = headlessMap();
    const vis = new MapVisibility(cy, model);
    vis.setLevel('1');
    expect(classed(cy, 'hidden')).toEqual(['a1', 'a2', 'a2x', 'b1']);
    vis.setLevel('all');
    vis.branch = 'b';
    vis.apply();
    expect(classed(cy, 'hidden')).toEqual(['a', 'a1', 'a2', 'a2x']);
  });

  it('reveals a node hidden by a fold or the branch filter', () => {
    const { cy, model } = headlessMap();
    const vis = new MapVisibility(cy, model);
    vis.setLevel('1');
    vis.branch = 'b';
    vis.apply();
    expect(vis.reveal('a2x')).toEqual({ changed: true, branchCleared: true });
    // Only its own ancestors unfold: the other branch stays folded at level 1.
    expect(classed(cy, 'hidden')).toEqual(['b1']);
    expect(vis.reveal('a2x')).toEqual({ changed: false, branchCleared: false });
  });
});

describe('progress on the map', () => {
  it('colours nodes by state and ignores unknown states and ids', () => {
    const { cy } = headlessMap();
    applyProgressClasses(cy, { a1: 'learned', b1: 'learning', a2: 'not-started', nope: 'learned', b: 'bogus' });
    expect(classed(cy, 'progress-learned')).toEqual(['a1']);
    expect(classed(cy, 'progress-learning')).toEqual(['b1']);
    applyProgressClasses(cy, { a1: 'skipped' });
    expect(classed(cy, 'progress-learned')).toEqual([]);
    expect(classed(cy, 'progress-skipped')).toEqual(['a1']);
    expect(progressClass('not-started')).toBeUndefined();
    expect(progressClass(undefined)).toBeUndefined();
  });

  it('labels each branch line with its share, none for an empty branch', () => {
    const { cy } = headlessMap();
    expect(shareLabel({ total: 12, learned: 7, learning: 0, skipped: 0 }, { x: 0, y: 0 }, { x: 300, y: 100 })?.share).toBe('7 / 12');
    applyBranchShares(cy, {
      overall: { total: 3, learned: 1, learning: 0, skipped: 0 },
      branches: [
        { id: 'a', title: 'a', counts: { total: 3, learned: 1, learning: 0, skipped: 0 } },
        { id: 'b', title: 'b', counts: { total: 0, learned: 0, learning: 0, skipped: 0 } },
      ],
    });
    expect(cy.getElementById('t:a').data('share')).toBe('1 / 3');
    expect(cy.getElementById('t:a').data('sx')).toEqual(expect.any(Number));
    expect(cy.getElementById('t:b').data('share')).toBeUndefined();
  });

  // The label is drawn at the end of the line (the middle of the box's side facing the root),
  // moved by (sx, sy): check where that puts it for branches at every height, on both sides.
  describe('places a branch share beside its box, clear of the box and its own line, under no later line', () => {
    const counts = { total: 12, learned: 12, learning: 0, skipped: 0 };
    const root = { x: 0, y: 0 };
    const w = 160;
    const h = 60;
    const halfW = Math.ceil('12 / 12'.length * 4.6) + 2;
    const halfH = 15 / 2 + 2;
    const heights = [-2400, -900, -300, -61, -12, 0, 12, 61, 300, 900, 2400];
    for (const side of [1, -1]) {
      it(side === 1 ? 'right side' : 'left side', () => {
        const labels = heights.map((y) => {
          const branch = { x: side * 300, y };
          const l = shareLabel(counts, root, branch)!;
          const end = { x: branch.x - (side * w) / 2, y };
          return { y, l, box: { x1: end.x + l.sx - halfW, x2: end.x + l.sx + halfW, y1: y + l.sy - halfH, y2: y + l.sy + halfH }, edge: end.x };
        });
        for (const { y, l, box, edge } of labels) {
          // Between the root and the box, at least SHARE_GAP from the box (nodes are drawn above lines).
          if (side === 1) expect(box.x2).toBeLessThanOrEqual(edge - SHARE_GAP);
          else expect(box.x1).toBeGreaterThanOrEqual(edge + SHARE_GAP);
          // Within the room a phone's start view leaves for it.
          expect(Math.abs(edge - (side === 1 ? box.x1 : box.x2))).toBeLessThanOrEqual(shareRoom(12));
          // Beyond the line's end, away from the root's height: its own line (between the two heights, 3px wide) is not under it.
          if (y > 0) expect(box.y1).toBeGreaterThanOrEqual(y + 1.5);
          else expect(box.y2).toBeLessThanOrEqual(y - 1.5);
          expect(l.sz).toBeGreaterThan(2);
          expect(l.sz).toBeLessThanOrEqual(3);
        }
        // Every line that reaches the label's height (a branch farther out on the same side) is drawn before the label.
        for (const a of labels) {
          for (const b of labels) {
            const reaches = Math.min(0, b.y) <= a.box.y2 && Math.max(0, b.y) >= a.box.y1;
            if (a !== b && reaches) expect(b.l.sz, `line to ${b.y} under the label of ${a.y}`).toBeLessThan(a.l.sz);
          }
        }
      });
    }
  });
});

describe('filters and labels', () => {
  it('switches kinds off and edge types on', () => {
    const { cy } = headlessMap();
    applyKindFilter(cy, new Set(['field', 'object']));
    expect(classed(cy, 'kind-off')).toEqual(['a1', 'a2']);
    applyKindFilter(cy, new Set());
    expect(classed(cy, 'kind-off')).toEqual([]);
    applyEdgeTypes(cy, new Map([['transition', true], ['prerequisite', false]]));
    expect(cy.edges('.cross.off').map((e) => e.id())).toEqual(['x:0']);
  });

  it('relabels nodes in the other language and reads the remembered choice', () => {
    const { cy } = headlessMap();
    applyLabelLang(cy, 'en');
    expect(cy.getElementById('root').data('lbl')).toBe('Root');
    const storage = { getItem: (k: string) => (k === labelPrefKey('/k8s-map/') ? 'en' : 'xx') };
    expect(readLabelPref(storage, '/k8s-map/')).toBe('en');
    expect(readLabelPref(storage, '/')).toBeUndefined();
    expect(readLabelPref({ getItem: () => { throw new Error('denied'); } }, '/')).toBeUndefined();
    expect(readLabelPref(undefined, '/')).toBeUndefined();
  });
});
