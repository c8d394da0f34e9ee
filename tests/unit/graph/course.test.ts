/** The `course` fixture: all three input kinds, every edge type, links, images, CJK. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { COURSE, NOTE_FILE, cleanup, concept, hasEdge } from './helpers.ts';

let g: Graph;
beforeAll(async () => {
  g = await loadGraph(COURSE);
});
afterAll(cleanup);

describe('course fixture: overall', () => {
  it('has no diagnostics and a consistent summary', () => {
    expect(g.diagnostics).toEqual([]);
    expect(g.stats).toEqual({
      files: g.files.length,
      concepts: g.concepts.length,
      edges: g.edges.length,
      examples: g.examples.length,
      warnings: 0,
      errors: 0,
    });
    expect(g.version).toBe(1);
    expect(g.root).toBe('k8s');
  });

  it('accounts for every file with its role', () => {
    const roles = Object.fromEntries(g.files.map((f) => [f.file, f.role]));
    expect(roles).toEqual({
      'concepts/container.md': 'concept',
      'concepts/img/pod.png': 'asset',
      'concepts/pod/host-aliases.md': 'concept',
      'concepts/pod/host-network.md': 'concept',
      'concepts/pod/pending.md': 'concept',
      'concepts/pod/pod.md': 'concept',
      'concepts/pod/running.md': 'concept',
      'concepts/pod/share-process-namespace.md': 'concept',
      'concepts/pod/succeeded.md': 'concept',
      'concepts/sidecar.md': 'concept',
      'map.md': 'map',
      'notes/images/pod 结构图.png': 'asset',
      'notes/images/readme.txt': 'ignored',
      [NOTE_FILE]: 'note',
    });
    expect(g.files.every((f) => f.status === 'ok')).toBe(true);
    expect(g.files.find((f) => f.file === NOTE_FILE)!.concepts).toContain('host-aliases');
  });

  it('sorts concepts by learning order and edges by type, from, to', () => {
    const orders = g.concepts.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    const keys = g.edges.map((e) => `${e.type} ${e.from} ${e.to}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('map skeleton', () => {
  it('splits bilingual labels, full-width and ASCII parentheses', () => {
    const w = concept(g, 'kubernetes-workloads');
    expect([w.title, w.titleEn, w.titleZh]).toEqual(['Kubernetes Workloads', 'Kubernetes Workloads', 'Kubernetes 作业管理']);
    const s = concept(g, 'services');
    expect([s.title, s.titleZh]).toEqual(['Services', '服务']);
    const root = concept(g, 'k8s'); // mixed label without parentheses: both names
    expect([root.title, root.titleEn, root.titleZh]).toEqual(['Kubernetes 技能图谱', 'Kubernetes 技能图谱', 'Kubernetes 技能图谱']);
    const svc = concept(g, 'service'); // English only
    expect([svc.title, svc.titleEn, svc.titleZh]).toEqual(['Service', 'Service', undefined]);
    const cri = concept(g, 'cri');
    // the gloss spells the abbreviation out and names it in Chinese: the Chinese name alone, the
    // spelt-out name as an alias
    expect([cri.title, cri.titleZh]).toEqual(['CRI', '容器运行时接口']);
    expect(cri.aliases).toContain('Container Runtime Interface');
  });

  it('gives the same label in two branches two distinct, order-independent ids', () => {
    expect(concept(g, 'service--external-load-balancer').parent).toBe('service');
    expect(concept(g, 'ingress--external-load-balancer').parent).toBe('ingress');
    expect(g.concepts.some((c) => c.id === 'external-load-balancer')).toBe(false);
  });

  it('reads explicit ids, kind and historical attributes', () => {
    const d = concept(g, 'dockershim');
    expect(d.status).toBe('historical');
    expect(d.statusReason).toBe('Kubernetes 1.24 起已从 kubelet 移除');
    expect(d.title).toBe('dockershim');
    expect(concept(g, 'sidecar').kind).toBe('pattern');
    expect(concept(g, 'pod-phase').kind).toBe('topic'); // has children
    expect(concept(g, 'rolling-update').kind).toBe('term'); // leaf stub
    expect(concept(g, 'rolling-update').hasNote).toBe(false);
    expect(concept(g, 'rolling-update').source).toEqual({ file: 'map.md', line: 12, column: 7 });
  });

  it('links a map item to its concept note', () => {
    const pod = concept(g, 'pod');
    expect(pod.hasNote).toBe(true);
    expect(pod.parent).toBe('kubernetes-workloads');
    expect(pod.source.file).toBe('concepts/pod/pod.md');
  });

  it('derives ancestors, branch and positions', () => {
    const p = concept(g, 'pod-phase-pending');
    expect(p.ancestors).toEqual(['k8s', 'kubernetes-workloads', 'pod', 'pod-phase']);
    expect(p.branch).toBe('kubernetes-workloads');
    expect(concept(g, 'k8s').branch).toBe('k8s');
    for (const c of g.concepts) expect(c.position !== undefined).toBe(c.parent !== undefined || c.id === g.root);
  });

  it('orders siblings by frontmatter order, else map position; note-only children after', () => {
    const kids = (id: string) => g.concepts.filter((c) => c.parent === id).map((c) => c.id);
    // container has order -1 and hangs under kubernetes-workloads through `parent:`
    expect(kids('kubernetes-workloads')).toEqual(['container', 'pod', 'deployment']);
    expect(kids('pod')).toEqual(['host-aliases', 'sidecar', 'pod-phase', 'share-process-namespace', 'host-network']);
    expect(kids('pod-phase')).toEqual(['pod-phase-pending', 'pod-phase-running', 'pod-phase-succeeded']);
  });
});

describe('concept notes', () => {
  it('reads every frontmatter field', () => {
    const h = concept(g, 'host-aliases');
    expect(h).toMatchObject({
      title: 'hostAliases',
      titleZh: '主机别名',
      titleEn: 'HostAliases',
      aliases: ['HostAliases', '/etc/hosts 条目'],
      kind: 'field',
      fieldPath: 'spec.hostAliases',
      prerequisites: ['pod'],
      related: ['host-network', 'pod'],
      hasNote: true,
    });
    expect(concept(g, 'pod').summary).toBe('Kubernetes 里最小的调度单位。');
    expect(concept(g, 'container').summary).toBe('容器是被 Namespace 和 Cgroups 限制起来的进程。');
    expect(concept(g, 'pod-phase-pending').transitions).toEqual([{ to: 'pod-phase-running', label: '调度成功，容器都已创建' }]);
    expect(concept(g, 'pod-phase-succeeded')).toMatchObject({ status: 'historical', statusReason: '仅用于测试 status 字段' });
  });

  it('defaults id to the file name and title to the (bilingual) first heading', () => {
    const s = concept(g, 'sidecar');
    expect([s.title, s.titleZh, s.titleEn]).toEqual(['Sidecar', '边车容器', 'Sidecar']);
    expect(s.body).not.toContain('<h1');
  });

  it('renders the body with stable Chinese heading ids and rewritten links', () => {
    const pod = concept(g, 'pod');
    // each with the line of the file it is on (a note page links a finding under it to it)
    expect(pod.headings).toEqual([
      { depth: 2, id: '为什么需要-pod', text: '为什么需要 Pod', line: 20 },
      { depth: 2, id: '为什么需要-pod-1', text: '为什么需要 Pod', line: 25 },
    ]);
    expect(pod.body).toContain('<h2 id="为什么需要-pod">');
    expect(pod.body).toContain('<strong>实际工作中：</strong>当你');
    expect(pod.body).toContain('<a href="@base/concepts/host-aliases/">hostAliases</a>');
    expect(pod.body).toContain('<a href="@base/concepts/pod-phase-pending/">挂起</a>');
    expect(pod.body).toContain('<a href="@base/concepts/sidecar/">边车容器</a>');
    // a link to a free-form note goes to that note's own page (every note has one since issue 13)
    expect(pod.body).toContain(`<a href="@base/notes/${encodeURIComponent('第2章-pod-从入门到实践-草稿')}/">我的学习笔记</a>`);
    expect(pod.body).toContain('<img src="@base/assets/concepts/img/pod.png" alt="Pod 结构">');
    expect(pod.body).not.toContain('[[');
  });
});

describe('edges', () => {
  it('has every edge type with the documented direction', () => {
    expect(hasEdge(g, 'child', 'pod', 'host-aliases')).toBe(true);
    expect(hasEdge(g, 'child', 'kubernetes-workloads', 'container')).toBe(true);
    // prerequisite: from the prerequisite to the concept that needs it
    expect(hasEdge(g, 'prerequisite', 'container', 'pod')).toBe(true);
    expect(hasEdge(g, 'prerequisite', 'pod', 'host-aliases')).toBe(true);
    expect(hasEdge(g, 'related', 'pod', 'deployment')).toBe(true);
    const t = g.edges.find((e) => e.type === 'transition' && e.from === 'pod-phase-pending');
    expect(t).toMatchObject({ to: 'pod-phase-running', label: '调度成功，容器都已创建' });
    expect(hasEdge(g, 'mentions', 'pod', 'host-aliases')).toBe(true);
    expect(hasEdge(g, 'mentions', 'pod', 'sidecar')).toBe(true);
  });

  it('keeps one related edge per pair even when both sides declare it', () => {
    const pair = g.edges.filter(
      (e) => e.type === 'related' && [e.from, e.to].sort().join() === 'host-aliases,host-network',
    );
    expect(pair).toHaveLength(1);
  });

  it('records where an edge was declared', () => {
    const e = g.edges.find((x) => x.type === 'prerequisite' && x.from === 'container')!;
    expect(e.source).toEqual({ file: 'concepts/pod/pod.md', line: 8, column: 17 });
  });

  it('never points at a missing concept', () => {
    const ids = new Set(g.concepts.map((c) => c.id));
    for (const e of g.edges) {
      expect(ids.has(e.from)).toBe(true);
      expect(ids.has(e.to)).toBe(true);
    }
  });
});

describe('assets', () => {
  it('records relative images with their public path', () => {
    expect(g.assets).toEqual([
      { from: 'concepts/img/pod.png', to: 'assets/concepts/img/pod.png' },
      { from: 'notes/images/pod 结构图.png', to: 'assets/notes/images/pod 结构图.png' },
    ]);
  });
});
