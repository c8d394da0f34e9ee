import { describe, expect, it } from 'vitest';
import { estimateTextWidth, layoutMap, layoutMindMap, nodeBox, wrapLabel, type MindMapLayout } from '../../src/graph/layout.ts';
import type { Concept } from '../../src/graph/model.ts';

function concept(id: string, parent: string | undefined, order: number, title = id, extra: Partial<Concept> = {}): Concept {
  return {
    id, title, titleZh: title, titleEn: title, aliases: [], kind: parent ? 'term' : 'topic', parent,
    summary: '', body: '', headings: [], excerpts: [], examples: [], hasNote: false,
    source: { file: 'map.md', line: 1, column: 1 }, order, prerequisites: [], related: [], transitions: [],
    ancestors: [], branch: '', ...extra,
  };
}

/** A deterministic pseudo-random tree (LCG, fixed seed) with mixed CJK/Latin labels. */
function syntheticTree(size: number, seed = 7): Concept[] {
  let s = seed;
  const rnd = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const words = ['Pod', 'Deployment', 'Persistent Volume Claim', '容器', '调度器', 'hostAliases', 'Container Runtime Interface 容器运行时接口', 'Ingress（7 层服务发现）', 'x'];
  const out = [concept('root', undefined, 0, 'Kubernetes 技能图谱')];
  for (let i = 1; i < size; i++) {
    // Branches first, then attach to a uniformly random earlier node (a random recursive tree).
    const parent = i <= 6 ? 'root' : out[1 + Math.floor(rnd() * (i - 1))]!.id;
    const zh = words[Math.floor(rnd() * words.length)]! + i;
    out.push(concept(`n${i}`, parent, i, zh, { titleEn: `${words[Math.floor(rnd() * 4)]} number ${i}` }));
  }
  return out;
}

