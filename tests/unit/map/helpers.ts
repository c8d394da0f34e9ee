/** A small map.json (the map-data view's shape) and a headless Cytoscape holding it, for the map's module tests. */
import cytoscape, { type Core } from 'cytoscape';
import type { MapData, MapNode } from '../../../src/views/map-data.ts';
import { buildModel, type MapModel } from '../../../src/scripts/map/map-model.ts';
import { branchIndexes, crossEdgeDef, nodeDef, treeEdgeDef } from '../../../src/scripts/map/elements.ts';

function node(id: string, p: string | undefined, d: number, b: string, s: MapNode['s'], x: number, y: number, extra: Partial<MapNode> = {}): MapNode {
  return { id, zh: `${id}中`, en: id, k: 'topic', n: 1, b, d, s, x, y, w: 60, h: 20, ...(p !== undefined ? { p } : {}), ...extra };
}

/** root → a (right: a1, a2 → a2x), b (left: b1), in pre-order. */
export function smallMap(): MapData {
  return {
    v: 1,
    root: 'root',
    nodes: [
      node('root', undefined, 0, 'root', 'c', 0, 0, { zh: '根', en: 'Root' }),
      node('a', 'root', 1, 'a', 'r', 150, -40),
      node('a1', 'a', 2, 'a', 'r', 260, -60, { k: 'field', f: 'spec.a1' }),
      node('a2', 'a', 2, 'a', 'r', 260, -20, { k: 'object', st: 'historical' }),
      node('a2x', 'a2', 3, 'a', 'r', 370, -20, { n: 0 }),
      node('b', 'root', 1, 'b', 'l', -150, 30),
      node('b1', 'b', 2, 'b', 'l', -260, 30, { zh: 'Kubernetes\n作业', en: 'Kubernetes\njobs' }),
    ],
    edges: [
      { s: 'a1', t: 'b1', ty: 'prerequisite' },
      { s: 'a2', t: 'a2x', ty: 'transition', l: '启动' },
    ],
  };
}

/** A headless Cytoscape with every node, tree line and cross edge of `data`. */
export function headlessMap(data: MapData = smallMap()): { cy: Core; model: MapModel; data: MapData } {
  const bi = branchIndexes(data);
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...data.nodes.map((n) => nodeDef(n, 'zh')),
      ...data.nodes.filter((n) => n.p !== undefined).map((n) => treeEdgeDef(n, bi)),
      ...data.edges.map((e, i) => crossEdgeDef(e, i, true)),
    ],
  });
  return { cy, model: buildModel(data), data };
}
