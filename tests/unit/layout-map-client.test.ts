import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../../src/graph/load.ts';
import type { Concept, Edge, Graph } from '../../src/graph/model.ts';
import { buildMapData, tooltipSummary } from '../../src/views/map-data.ts';
import { buildLocalGraph, decodeLocalGraphs, encodeLocalGraphs, LABEL_FLOOR_PX, LOCAL_STEPS, localFit, localGraphSteps, type LocalGraphData, type LocalGraphSource } from '../../src/views/local-graph.ts';
import { buildModel, collapsedForLevel, hiddenNodes, pathToRoot, unwrapLabel, type MapModel } from '../../src/scripts/map/map-model.ts';
import { nextNode } from '../../src/scripts/map/nav.ts';
import { searchMap } from '../../src/scripts/map/search.ts';
import type { MapData } from '../../src/views/map-data.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const COURSE = path.resolve(here, '../fixtures/graph/course');
const SITE = path.resolve(here, '../fixtures/site');

/** The lookups LocalGraph reads (same shape as src/lib/graph.ts's index, without Astro). */
function indexGraph(g: Graph): LocalGraphSource {
  const byId = new Map(g.concepts.map((c) => [c.id, c]));
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  for (const e of g.edges) {
    outgoing.set(e.from, [...(outgoing.get(e.from) ?? []), e]);
    incoming.set(e.to, [...(incoming.get(e.to) ?? []), e]);
  }
  return { byId, outgoing, incoming };
}

/**
 * The nodes of a step that the page (src/scripts/map/local-graph.ts) draws partly outside a
 * w × h canvas: it fits a step whose labels stay at the floor or above, else draws it at the
 * floor zoom around the concept.
 */
function outside(g: LocalGraphData, w: number, h: number): string[] {
  const fit = localFit(g, w, h);
  const zoom = fit.readable ? fit.zoom : fit.floorZoom;
  const xs = g.nodes.flatMap((n) => [n.x - n.w / 2, n.x + n.w / 2]);
  const ys = g.nodes.flatMap((n) => [n.y - n.h / 2, n.y + n.h / 2]);
  // cy.fit centres the graph's box; the floor zoom centres the concept (at 0, 0).
  const cx = fit.readable ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
  const cy = fit.readable ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0;
  return g.nodes
    .filter((n) => Math.abs(n.x - cx) + n.w / 2 > w / 2 / zoom || Math.abs(n.y - cy) + n.h / 2 > h / 2 / zoom)
    .map((n) => n.id);
}

/** A concept `c` titled `centre` with one related neighbour per title, in that priority order. */
function star(centre: string, titles: string[]): LocalGraphSource {
  const concept = (id: string, title: string, order: number): Concept => ({ id, title, kind: 'concept', hasNote: true, order }) as unknown as Concept;
  const concepts = [concept('c', centre, 0), ...titles.map((t, i) => concept(`n${i}`, t, i + 1))];
  return indexGraph({ concepts, edges: titles.map((_, i): Edge => ({ from: 'c', to: `n${i}`, type: 'related' })) } as unknown as Graph);
}

/** The concept page's aside canvas and a Pixel 5's (CSS px). */
const ASIDE = [286, 318] as const;
const PIXEL5 = [367, 318] as const;

let course: Graph;
let site: Graph;
let data: MapData;
let m: MapModel;

beforeAll(async () => {
  course = await loadGraph(COURSE);
  site = await loadGraph(SITE);
  data = buildMapData(course);
  m = buildModel(data);
});
afterAll(() => undefined);

