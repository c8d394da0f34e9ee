import { describe, expect, it } from 'vitest';
import { centredOn, distanceFromView, firstViewNodes, fitView, ROOT_ZOOM, startView } from '../../src/scripts/map/viewport.ts';
import type { MapData, MapNode } from '../../src/views/map-data.ts';

const node = (id: string, x: number, y: number, p?: string, d = p ? 2 : 0): MapNode =>
  ({ id, zh: id, en: id, k: 'topic', n: 1, b: id, p, d, s: 'r', x, y, w: 100, h: 40 }) as MapNode;

describe('fitView', () => {
  it('fits the visible boxes with padding, centred', () => {
    const v = fitView([node('r', 0, 0), node('a', 400, 0, 'r')], new Set(), 548, 300)!;
    // Boxes span x -50..450 (500 wide): (548 - 48) / 500 = 1.
    expect(v.zoom).toBeCloseTo(1);
    expect(v.pan.x).toBeCloseTo(548 / 2 - 200);
    expect(v.pan.y).toBeCloseTo(150);
  });
  it('ignores hidden nodes and clamps the zoom', () => {
    const v = fitView([node('r', 0, 0), node('far', 100000, 0, 'r')], new Set(['far']), 1000, 800)!;
    expect(v.zoom).toBe(3);
    expect(fitView([node('r', 0, 0)], new Set(['r']), 1000, 800)).toBeUndefined();
  });
});

describe('startView', () => {
  it('fits a map that is readable when fitted', () => {
    const nodes = [node('r', 0, 0), node('a', 300, 100, 'r')];
    expect(startView(nodes, new Set(), 1200, 800)).toEqual(fitView(nodes, new Set(), 1200, 800));
  });
  it('starts on the root at a readable zoom when the fitted map would be too small', () => {
    const nodes = [node('r', 10, 20), node('a', 20000, 0, 'r')];
    expect(startView(nodes, new Set(), 1200, 800)).toEqual(centredOn(nodes[0]!, ROOT_ZOOM, 1200, 800));
  });
});

describe('firstViewNodes', () => {
  // Root at the origin; a row of nodes going right, every one a child of the root's branch b.
  const nodes: MapNode[] = [node('r', 0, 0), node('b', 300, 0, 'r', 1)];
  for (let i = 0; i < 50; i++) nodes.push(node(`n${i}`, 600 + i * 400, 0, i === 0 ? 'b' : `n${i - 1}`, 2 + i));
  const data = { root: 'r', nodes } as Pick<MapData, 'root' | 'nodes'>;

  it('keeps the nodes in and near the view, their parents, the root and its children', () => {
    const view = centredOn(nodes.find((n) => n.id === 'n20')!, 1, 1000, 600);
    const ids = firstViewNodes(data, view, 1000, 600, 0.5);
    // n20 is at x 8600: the view is x 8100..9100, grown by 500 on each side 7600..9600, which
    // the boxes (±50) of n18 (7800) to n22 (9400) meet; n17 comes in as n18's parent.
    expect([...ids].sort()).toEqual(['b', 'n17', 'n18', 'n19', 'n20', 'n21', 'n22', 'r'].sort());
  });
  it('keeps everything when the whole map is in view', () => {
    const small = { root: 'r', nodes: nodes.slice(0, 5) };
    const view = fitView(small.nodes, new Set(), 1400, 800)!;
    expect(firstViewNodes(small, view, 1400, 800).size).toBe(5);
  });
  it('orders the rest by distance from the view centre', () => {
    const view = centredOn({ x: 0, y: 0 }, 1, 1000, 600);
    expect(distanceFromView({ x: 30, y: 40 }, view, 1000, 600)).toBe(2500);
  });
});
