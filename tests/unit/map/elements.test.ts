import { describe, expect, it } from 'vitest';
import { branchIndexes, crossCurveDistance, crossEdgeDef, CROSS_BOW, firstElements, nodeDef, planRest, sCurve, treeEdgeDef, BRANCH_COLOURS } from '../../../src/scripts/map/elements.ts';
import { buildModel } from '../../../src/scripts/map/map-model.ts';
import type { MapData, MapNode } from '../../../src/views/map-data.ts';
import { smallMap } from './helpers.ts';

describe('element definitions', () => {
  const data = smallMap();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));

  it('labels nodes in the chosen language and marks the root and historical nodes', () => {
    const root = nodeDef(byId.get('root')!, 'en');
    expect(root.data).toMatchObject({ id: 'root', lbl: 'Root', zh: '根', en: 'Root', d: 0, fs: 26 });
    expect(root.classes).toEqual(['root']);
    expect(root.position).toEqual({ x: 0, y: 0 });
    expect(nodeDef(byId.get('a2')!, 'zh', ['hidden']).classes).toEqual(['hidden', 'historical']);
    expect(nodeDef(byId.get('b1')!, 'zh').data!.lbl).toBe('Kubernetes\n作业');
  });

  it('numbers branch colours in map order and gives tree lines their branch colour', () => {
    const bi = branchIndexes(data);
    expect([...bi]).toEqual([['a', 0], ['b', 1]]);
    expect(treeEdgeDef(byId.get('a2x')!, bi).data).toEqual({ id: 't:a2x', source: 'a2', target: 'a2x', ty: 'child', d: 3, bi: 0 });
    const many: MapData = { ...data, nodes: [data.nodes[0]!, ...Array.from({ length: BRANCH_COLOURS + 2 }, (_, i) => ({ ...data.nodes[1]!, id: `x${i}`, b: `x${i}` }))] };
    expect(branchIndexes(many).get(`x${BRANCH_COLOURS}`)).toBe(0);
  });

  it('keeps cross edges off unless their type is shown, with the transition label', () => {
    expect(crossEdgeDef(data.edges[1]!, 1, true)).toEqual({ group: 'edges', data: { id: 'x:1', source: 'a2', target: 'a2x', ty: 'transition', l: '启动' }, classes: 'cross off' });
    expect(crossEdgeDef(data.edges[0]!, 0, false).classes).toBe('cross');
  });

  it('draws a level line straight and others as an S from side to side', () => {
    expect(sCurve({ x: 0, y: 0, w: 40 }, { x: 100, y: 0.5, w: 40 })).toMatchObject({ 'curve-style': 'straight' });
    const c = sCurve({ x: 0, y: 0, w: 40 }, { x: 100, y: 50, w: 40 }) as { 'control-point-weights': number[]; 'control-point-distances': number[] };
    expect(c['control-point-weights']).toHaveLength(2);
    // Both control points sit half-way between the boxes (x = 50), one at each end's height.
    const l2 = 100 * 100 + 50 * 50;
    expect(c['control-point-weights'][0]).toBeCloseTo((50 * 100) / l2);
    expect(c['control-point-weights'][1]).toBeCloseTo((50 * 100 + 50 * 50) / l2);
    expect(Math.sign(c['control-point-distances'][0]!)).toBe(-Math.sign(c['control-point-distances'][1]!));
    expect(c).toMatchObject({ 'source-endpoint': 'outside-to-node', 'target-endpoint': 'outside-to-node' });
  });

  it("draws a line to a branch wholly below the root (a phone's stacked layout) down from the root's bottom into the branch's inner side", () => {
    const root = { x: 0, y: 0, w: 300, h: 50 };
    const c = sCurve(root, { x: 150, y: 200, w: 120, h: 40 }) as Record<string, unknown>;
    expect(c['source-endpoint']).toBe('0px 25px');
    expect(c['target-endpoint']).toBe('-60px 0px');
    // One control point, at the corner below the root's centre at the branch's height: (0, 200).
    const w = (c['control-point-weights'] as number[])[0]!;
    const d = (c['control-point-distances'] as number[])[0]!;
    const l = Math.hypot(150, 200);
    const px = w * 150 - (d * 200) / l;
    const py = w * 200 + (d * 150) / l;
    expect(px).toBeCloseTo(0);
    expect(py).toBeCloseTo(200);
    // A branch on the left enters from its right side; a branch level with the root is an S as before.
    expect((sCurve(root, { x: -150, y: 200, w: 120, h: 40 }) as Record<string, unknown>)['target-endpoint']).toBe('60px 0px');
    expect((sCurve(root, { x: 300, y: 30, w: 120, h: 40 }) as Record<string, unknown>)['control-point-weights']).toHaveLength(2);
  });
});

