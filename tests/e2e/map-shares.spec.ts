/**
 * Each branch's share learned ("0 / 6") as Cytoscape draws it, read from the rendered label
 * bounds (model coordinates, the same at every zoom): clear of every box (boxes are drawn above
 * lines, so a label under one is hidden), and no line drawn after it crosses it (a label is drawn
 * with its own line, in z-order). Checked for every branch of the built map, whatever its layout.
 */
import { expect, test } from '@playwright/test';
import type { BoundingBoxOptions, EdgeSingular } from 'cytoscape';
import { openMap } from './map-helpers.ts';

type Bb = { x1: number; x2: number; y1: number; y2: number };

test('every branch share is clear of the boxes and above the lines that cross its place', async ({ page }) => {
  await openMap(page, './', { shares: true });
  const problems = await page.evaluate(() => {
    const cy = window.k8smapMap!.cy;
    const overlap = (a: Bb, b: Bb): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const inside = (p: { x: number; y: number }, b: Bb, pad: number): boolean => p.x > b.x1 - pad && p.x < b.x2 + pad && p.y > b.y1 - pad && p.y < b.y2 + pad;
    // Points along an edge as drawn: an unbundled bezier through its control points is a chain of
    // quadratic curves joined at the midpoints between control points; otherwise the polyline.
    const pointsOf = (e: EdgeSingular): { x: number; y: number }[] => {
      const s = e.sourceEndpoint();
      const t = e.targetEndpoint();
      const cps = e.controlPoints() ?? [];
      if (cps.length === 0) return Array.from({ length: 41 }, (_, i) => ({ x: s.x + ((t.x - s.x) * i) / 40, y: s.y + ((t.y - s.y) * i) / 40 }));
      const joins = [s, ...cps.slice(1).map((c, i) => ({ x: (cps[i]!.x + c.x) / 2, y: (cps[i]!.y + c.y) / 2 })), t];
      const out: { x: number; y: number }[] = [];
      cps.forEach((c, i) => {
        const a = joins[i]!;
        const b = joins[i + 1]!;
        for (let k = 0; k <= 40; k++) {
          const u = k / 40;
          out.push({ x: (1 - u) ** 2 * a.x + 2 * u * (1 - u) * c.x + u ** 2 * b.x, y: (1 - u) ** 2 * a.y + 2 * u * (1 - u) * c.y + u ** 2 * b.y });
        }
      });
      return out;
    };
    const edges = cy.edges(':visible').toArray();
    // Cytoscape's drawing order among edges: z-index, then the order added.
    const order = new Map(edges.map((e, i) => [e.id(), i]));
    const drawnAfter = (a: EdgeSingular, b: EdgeSingular): boolean => {
      const za = a.numericStyle('z-index');
      const zb = b.numericStyle('z-index');
      return zb > za || (zb === za && order.get(b.id())! > order.get(a.id())!);
    };
    const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), bb: n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false, includeOutlines: false } as BoundingBoxOptions) }));
    const found: string[] = [];
    const shares = cy.edges('[share]:visible');
    for (const e of shares.toArray()) {
      const label = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: false, includeSourceLabels: false, includeTargetLabels: true, includeOverlays: false, includeUnderlays: false } as BoundingBoxOptions);
      if (!(label.w > 10 && label.h > 10)) found.push(`${e.id()}: no label bounds (${JSON.stringify(label)})`);
      for (const n of nodes) if (overlap(label, n.bb)) found.push(`${e.id()} "${e.data('share')}" under the box of ${n.id}`);
      for (const o of edges) {
        if (o === e || !drawnAfter(e, o)) continue;
        const half = o.numericStyle('width') / 2;
        if (pointsOf(o).some((p) => inside(p, label, half))) found.push(`${e.id()} "${e.data('share')}" crossed by ${o.id()}, drawn after it`);
      }
    }
    return { count: shares.length, found };
  });
  expect(problems.count).toBeGreaterThan(1);
  expect(problems.found).toEqual([]);
});
