/**
 * perf68: the local graph's first rings placed once per build and boxes (local-graph.ts
 * `placeFirstRing`), and `shownQualifiers` answering without comparing names when no shown
 * concept has a qualifier. Each returns what the code without the memo returned: every step of
 * every concept, built with a memo warm from every other page (in two orders), equals the step
 * built on a cold memo, hostile titles included; `shownQualifiers` equals the comparison of
 * every name on random selections.
 */
import { describe, expect, it } from 'vitest';
import type { Concept, Edge, Graph } from '../../../src/graph/model.ts';
import { indexGraph } from '../../../src/graph/graph-index.ts';
import { encodeLocalGraphs, localGraphSteps, type LocalGraphSource } from '../../../src/views/local-graph.ts';
import { nameKey, shownQualifiers, titleQualifiers, type Qualifier } from '../../../src/views/title-qualifiers.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', "a & b ' c", '</script><b>x', 'Pod', 'pod', ' POD ', '调度 <i>', '&amp;lt;', 'x'.repeat(60), 'maxUnavailable', 'maxUnavailable'];

/**
 * Hubs with stars of leaves whose titles have the same lengths (so their boxes measure alike and
 * different pages share first rings), hostile titles, names shared by several concepts (so
 * `qualify` has clashes to show), and links between the stars (second rings).
 */
function sampleGraph(): Graph {
  const concepts: Concept[] = [];
  const edges: Edge[] = [];
  const source = { file: 'map.md', line: 1, column: 1 };
  const add = (id: string, title: string, extra: Partial<Concept> = {}): void => {
    concepts.push({ id, title, kind: 'concept', hasNote: concepts.length % 3 === 0, order: concepts.length, ...extra } as unknown as Concept);
  };
  for (let h = 0; h < 5; h++) {
    add(`hub${h}`, h % 2 ? `Hub <${h}>` : `集线器${h}`);
    for (let l = 0; l < 4 + 3 * h; l++) {
      const id = `h${h}-l${l}`;
      add(id, l < HOSTILE.length && h % 2 === 1 ? HOSTILE[l]! : `leaf-${String.fromCharCode(97 + l)}${h}`, l % 4 === 0 ? { kind: 'field', parent: `hub${h}` } as Partial<Concept> : {});
      edges.push({ from: `hub${h}`, to: id, type: l % 2 ? 'related' : 'child', source } as Edge);
    }
    if (h > 0) edges.push({ from: `hub${h - 1}`, to: `hub${h}`, type: 'prerequisite', source } as Edge);
    edges.push({ from: `h${h}-l1`, to: `h${(h + 1) % 5}-l2`, type: 'mentions', source } as Edge);
  }
  return { concepts, edges, examples: [], notes: [] } as unknown as Graph;
}

function sourceOf(graph: Graph): LocalGraphSource {
  const index = indexGraph(graph);
  return { byId: index.byId, outgoing: index.outgoing, incoming: index.incoming, qualify: (drawn) => shownQualifiers(drawn, titleQualifiers(graph)) };
}

describe('the local graph: first rings placed once per build', () => {
  it('gives every step of every page what a cold memo gives, whatever pages came before', () => {
    const graph = sampleGraph();
    const ids = graph.concepts.map((c) => c.id);
    // Cold: a new source (and box cache) for every page, so nothing is shared between pages.
    const cold = new Map(ids.map((id) => {
      const src = sourceOf(graph);
      const boxes = new Map();
      return [id, ([1, 2] as const).map((d) => localGraphSteps({ ...src }, id, d, boxes))] as const;
    }));
    for (const order of [ids, [...ids].reverse()]) {
      const src = sourceOf(graph);
      const boxes = new Map();
      for (const id of order) {
        const warm = ([1, 2] as const).map((d) => localGraphSteps(src, id, d, boxes));
        expect(warm).toEqual(cold.get(id));
        expect(JSON.stringify(encodeLocalGraphs(warm))).toBe(JSON.stringify(encodeLocalGraphs(cold.get(id)!)));
      }
    }
    // The hostile titles reach the labels as they were written (escaping is the page's, unchanged).
    const hub1 = localGraphSteps(sourceOf(graph), 'hub1', 1).at(-1)!;
    expect(hub1.nodes.some((n) => n.zh.replace(/\n/g, '').includes('onerror'))).toBe(true);
  });

  it('shares a placement between pages whose rings measure alike, and leaves a page alone after it (the places are copied)', () => {
    const graph = sampleGraph();
    const src = sourceOf(graph);
    const a = localGraphSteps(src, 'hub0', 1);
    const before = JSON.stringify(a);
    // hub2's first ring measures like hub0's first step only if the boxes agree; either way hub0's
    // steps are unchanged by building others on the same memo.
    for (const c of graph.concepts) localGraphSteps(src, c.id, 2);
    expect(JSON.stringify(a)).toBe(before);
    expect(localGraphSteps(src, 'hub0', 1)).toEqual(a);
  });
});

/** `shownQualifiers` as it was before perf68: every shown name compared. */
function reference(shown: readonly Pick<Concept, 'id' | 'title' | 'titleZh'>[], qualifiers: ReadonlyMap<string, Qualifier>): Map<string, Qualifier> {
  const out = new Map<string, Qualifier>();
  if (qualifiers.size === 0 || shown.length < 2) return out;
  const ids = new Map<string, Set<string>>();
  for (const c of shown) {
    const key = nameKey(c);
    const set = ids.get(key);
    if (set) set.add(c.id);
    else ids.set(key, new Set([c.id]));
  }
  for (const c of shown) {
    if ((ids.get(nameKey(c))?.size ?? 0) < 2) continue;
    const q = qualifiers.get(c.id);
    if (q) out.set(c.id, q);
  }
  return out;
}

describe('shownQualifiers', () => {
  it('returns what comparing every shown name returned, on random selections with hostile and clashing names', () => {
    const graph = sampleGraph();
    const quals = titleQualifiers(graph);
    expect(quals.size).toBeGreaterThan(0);
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const keys = graph.concepts.map(nameKey);
    const clashing = graph.concepts.filter((_, i) => keys.indexOf(keys[i]!) !== keys.lastIndexOf(keys[i]!));
    expect(clashing.length).toBeGreaterThan(3);
    const memo = new Map<Concept, string>();
    const keyOf = (c: Concept): string => memo.get(c) ?? (memo.set(c, nameKey(c)), nameKey(c));
    let nonEmpty = 0;
    for (let i = 0; i < 500; i++) {
      // Half the draws from the concepts whose name another has, so that clashes come up.
      const shown = Array.from({ length: rand(8) }, () => (rand(2) ? clashing[rand(clashing.length)]! : graph.concepts[rand(graph.concepts.length)]!));
      const got = shownQualifiers(shown, quals);
      expect([...got]).toEqual([...reference(shown, quals)]);
      // With the keys kept per concept (as createViews gives them), the same.
      expect([...shownQualifiers(shown, quals, keyOf)]).toEqual([...got]);
      if (got.size > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(0);
    // A qualified concept beside an unqualified one of its name: both compared, the qualified one shown.
    const unqualified = { id: 'other', title: 'maxUnavailable' };
    const qualified = graph.concepts.find((c) => quals.has(c.id) && nameKey(c) === 'maxunavailable');
    if (qualified) expect([...shownQualifiers([qualified, unqualified], quals).keys()]).toEqual([qualified.id]);
  });
});