describe('map.json data', () => {
  it('has every positioned concept once, parents before children, at the engine positions', () => {
    const positioned = course.concepts.filter((c) => c.position);
    expect(data.nodes.map((n) => n.id).sort()).toEqual(positioned.map((c) => c.id).sort());
    const seen = new Set<string>();
    for (const n of data.nodes) {
      if (n.p !== undefined) expect(seen.has(n.p), `${n.id} after its parent`).toBe(true);
      seen.add(n.id);
      const c = course.concepts.find((x) => x.id === n.id)!;
      expect({ x: n.x, y: n.y }).toEqual(c.position);
      expect(n.n).toBe(c.hasNote ? 1 : 0);
      expect(n.k).toBe(c.kind);
    }
    expect(data.nodes[0]!.id).toBe(course.root);
    expect(data.nodes[0]!.s).toBe('c');
  });

  it('keeps only cross edges between nodes on the map, one line per related pair', () => {
    const ids = new Set(data.nodes.map((n) => n.id));
    for (const e of data.edges) {
      expect(['prerequisite', 'related', 'transition']).toContain(e.ty);
      expect(ids.has(e.s) && ids.has(e.t)).toBe(true);
    }
    const related = data.edges.filter((e) => e.ty === 'related').map((e) => [e.s, e.t].sort().join('|'));
    expect(new Set(related).size).toBe(related.length);
  });

  it('cuts long summaries at a character boundary', () => {
    expect(tooltipSummary('短摘要')).toBe('短摘要');
    const long = '容器'.repeat(200);
    const cut = tooltipSummary(long, 10);
    expect([...cut].length).toBe(10);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('map model', () => {
  it('unwraps pre-wrapped labels without inventing spaces in Chinese', () => {
    expect(unwrapLabel('Container Runtime\nInterface 容器运行时接口')).toBe('Container Runtime Interface 容器运行时接口');
    expect(unwrapLabel('存储插件，仅负\n责提供 PV')).toBe('存储插件，仅负责提供 PV');
    expect(unwrapLabel('Kubernetes\n作业管理')).toBe('Kubernetes作业管理');
  });

  it('hides the descendants of collapsed nodes and other branches', () => {
    const branch = m.children.get(data.root)![0]!;
    const inBranch = data.nodes.filter((n) => n.b === branch && n.id !== branch).length;
    expect(hiddenNodes(m, { collapsed: new Set([branch]) }).size).toBe(inBranch);
    const others = data.nodes.filter((n) => n.b !== branch && n.p !== undefined).length;
    expect(hiddenNodes(m, { collapsed: new Set(), branch }).size).toBe(others);
    const level1 = collapsedForLevel(m, 1);
    expect(hiddenNodes(m, { collapsed: level1 }).size).toBe(data.nodes.filter((n) => n.d > 1).length);
    expect(collapsedForLevel(m, Infinity).size).toBe(0);
  });

  it('walks the path to the root', () => {
    const leaf = data.nodes[data.nodes.length - 1]!;
    const p = pathToRoot(m, leaf.id);
    expect(p[0]).toBe(data.root);
    expect(p[p.length - 1]).toBe(leaf.id);
    expect(p.length).toBe(leaf.d + 1);
  });
});

describe('keyboard navigation', () => {
  const none = new Set<string>();
  it('enters each half from the root and goes out and back', () => {
    for (const [key, side] of [['ArrowRight', 'r'], ['ArrowLeft', 'l']] as const) {
      const b = nextNode(m, data.root, key, none);
      if (b === undefined) continue;
      expect(m.byId.get(b)!.s).toBe(side);
      expect(m.byId.get(b)!.p).toBe(data.root);
      const back = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      expect(nextNode(m, b, back, none)).toBe(data.root);
      const child = nextNode(m, b, key, none);
      if (child) {
        expect(m.byId.get(child)!.p).toBe(b);
        expect(nextNode(m, child, back, none)).toBe(b);
      }
    }
  });

  it('moves up and down through all nodes of a level on one half, in order, skipping hidden ones', () => {
    const level = data.nodes.filter((n) => n.d === 2 && n.s === 'r').sort((a, b) => a.y - b.y);
    if (level.length < 3) return;
    let cur = level[0]!.id;
    const visited = [cur];
    for (let next = nextNode(m, cur, 'ArrowDown', none); next; next = nextNode(m, cur, 'ArrowDown', none)) {
      visited.push(next);
      cur = next;
    }
    expect(visited).toEqual(level.map((n) => n.id));
    expect(nextNode(m, level[0]!.id, 'ArrowUp', none)).toBeUndefined();
    const hidden = new Set([level[1]!.id]);
    expect(nextNode(m, level[0]!.id, 'ArrowDown', hidden)).toBe(level[2]!.id);
    expect(nextNode(m, level[3]?.id ?? level[2]!.id, 'Home', none)).toBe(data.root);
  });

  it('does not enter collapsed children', () => {
    const branch = m.children.get(data.root)!.find((id) => m.children.has(id))!;
    const side = m.byId.get(branch)!.s === 'r' ? 'ArrowRight' : 'ArrowLeft';
    const hidden = hiddenNodes(m, { collapsed: new Set([branch]) });
    expect(nextNode(m, branch, side, hidden)).toBeUndefined();
  });
});

describe('map search', () => {
  it('finds by Chinese name, English name, alias, field path, ignoring case and spaces', () => {
    const pod = course.concepts.find((c) => c.id === 'pod');
    if (pod?.position) {
      expect(searchMap(m, pod.titleZh ?? pod.title)[0]!.id).toBe('pod');
      expect(searchMap(m, 'POD')[0]!.id).toBe('pod');
    }
    const field = course.concepts.find((c) => c.position && c.fieldPath);
    if (field) {
      const hit = searchMap(m, field.fieldPath!).find((h) => h.id === field.id);
      expect(hit?.via).toBe(field.fieldPath);
    }
    const aliased = course.concepts.find((c) => c.position && c.aliases.some((a) => a.length > 3));
    if (aliased) {
      const alias = aliased.aliases.find((a) => a.length > 3)!;
      expect(searchMap(m, alias.toUpperCase()).map((h) => h.id)).toContain(aliased.id);
    }
    expect(searchMap(m, '   ')).toEqual([]);
    expect(searchMap(m, 'zzzz-no-such-thing')).toEqual([]);
  });

  it('ranks exact before prefix before substring', () => {
    const mk = (id: string, zh: string): MapData['nodes'][number] => ({ id, zh, en: zh, k: 'term', n: 0, b: 'r', d: 1, s: 'r', x: 0, y: 0, w: 1, h: 1, p: 'r' });
    const mm = buildModel({
      v: 1,
      root: 'r',
      nodes: [{ ...mk('r', 'root'), p: undefined, d: 0, s: 'c' }, mk('a', 'xx pod yy'), mk('b', 'pod yy'), mk('c', 'pod')],
      edges: [],
    });
    expect(searchMap(mm, 'pod').map((h) => h.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('local graph data', () => {
  it('puts the concept in the middle and its neighbours on a ring without overlaps, deterministically', () => {
    const index = indexGraph(course);
    const withMost = [...course.concepts].sort((a, b) => (index.outgoing.get(b.id)?.length ?? 0) + (index.incoming.get(b.id)?.length ?? 0) - (index.outgoing.get(a.id)?.length ?? 0) - (index.incoming.get(a.id)?.length ?? 0))[0]!;
    for (const depth of [1, 2] as const) {
      const g = buildLocalGraph(index, withMost.id, depth);
      expect(g.nodes[0]).toMatchObject({ id: withMost.id, ring: 0, x: 0, y: 0 });
      expect(g.nodes.length).toBeGreaterThan(2);
      expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
      for (let i = 0; i < g.nodes.length; i++) {
        for (let j = i + 1; j < g.nodes.length; j++) {
          const a = g.nodes[i]!;
          const b = g.nodes[j]!;
          const apart = Math.abs(a.x - b.x) * 2 >= a.w + b.w || Math.abs(a.y - b.y) * 2 >= a.h + b.h;
          expect(apart, `${a.id} × ${b.id}`).toBe(true);
        }
      }
      const ids = new Set(g.nodes.map((n) => n.id));
      for (const e of g.edges) expect(ids.has(e.s) && ids.has(e.t)).toBe(true);
      expect(buildLocalGraph(index, withMost.id, depth)).toEqual(g);
    }
    expect(buildLocalGraph(index, withMost.id, 1, 4).nodes.length).toBe(4);
  });

  it('comes in steps of more and more nodes, each laid out on its own, the last with every neighbour the biggest step allows', () => {
    const index = indexGraph(course);
    const withMost = [...course.concepts].sort((a, b) => (index.outgoing.get(b.id)?.length ?? 0) + (index.incoming.get(b.id)?.length ?? 0) - (index.outgoing.get(a.id)?.length ?? 0) - (index.incoming.get(a.id)?.length ?? 0))[0]!;
    const steps = localGraphSteps(index, withMost.id, 1);
    expect(steps.length).toBeGreaterThan(1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.nodes.length).toBeGreaterThan(steps[i - 1]!.nodes.length);
    expect(steps[0]!.nodes.length).toBe(LOCAL_STEPS[1][0]);
    // Each step keeps the first neighbours of the bigger ones (the same priority order).
    expect(steps[1]!.nodes.slice(0, steps[0]!.nodes.length).map((n) => n.id)).toEqual(steps[0]!.nodes.map((n) => n.id));
    const last = steps[steps.length - 1]!;
    expect(last).toEqual(buildLocalGraph(index, withMost.id, 1, LOCAL_STEPS[1][steps.length - 1]));
    // Fewer nodes sit on a smaller ring.
    const extent = (g: typeof last): number => Math.max(...g.nodes.map((n) => Math.abs(n.x) + n.w / 2));
    expect(extent(steps[0]!)).toBeLessThan(extent(last));
  });

  it('fits a step into its box and says whether the smallest label stays at 11 px or more', () => {
    const index = indexGraph(course);
    const withMost = [...course.concepts].sort((a, b) => (index.outgoing.get(b.id)?.length ?? 0) + (index.incoming.get(b.id)?.length ?? 0) - (index.outgoing.get(a.id)?.length ?? 0) - (index.incoming.get(a.id)?.length ?? 0))[0]!;
    const [small] = localGraphSteps(index, withMost.id, 1);
    const minFs = Math.min(...small!.nodes.map((n) => n.fs));
    const roomy = localFit(small!, 2000, 2000);
    expect(roomy.zoom).toBe(1.2);
    expect(roomy.readable).toBe(true);
    const tiny = localFit(small!, 120, 120);
    expect(tiny.readable).toBe(false);
    expect(tiny.floorZoom * minFs).toBeCloseTo(LABEL_FLOOR_PX);
  });

  it('draws one line per pair between rings: the strongest relation, both directions of a transition, the first of duplicates', () => {
    const concept = (id: string, order: number): Concept => ({ id, title: id.toUpperCase(), kind: 'concept', hasNote: true, order }) as unknown as Concept;
    const concepts = ['a', 'b', 'c', 'e', 'd'].map((id, i) => concept(id, i));
    const edges: Edge[] = [
      { from: 'b', to: 'a', type: 'child' }, // b is a's parent: this pair's line
      { from: 'a', to: 'b', type: 'related' }, // weaker than the tree edge
      { from: 'a', to: 'c', type: 'transition', label: 'start' },
      { from: 'a', to: 'c', type: 'transition', label: 'again' }, // the same transition again: the first label stays
      { from: 'c', to: 'a', type: 'transition', label: 'back' }, // the other direction is drawn too
      { from: 'a', to: 'c', type: 'related' },
      { from: 'c', to: 'a', type: 'mentions' }, // weaker than related
      { from: 'b', to: 'c', type: 'mentions' }, // both on ring 1: not drawn
      { from: 'a', to: 'a', type: 'related' }, // a loop
      { from: 'a', to: 'e', type: 'related' },
      { from: 'e', to: 'a', type: 'related' }, // as strong as a → e, which comes first
      { from: 'c', to: 'd', type: 'prerequisite' }, // d: two steps out
      { from: 'd', to: 'c', type: 'related' },
    ];
    const index = indexGraph({ concepts, edges } as Graph);
    const one = buildLocalGraph(index, 'a', 1);
    expect(one.nodes.map((n) => [n.id, n.ring])).toEqual([['a', 0], ['b', 1], ['c', 1], ['e', 1]]);
    const drawn = [
      { s: 'b', t: 'a', ty: 'child' },
      { s: 'a', t: 'c', ty: 'related' },
      { s: 'a', t: 'e', ty: 'related' },
      { s: 'a', t: 'c', ty: 'transition', l: 'start' },
      { s: 'c', t: 'a', ty: 'transition', l: 'back' },
    ];
    expect(one.edges).toEqual(drawn);
    const two = buildLocalGraph(index, 'a', 2);
    expect(two.nodes.map((n) => [n.id, n.ring])).toEqual([['a', 0], ['b', 1], ['c', 1], ['e', 1], ['d', 2]]);
    expect(two.edges).toEqual([drawn[0], { s: 'c', t: 'd', ty: 'prerequisite' }, ...drawn.slice(1)]);
  });

  it('puts a ring of two above and below the centre, so long labels fit a narrow aside', () => {
    const concept = (id: string, title: string, order: number): Concept => ({ id, title, kind: 'concept', hasNote: true, order }) as unknown as Concept;
    const concepts = [concept('pool', 'IPAddressPool', 0), concept('lb', 'External Load Balancer', 1), concept('adv', 'L2Advertisement', 2)];
    const edges: Edge[] = [
      { from: 'lb', to: 'pool', type: 'mentions' },
      { from: 'pool', to: 'adv', type: 'related' },
    ];
    const g = buildLocalGraph(indexGraph({ concepts, edges } as Graph), 'pool', 1);
    const ring = g.nodes.filter((n) => n.ring === 1);
    expect(ring).toHaveLength(2);
    expect(ring.map((n) => n.x)).toEqual([0, 0]);
    expect(Math.sign(ring[0]!.y) * Math.sign(ring[1]!.y)).toBe(-1);
    // the concept page's aside: about 280 × 320 px; three nodes must fit with labels readable
    expect(localFit(g, 280, 320).readable).toBe(true);
  });

  it('shapes a ring of six wide labels to a narrow box, so every label is whole at the zoom the page draws it', () => {
    const concept = (id: string, title: string, order: number): Concept => ({ id, title, kind: 'concept', hasNote: true, order }) as unknown as Concept;
    const names = ['oomScoreAdj', 'BestEffort', 'Guaranteed', 'Burstable', 'memoryLimits', 'PodResources'];
    const concepts = [concept('qos', 'QoS (Quality of Service)', 0), ...names.map((n, i) => concept(n.toLowerCase(), n, i + 1))];
    const edges: Edge[] = names.map((n) => ({ from: 'qos', to: n.toLowerCase(), type: 'related' }));
    const [g] = localGraphSteps(indexGraph({ concepts, edges } as Graph), 'qos', 1);
    expect(g!.nodes).toHaveLength(7);
    expect(g!.nodes[0]).toMatchObject({ id: 'qos', x: 0, y: 0 });
    for (const [w, h] of [[260, 300], [286, 318], [360, 318]]) {
      expect(outside(g!, w, h), `${w} × ${h}`).toEqual([]);
      expect(localFit(g!, w, h).readable, `${w} × ${h}`).toBe(true);
    }
  });

  it("opens on six neighbours with two-line labels whole at 11 px or more in the aside: two rows a side, the outer row's lines through the inner row's gaps", () => {
    // Three such labels (about 90 px) do not fit a row of the aside at 11 px; ui1's layout drew them at zoom 0.90.
    const g = localGraphSteps(star('Kubernetes 技能图谱', ['容器技术 基础知识', 'Kubernetes 架构', 'Kubernetes 工作负载', 'Kubernetes 应用管理', 'Kubernetes 安全', 'Kubernetes 安装与运维']), 'c', 1)[0]!;
    expect(g.nodes).toHaveLength(7);
    for (const [w, h] of [ASIDE, PIXEL5]) {
      expect(localFit(g, w, h).readable, `${w} × ${h}`).toBe(true);
      expect(outside(g, w, h), `${w} × ${h}`).toEqual([]);
    }
    // No line from the concept to a neighbour runs through another neighbour's label.
    const ring = g.nodes.slice(1);
    for (const to of ring) {
      for (const other of ring) {
        if (other === to) continue;
        for (let i = 0; i <= 100; i++) {
          const [x, y] = [(to.x * i) / 100, (to.y * i) / 100];
          expect(Math.abs(x - other.x) < other.w / 2 && Math.abs(y - other.y) < other.h / 2, `${to.id} through ${other.id}`).toBe(false);
        }
      }
    }
  });

  it('opens on fewer neighbours when their labels are too tall for the aside, the usual first step behind "more…"', () => {
    const steps = localGraphSteps(star('对外暴露 Service', ['Publishing Services and their types', 'Self-managed NGINX or HAProxy proxy service', 'External Load Balancer in the cloud', 'Ingress', 'kube-proxy', 'Cluster DNS server CoreDNS']), 'c', 1);
    const [first, usual] = steps;
    expect(first!.nodes.length).toBeLessThan(7);
    expect(first!.nodes.length).toBeGreaterThan(2);
    expect(localFit(first!, ...ASIDE).readable).toBe(true);
    expect(outside(first!, ...ASIDE)).toEqual([]);
    expect(usual!.nodes).toHaveLength(7);
    // The first neighbours in priority order; the rest counted as left out.
    expect(usual!.nodes.slice(0, first!.nodes.length).map((n) => n.id)).toEqual(first!.nodes.map((n) => n.id));
    expect(first!.omitted).toBe(7 - first!.nodes.length);
  });

  it('breaks long words of the first step only when it does not fit the aside otherwise, so every concept opens whole', () => {
    const long = ['node.kubernetes.io/memory-pressure', 'progressDeadlineSeconds', 'certificate-authority-data', 'Opaque', 'imagePullSecrets', 'validationFailureAction'];
    const [g] = localGraphSteps(star('kubernetes.io/dockerconfigjson-and-more', long), 'c', 1);
    expect(g!.nodes.length).toBeGreaterThan(5);
    expect(localFit(g!, ...ASIDE).readable).toBe(true);
    expect(outside(g!, ...ASIDE)).toEqual([]);
    expect(g!.nodes.find((n) => n.id === 'n1')!.en).toBe('progress\nDeadline\nSeconds');
    // Even a centre too wide for the aside on one line.
    const [alone] = localGraphSteps(star('x'.repeat(50), ['y'.repeat(50)]), 'c', 1);
    expect(localFit(alone!, ...ASIDE).readable).toBe(true);
    expect(outside(alone!, ...ASIDE)).toEqual([]);
    // A first step that fits as it is keeps its words whole.
    const [few] = localGraphSteps(star('MemoryPressure', ['Pod', 'node.kubernetes.io/memory-pressure']), 'c', 1);
    expect(few!.nodes.map((n) => n.en)).toEqual(['MemoryPressure', 'Pod', 'node.kubernetes.io/memory-pressure']);
  });

  it('is stored with every node once and its steps by number, and read back exactly', () => {
    for (const g of [course, site]) {
      const index = indexGraph(g);
      for (const c of g.concepts) {
        const steps = [localGraphSteps(index, c.id, 1), localGraphSteps(index, c.id, 2)];
        const payload = encodeLocalGraphs(steps);
        // Read back through JSON, as the browser does: what the steps themselves gave it as JSON.
        expect(decodeLocalGraphs(JSON.parse(JSON.stringify(payload)))).toEqual(JSON.parse(JSON.stringify(steps)));
        // One table row per concept and role (centre, ring), however many steps show it.
        const rows = payload.n.map((r) => `${r[0]}:${r[5]}:${r[6]}:${r[7]}`);
        expect(new Set(rows).size).toBe(rows.length);
        // At most two per concept and role: its label as it is and with long words broken.
        const perRole = new Map<string, number>();
        for (const r of payload.n) perRole.set(`${r[0]}:${r[5]}`, (perRole.get(`${r[0]}:${r[5]}`) ?? 0) + 1);
        for (const count of perRole.values()) expect(count).toBeLessThanOrEqual(2);
      }
    }
    // Status and transition labels survive; a label with markup stays text (the page escapes `<`).
    const node = (id: string, ring: 0 | 1 | 2, x: number, st?: string): LocalGraphData['nodes'][number] => ({ id, zh: `${id}</script>`, en: id, k: 'term', n: 1, ...(st ? { st } : {}), ring, fs: 12, w: 40, h: 20, x, y: 0 });
    const small: LocalGraphData = { center: 'a', depth: 1, nodes: [node('a', 0, 0), node('b', 1, 50, 'historical')], edges: [{ s: 'a', t: 'b', ty: 'transition', l: 'go' }], omitted: 1 };
    const big: LocalGraphData = { center: 'a', depth: 2, nodes: [node('a', 0, 0), node('b', 1, 60, 'historical'), node('c', 2, 120)], edges: [{ s: 'b', t: 'c', ty: 'related' }, { s: 'a', t: 'b', ty: 'transition', l: 'go' }], omitted: 0 };
    const payload = encodeLocalGraphs([[small], [big]]);
    expect(payload.n).toHaveLength(3);
    expect(decodeLocalGraphs(JSON.parse(JSON.stringify(payload)))).toEqual([[small], [big]]);
    expect(() => encodeLocalGraphs([[small], [{ ...big, center: 'b' }]])).toThrow();
  });

  it('handles an unknown id and a concept without neighbours', () => {
    const index = indexGraph(site);
    expect(buildLocalGraph(index, 'no-such-id', 1).nodes).toEqual([]);
  });
});