function overlaps(layout: MindMapLayout): string[] {
  // Sweep over x-sorted boxes: O(n log n + k), fine for the sizes tested here.
  const boxes = layout.nodes.map((n) => ({
    id: n.id,
    x0: n.position.x - n.box.width / 2, x1: n.position.x + n.box.width / 2,
    y0: n.position.y - n.box.height / 2, y1: n.position.y + n.box.height / 2,
  })).sort((a, b) => a.x0 - b.x0);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x0 < a.x1; j++) {
      const b = boxes[j]!;
      if (a.y0 < b.y1 && b.y0 < a.y1) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

describe('label measurement', () => {
  it('counts CJK characters as full width and Latin as roughly 0.6em', () => {
    expect(estimateTextWidth('容器组', 10)).toBe(30);
    const latin = estimateTextWidth('abcdefghij', 10);
    expect(latin).toBeGreaterThan(45);
    expect(latin).toBeLessThan(70);
  });

  it('wraps Latin at spaces and CJK between characters, never before closing punctuation', () => {
    expect(wrapLabel('Container Runtime Interface 容器运行时接口', 13, 13 * 13)).toEqual(['Container Runtime', 'Interface 容器运行时接口']);
    const zh = wrapLabel('存储插件，仅负责提供存储卷', 10, 45);
    expect(zh.join('')).toBe('存储插件，仅负责提供存储卷');
    for (const line of zh) expect(line.startsWith('，')).toBe(false);
    expect(wrapLabel('Supercalifragilistic', 10, 20)).toEqual(['Supercalifragilistic']);
    expect(wrapLabel('  ', 10, 20)).toEqual(['']);
  });

  it('breaks a word much wider than its line at its joints when asked, and no word only a little wider', () => {
    // The local graph's ring labels: 12 px, lines of 78 px.
    const broken = (text: string): string[] => wrapLabel(text, 12, 78, false, true);
    expect(broken('progressDeadlineSeconds')).toEqual(['progress', 'Deadline', 'Seconds']);
    expect(broken('certificate-authority-data')).toEqual(['certificate-', 'authority-', 'data']);
    // After a dot only where the piece between other joints is still too wide.
    expect(broken('node.kubernetes.io/memory-pressure')).toEqual(['node.', 'kubernetes.', 'io/memory-', 'pressure']);
    expect(broken('app.kubernetes.io/name')).toEqual(['app.kubernetes.io/', 'name']);
    // A little wider than the line: whole, as without breaking.
    expect(broken('fundamentals')).toEqual(['fundamentals']);
    expect(broken('kube-scheduler')).toEqual(['kube-scheduler']);
    // Without joints: cut between characters, no line wider than the line.
    const word = 'x'.repeat(40);
    expect(broken(word).join('')).toBe(word);
    for (const line of broken(word)) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(78);
    // Words between spaces still break at the spaces; not asked, a long word stays whole.
    expect(broken('CustomResourceDefinition in the API server')).toEqual(['Custom', 'Resource', 'Definition', 'in the API', 'server']);
    expect(wrapLabel('progressDeadlineSeconds', 12, 78)).toEqual(['progressDeadlineSeconds']);
    expect(nodeBox({ title: 'progressDeadlineSeconds' }, 3, { fontSize: 12, wrapEm: 6.5, breakWords: true }).lines.en).toEqual(['progress', 'Deadline', 'Seconds']);
  });

  it('sizes a box for the longer of the two labels', () => {
    const b = nodeBox({ title: 'pv', titleZh: '持久卷', titleEn: 'Persistent Volume & Persistent Volume Claim' }, 2);
    expect(b.lines.zh).toEqual(['持久卷']);
    expect(b.lines.en.length).toBe(2);
    expect(b.width).toBeGreaterThan(estimateTextWidth('Persistent Volume Claim', 13));
    expect(b.height).toBeGreaterThan(2 * 13);
  });
});

describe('mind-map layout', () => {
  const small = [
    concept('k8s', undefined, 0, 'Kubernetes 技能图谱'),
    concept('a', 'k8s', 1, 'Container basics'),
    concept('a1', 'a', 2), concept('a2', 'a', 3),
    concept('b', 'k8s', 4, 'Architecture'),
    concept('b1', 'b', 5), concept('b2', 'b', 6), concept('b3', 'b', 7), concept('b4', 'b', 8),
    concept('c', 'k8s', 9, 'Workloads'),
    concept('c1', 'c', 10), concept('c2', 'c', 11), concept('c3', 'c', 12),
    concept('d', 'k8s', 13, 'Operations'), concept('d1', 'd', 14),
    // Not in the tree: a mined term without parent, and one whose parent does not exist.
    concept('orphan-term', undefined, 20),
    concept('lost', 'missing-parent', 21),
  ];

  it('puts the root in the middle and positions every tree node, and only those', () => {
    const pos = layoutMap(small, 'k8s');
    expect(pos.get('k8s')).toEqual({ x: 0, y: 0 });
    const tree = small.filter((c) => !['orphan-term', 'lost'].includes(c.id)).map((c) => c.id);
    expect([...pos.keys()].sort()).toEqual([...tree].sort());
  });

  it('splits the branches between right and left, balanced, in clockwise order', () => {
    const l = layoutMindMap(small, 'k8s');
    expect(l.right.length).toBeGreaterThan(0);
    expect(l.left.length).toBeGreaterThan(0);
    expect([...l.right, ...[...l.left].reverse()]).toEqual(['a', 'b', 'c', 'd']);
    for (const n of l.nodes) {
      if (n.side === 'right') expect(n.position.x).toBeGreaterThan(0);
      if (n.side === 'left') expect(n.position.x).toBeLessThan(0);
    }
    // Every descendant is on its branch's side and further out than its parent.
    for (const n of l.nodes) {
      if (n.side === 'root' || n.parent === 'k8s') continue;
      const p = l.byId.get(n.parent!)!;
      expect(n.side).toBe(p.side);
      expect(Math.abs(n.position.x) - n.box.width / 2).toBeGreaterThan(Math.abs(p.position.x) + p.box.width / 2);
    }
  });

  it('keeps siblings in map order from top to bottom', () => {
    const l = layoutMindMap(small, 'k8s');
    const ys = ['b1', 'b2', 'b3', 'b4'].map((id) => l.byId.get(id)!.position.y);
    expect([...ys].sort((x, y) => x - y)).toEqual(ys);
  });

  it('balances the two sides by height', () => {
    for (const seed of [1, 7, 42]) {
      const l = layoutMindMap(syntheticTree(600, seed), 'root');
      const extent = (ids: Set<string>): number => {
        const ys = l.nodes.filter((n) => ids.has(n.id)).flatMap((n) => [n.position.y - n.box.height / 2, n.position.y + n.box.height / 2]);
        return Math.max(...ys) - Math.min(...ys);
      };
      const branchOf = (id: string): string => {
        let n = l.byId.get(id)!;
        while (n.parent !== 'root') n = l.byId.get(n.parent!)!;
        return n.id;
      };
      const members = new Map<string, Set<string>>();
      for (const n of l.nodes) {
        if (n.side === 'root') continue;
        const b = branchOf(n.id);
        if (!members.has(b)) members.set(b, new Set());
        members.get(b)!.add(n.id);
      }
      const sideIds = (side: string): Set<string> => new Set(l.nodes.filter((n) => n.side === side).map((n) => n.id));
      const tallest = Math.max(...[...members.values()].map(extent));
      // The best split in map order leaves the sides differing by at most one branch.
      expect(Math.abs(extent(sideIds('right')) - extent(sideIds('left')))).toBeLessThanOrEqual(tallest + 28);
    }
  });

  it('never lets two node boxes overlap', () => {
    expect(overlaps(layoutMindMap(small, 'k8s'))).toEqual([]);
    for (const size of [150, 1000, 3000]) expect(overlaps(layoutMindMap(syntheticTree(size), 'root'))).toEqual([]);
  });

  it('is deterministic and does not depend on input order', () => {
    const tree = syntheticTree(500);
    const a = layoutMap(tree, 'root');
    const b = layoutMap([...tree].reverse(), 'root');
    const c = layoutMap(tree, 'root');
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
    expect([...c.entries()]).toEqual([...a.entries()]);
  });

  it('survives a parent cycle and a missing root', () => {
    const cyc = [concept('r', undefined, 0), concept('x', 'y', 1), concept('y', 'x', 2), concept('z', 'r', 3)];
    expect([...layoutMap(cyc, 'r').keys()].sort()).toEqual(['r', 'z']);
    expect(layoutMap(cyc, 'nope').size).toBe(0);
  });

  it('lays out a tree 800 levels deep with a 4,000-wide fan', () => {
    const deep = [concept('r', undefined, 0)];
    for (let i = 1; i < 800; i++) deep.push(concept(`d${i}`, i === 1 ? 'r' : `d${i - 1}`, i));
    for (let i = 0; i < 4200; i++) deep.push(concept(`f${i}`, 'r', 800 + i));
    const pos = layoutMap(deep, 'r');
    expect(pos.size).toBe(5000);
  });
});
