import { describe, expect, it } from 'vitest';
import type { ProgressGraph } from '../../../src/views/progress-data.ts';
import { emptyProgress, setConceptState, type ProgressData, type ProgressState } from '../../../src/scripts/progress/store.ts';
import { nextStatusKey, recommendNext } from '../../../src/scripts/progress/what-next.ts';

const T = new Date('2024-05-01T10:00:00.000Z');

/**
 * A small map in the shape of the issue's complaint: Linux basics first in learning order, a
 * historical runtime item, Pod with its fields (hostAliases, preStop under lifecycle hooks),
 * Deployment after Pod, and a related concept.
 */
const graph: ProgressGraph = {
  version: 1,
  root: 'root',
  branches: [
    { id: 'basics', title: '容器基础', titleEn: 'Container basics' },
    { id: 'workloads', title: '作业管理', titleEn: 'Workloads' },
  ],
  concepts: [
    { id: 'root', title: 'Root', kind: 'topic', order: 0, branch: 'root', prerequisites: [] },
    { id: 'basics', title: '容器基础', titleEn: 'Container basics', kind: 'topic', order: 1, branch: 'basics', prerequisites: [], parent: 'root' },
    { id: 'linux', title: 'Linux 基础', kind: 'term', order: 2, branch: 'basics', prerequisites: [], parent: 'basics' },
    { id: 'dockershim', title: 'dockershim', kind: 'term', order: 3, branch: 'basics', prerequisites: [], parent: 'basics', status: 'historical' },
    { id: 'cgroups', title: 'Cgroups', kind: 'term', order: 4, branch: 'basics', prerequisites: ['linux'], parent: 'basics' },
    { id: 'workloads', title: '作业管理', kind: 'topic', order: 5, branch: 'workloads', prerequisites: [], parent: 'root' },
    { id: 'pod', title: 'Pod', kind: 'object', order: 6, branch: 'workloads', prerequisites: [], parent: 'workloads', related: ['sidecar'] },
    { id: 'pod-fields', title: 'Pod 级别字段', kind: 'topic', order: 7, branch: 'workloads', prerequisites: [], parent: 'pod' },
    { id: 'host-aliases', title: 'hostAliases', kind: 'field', order: 8, branch: 'workloads', prerequisites: [], parent: 'pod-fields' },
    { id: 'host-network', title: 'hostNetwork', kind: 'field', order: 9, branch: 'workloads', prerequisites: [], parent: 'pod-fields' },
    { id: 'pre-stop', title: 'preStop', kind: 'field', order: 10, branch: 'workloads', prerequisites: [], parent: 'pod' },
    { id: 'sidecar', title: 'Sidecar', titleEn: 'Sidecar container', kind: 'pattern', order: 11, branch: 'workloads', prerequisites: [], parent: 'workloads', related: ['pod'] },
    { id: 'deployment', title: 'Deployment', kind: 'object', order: 12, branch: 'workloads', prerequisites: ['pod'], parent: 'workloads' },
    { id: 'rolling', title: '滚动更新', kind: 'term', order: 13, branch: 'workloads', prerequisites: ['deployment'], parent: 'deployment' },
  ],
};

function states(s: Record<string, ProgressState>): ProgressData {
  let d = emptyProgress();
  for (const [id, st] of Object.entries(s)) d = setConceptState(d, id, st, T);
  return d;
}

const brief = (d: ProgressData, limit?: number): string[] =>
  recommendNext(graph, d, limit).map((i) => `${i.concept.id}:${i.reason.kind}${'via' in i.reason ? `<${[i.reason.via].flat().join('+')}` : ''}`);

