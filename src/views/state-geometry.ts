/**
 * The geometry of a state diagram's edge routes (pure, no dagre, so the browser script can import
 * it): a route as absolute points, as Cytoscape `segments` style, and whether a segment passes
 * through a box. The routes come from the state-diagram view's dagre layout.
 */

export interface Point {
  x: number;
  y: number;
}

/** An edge as dagre routed it: around the nodes, through its own rank slots. */
export interface StateRoute {
  /** Where it leaves the source and reaches the target, relative to each node's centre. */
  start: Point;
  end: Point;
  /** The bends between them (absolute). */
  bends: Point[];
  /** Where its number badge goes (the label slot dagre kept free). */
  label: Point;
}

/** The whole route of an edge in absolute coordinates: start, bends, end. */
export function routePoints(route: StateRoute, source: Point, target: Point): Point[] {
  return [{ x: source.x + route.start.x, y: source.y + route.start.y }, ...route.bends, { x: target.x + route.end.x, y: target.y + route.end.y }];
}

/**
 * Cytoscape's `segments` description of a route: each bend as a weight along the line from the
 * start point to the end point and a signed distance from it (Cytoscape's `edge-distances:
 * endpoints`, with the normal (-dy, dx)/l it uses), plus the endpoints relative to the node centres.
 */
export function segmentStyle(route: StateRoute, source: Point, target: Point): { weights: number[]; distances: number[]; sourceEndpoint: string; targetEndpoint: string } {
  const a = { x: source.x + route.start.x, y: source.y + route.start.y };
  const b = { x: target.x + route.end.x, y: target.y + route.end.y };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy || 1;
  const l = Math.sqrt(l2);
  const weights: number[] = [];
  const distances: number[] = [];
  for (const p of route.bends) {
    const px = p.x - a.x;
    const py = p.y - a.y;
    weights.push(Math.round(((px * dx + py * dy) / l2) * 10000) / 10000);
    distances.push(Math.round(((-px * dy + py * dx) / l) * 100) / 100);
  }
  return { weights, distances, sourceEndpoint: `${route.start.x}px ${route.start.y}px`, targetEndpoint: `${route.end.x}px ${route.end.y}px` };
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether the segment p→q passes through the inside of `box` (touching its edge does not count). */
export function segmentCrossesBox(p: Point, q: Point, box: Rect): boolean {
  // Liang–Barsky clipping: the part of p→q (t in [t0, t1]) inside the rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const sides: [number, number][] = [
    [-dx, p.x - box.x1],
    [dx, box.x2 - p.x],
    [-dy, p.y - box.y1],
    [dy, box.y2 - p.y],
  ];
  for (const [pk, qk] of sides) {
    if (pk === 0) {
      if (qk <= 0) return false;
      continue;
    }
    const r = qk / pk;
    if (pk < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t1 - t0 > 1e-6;
}
