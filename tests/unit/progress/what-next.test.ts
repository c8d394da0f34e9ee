import { describe, expect, it } from 'vitest';
import type { ProgressGraph } from '../../../src/views/progress-data.ts';
import { emptyProgress, setConceptState, type ProgressData, type ProgressState } from '../../../src/scripts/progress/store.ts';
import { recommendNext } from '../../../src/scripts/progress/what-next.ts';

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
  it('with no progress starts at the learning order, never with a historical item or a branch', () => {
    const out = brief(emptyProgress());
    expect(out.slice(0, 2)).toEqual(['linux:order', 'pod:order']);
    expect(out.join(' ')).not.toMatch(/dockershim|root|basics:|workloads:/);
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