describe('recommendNext (what next)', () => {
  it('with no progress follows the learning path: what most concepts build on first, never a historical item or a branch', () => {
    const out = brief(emptyProgress());
    // Pod (Deployment and rolling updates build on it), then Linux basics (Cgroups), then Deployment.
    expect(out.slice(0, 4)).toEqual(['pod:order', 'linux:order', 'deployment:order', 'cgroups:order']);
    expect(out.join(' ')).not.toMatch(/dockershim|root|basics:|workloads:/);
    // Each says why: what it comes after (listed above it) and how much builds on it.
    const reasons = new Map(recommendNext(graph, emptyProgress()).map((i) => [i.concept.id, i.reason]));
    expect(reasons.get('pod')).toEqual({ kind: 'order', after: [], dependents: 2 });
    expect(reasons.get('deployment')).toEqual({ kind: 'order', after: ['pod'], dependents: 1 });
    expect(reasons.get('rolling')).toEqual({ kind: 'order', after: ['deployment'], dependents: 0 });
  });

  it('with no progress, the core path comes before niche leaves that sit earlier on the map', () => {
    // The shape of the real map: Linux basics first, then an architecture branch whose network
    // plugins (OVS, SR-IOV) need nothing, and only then the workloads that everything builds on.
    const c = (id: string, order: number, parent: string, branch: string, prerequisites: string[] = [], kind = 'term') => ({ id, title: id, kind, order, branch, prerequisites, parent });
    const g: ProgressGraph = {
      version: 1,
      root: 'root',
      branches: [
        { id: 'basics', title: 'basics' },
        { id: 'arch', title: 'arch' },
        { id: 'workloads', title: 'workloads' },
        { id: 'apps', title: 'apps' },
      ],
      concepts: [
        { id: 'root', title: 'root', kind: 'topic', order: 0, branch: 'root', prerequisites: [] },
        c('basics', 1, 'root', 'basics', [], 'topic'),
        c('linux', 2, 'basics', 'basics'),
        c('processes', 3, 'basics', 'basics', ['linux']),
        c('namespaces', 4, 'basics', 'basics', ['processes']),
        c('cgroups', 5, 'basics', 'basics', ['processes']),
        c('arch', 6, 'root', 'arch', ['pod'], 'topic'),
        c('kubelet', 7, 'arch', 'arch', ['arch', 'pod']),
        c('network-plugins', 8, 'kubelet', 'arch', ['cni'], 'topic'),
        c('ovs', 9, 'network-plugins', 'arch'),
        c('sr-iov', 10, 'network-plugins', 'arch'),
        { ...c('weave', 11, 'network-plugins', 'arch'), status: 'historical' as const },
        c('cni', 12, 'kubelet', 'arch', ['kubelet', 'namespaces']),
        c('workloads', 13, 'root', 'workloads', ['pod'], 'topic'),
        c('pod', 14, 'workloads', 'workloads', ['cgroups', 'namespaces'], 'object'),
        c('labels', 15, 'workloads', 'workloads', ['pod']),
        c('deployment', 16, 'workloads', 'workloads', ['pod', 'labels'], 'object'),
        c('rolling', 17, 'deployment', 'workloads', ['deployment']),
        c('apps', 18, 'root', 'apps', ['pod'], 'topic'),
        c('service', 19, 'apps', 'apps', ['pod', 'labels'], 'object'),
        c('ingress', 20, 'apps', 'apps', ['service'], 'object'),
      ],
    };
    const ids = recommendNext(g, emptyProgress()).map((i) => i.concept.id);
    // Before this change the list was linux, ovs, sr-iov, …: only concepts with nothing to learn first.
    expect(ids.slice(0, 6)).toEqual(['linux', 'processes', 'namespaces', 'cgroups', 'pod', 'labels']);
    // Every concept comes after its prerequisites, and core objects before the niche leaves.
    for (const id of ids) for (const p of g.concepts.find((x) => x.id === id)!.prerequisites) if (ids.includes(p)) expect(ids.indexOf(p)).toBeLessThan(ids.indexOf(id));
    for (const core of ['pod', 'deployment', 'service', 'kubelet']) for (const niche of ['ovs', 'sr-iov']) expect(ids.indexOf(core)).toBeLessThan(ids.indexOf(niche));
    expect(ids).not.toContain('weave');
    expect(ids.slice(-2)).toEqual(['ovs', 'sr-iov']);
    // The home page's first six: all on the core path; Pod says what it comes after and that 8 concepts
    // (kubelet, CNI, the network plugins topic, labels, Deployment, rolling update, Service, Ingress) build on it.
    const first = recommendNext(g, emptyProgress(), 6);
    expect(first.map((i) => i.reason)).toContainEqual({ kind: 'order', after: ['cgroups', 'namespaces'], dependents: 8 });
  });

  it('with no progress, the map\'s concepts come before those mined off the map beside a map.md', () => {
    // A reader's map.md lists Service and Ingress; the notes also define Ingress's defaultBackend and
    // kubectl apply, which stay off the map (no parent). They were suggested first (depth 0, as
    // shallow as the root), ahead of everything the reader had put on the map.
    const g: ProgressGraph = {
      version: 1,
      root: 'k8s',
      branches: [{ id: 'networking', title: '网络', titleEn: 'Networking' }],
      concepts: [
        { id: 'k8s', title: '学习地图', kind: 'topic', order: 0, branch: 'k8s', prerequisites: [] },
        { id: 'default-backend', title: 'defaultBackend', kind: 'field', order: 1, branch: 'networking', prerequisites: [] },
        { id: 'kubectl-apply', title: 'kubectl apply', kind: 'term', order: 2, branch: 'k8s', prerequisites: [] },
        { id: 'networking', title: '网络', kind: 'topic', order: 3, branch: 'networking', prerequisites: [], parent: 'k8s' },
        { id: 'service', title: '服务', kind: 'object', order: 4, branch: 'networking', prerequisites: [], parent: 'networking' },
        { id: 'service-port', title: 'port', kind: 'field', order: 5, branch: 'networking', prerequisites: [], parent: 'service' },
        { id: 'ingress', title: '入口', kind: 'object', order: 6, branch: 'networking', prerequisites: [], parent: 'networking' },
      ],
    };
    expect(recommendNext(g, emptyProgress()).map((i) => i.concept.id)).toEqual(['service', 'ingress', 'service-port', 'default-backend', 'kubectl-apply']);
  });

  it('puts what is in progress first, then prerequisites learned, then what is near the learned concepts', () => {
    const out = brief(states({ pod: 'learned', 'host-aliases': 'learned', 'pre-stop': 'learning' }));
    expect(out[0]).toBe('pre-stop:learning');
    expect(out[1]).toBe('deployment:prereqs<pod');
    // Children of Pod, then its related concept, then the siblings of hostAliases.
    expect(out.slice(2, 5)).toEqual(['pod-fields:near<pod', 'sidecar:near<pod', 'host-network:near<host-aliases']);
    // Only then the learning order, from Linux basics; never dockershim.
    expect(out[5]).toBe('linux:order');
    expect(out.some((s) => s.startsWith('dockershim'))).toBe(false);
    expect(out.some((s) => s.startsWith('pod:') || s.startsWith('host-aliases:'))).toBe(false);
  });

  it('never recommends learned, skipped or historical concepts, even in progress', () => {
    const out = brief(states({ dockershim: 'learning', linux: 'skipped', pod: 'learned' }));
    expect(out.some((s) => /^(dockershim|linux|pod):/.test(s))).toBe(false);
    // Cgroups waits: its prerequisite was skipped, not learned.
    expect(out.some((s) => s.startsWith('cgroups:'))).toBe(false);
  });

  it('a concept near a learned one waits for its own prerequisites', () => {
    const out = brief(states({ deployment: 'learned' }));
    // rolling is Deployment's child and has Deployment as its prerequisite.
    expect(out[0]).toBe('rolling:prereqs<deployment');
    expect(out.filter((s) => s.startsWith('rolling:'))).toHaveLength(1);
  });

  it('does not send a reader back to what a learned concept required (it is evidently known)', () => {
    const g: ProgressGraph = { ...graph, concepts: graph.concepts.map((c) => (c.id === 'pod' ? { ...c, prerequisites: ['linux'] } : c)) };
    let d = emptyProgress();
    d = setConceptState(d, 'pod', 'learned', T);
    const out = recommendNext(g, d).map((i) => `${i.concept.id}:${i.reason.kind}`);
    expect(out.some((s) => s.startsWith('linux:'))).toBe(false);
    // Cgroups needs Linux basics, which Pod needed: it is ready.
    expect(out).toContain('cgroups:prereqs');
  });

  it('respects the limit and lists each concept once', () => {
    const d = states({ pod: 'learned', 'host-aliases': 'learned', 'pre-stop': 'learning' });
    expect(brief(d, 3)).toHaveLength(3);
    const all = recommendNext(graph, d).map((i) => i.concept.id);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('nextStatusKey (what the list says when it suggests nothing)', () => {
  it('a map with no concept to learn (the root and its branches alone) says so, not "all learned"', () => {
    const bare: ProgressGraph = { ...graph, concepts: graph.concepts.filter((c) => c.kind === 'topic' && (c.id === 'root' || c.parent === 'root')) };
    expect(bare.concepts.map((c) => c.id)).toEqual(['root', 'basics', 'workloads']);
    expect(nextStatusKey(bare, recommendNext(bare, emptyProgress()))).toBe('progress.next.none');
    const rootOnly: ProgressGraph = { ...graph, branches: [], concepts: graph.concepts.slice(0, 1) };
    expect(nextStatusKey(rootOnly, recommendNext(rootOnly, emptyProgress()))).toBe('progress.next.none');
  });

  it('look-alike: a map whose concepts are all learned or skipped says "nothing to suggest"; one with suggestions says nothing', () => {
    const counted = ['linux', 'dockershim', 'cgroups', 'pod', 'pod-fields', 'host-aliases', 'host-network', 'pre-stop', 'sidecar', 'deployment', 'rolling'];
    const done = states(Object.fromEntries(counted.map((id, i) => [id, i % 2 ? 'skipped' : 'learned'])) as Record<string, ProgressState>);
    expect(recommendNext(graph, done)).toEqual([]);
    expect(nextStatusKey(graph, [])).toBe('progress.next.empty');
    expect(nextStatusKey(graph, recommendNext(graph, emptyProgress()))).toBe('');
  });
});