describe('cross edge bows', () => {
  // Inside the box grown by 12 (its border, rounding, and the endpoint Cytoscape has to find).
  const inside = (px: number, py: number, b: { x: number; y: number; w: number; h: number }): boolean =>
    Math.abs(px - b.x) < b.w / 2 + 12 && Math.abs(py - b.y) < b.h / 2 + 12;
  const controlPoints = (a: { x: number; y: number }, b: { x: number; y: number }, d: number): [number, number][] => {
    const l = Math.hypot(b.x - a.x, b.y - a.y);
    const nx = -(b.y - a.y) / l;
    const ny = (b.x - a.x) / l;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    return [[mx + d * nx, my + d * ny], [mx - d * nx, my - d * ny]];
  };

  it('keeps the fixed bow between far-apart nodes', () => {
    expect(crossCurveDistance({ x: 0, y: 0, w: 120, h: 30 }, { x: 600, y: 300, w: 120, h: 30 })).toBe(CROSS_BOW);
  });

  it('bows wider between stacked siblings, so the control point is outside both boxes (Linux 进程管理 → Cgroups)', () => {
    // The two boxes of the bundled map, one above the other, 6 units apart: a bow of 40 puts the
    // control point in the gap between them, 1 unit off a box (Cytoscape drew nothing).
    const a = { x: 498, y: -1015, w: 117, h: 45 };
    const b = { x: 501, y: -973, w: 123, h: 27 };
    for (const [px, py] of controlPoints(a, b, CROSS_BOW)) expect(inside(px, py, a) || inside(px, py, b)).toBe(true);
    const d = crossCurveDistance(a, b);
    expect(d).toBeGreaterThan(60);
    for (const [px, py] of controlPoints(a, b, d)) {
      expect(inside(px, py, a)).toBe(false);
      expect(inside(px, py, b)).toBe(false);
    }
  });

  it('gives the edge definition the bow only where it differs from the default', () => {
    const byId = new Map([
      ['p', { x: 0, y: 0, w: 180, h: 30 }],
      ['c', { x: 0, y: 40, w: 180, h: 30 }],
    ]);
    expect(crossEdgeDef({ s: 'p', t: 'c', ty: 'prerequisite' }, 3, false, byId).data!.cpd).toBe(crossCurveDistance(byId.get('p')!, byId.get('c')!));
    const far = new Map([...byId, ['c', { x: 900, y: 400, w: 100, h: 30 }]]);
    expect(crossEdgeDef({ s: 'p', t: 'c', ty: 'prerequisite' }, 3, false, far).data!.cpd).toBeUndefined();
  });
});

describe('staging', () => {
  const data = smallMap();
  const model = buildModel(data);
  const bi = branchIndexes(data);

  it('puts only the first view’s nodes and the lines between them in the first frame', () => {
    const first = firstElements(data, new Set(['root', 'a', 'a2x']), 'zh', bi);
    expect(first.map((e) => e.data!.id)).toEqual(['root', 'a', 'a2x', 't:a']);
  });

  it('adds every other node once, nearest first, each line once both its ends are in', () => {
    const firstIds = new Set(['root', 'a', 'a2x']);
    const order: MapNode[] = ['b1', 'a2', 'b', 'a1'].map((id) => model.byId.get(id)!);
    const chunks = planRest(data, model, firstIds, order, 2);
    expect(chunks.map((c) => c.nodes.map((n) => n.id))).toEqual([['b1', 'a2'], ['b', 'a1']]);
    // a2 brings its own line (a is in) and its child's (a2x was in the first frame); b1 waits for b.
    expect(chunks.map((c) => c.lines.map((n) => n.id))).toEqual([['a2', 'a2x'], ['b', 'b1', 'a1']]);
    const allLines = chunks.flatMap((c) => c.lines.map((n) => n.id)).sort();
    expect(allLines).toEqual(['a1', 'a2', 'a2x', 'b', 'b1']);
  });

  it('plans nothing when the first frame holds everything', () => {
    expect(planRest(data, model, new Set(data.nodes.map((n) => n.id)), [])).toEqual([]);
  });
});
