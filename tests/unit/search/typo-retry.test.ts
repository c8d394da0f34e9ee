/**
 * qa48: `Pod hase` (a typo of phase) found no concept with both words, so the search fell back to
 * concepts with some of them: PodDisruptionBudget and podSelector came first, Pod phase not at all.
 * When no concept has every word, a four-letter word may have one typo and a long one two.
 */
import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadSearchIndex, searchConcepts, serializeSearchIndex, type SearchDoc } from '../../../src/views/search-core.ts';

const DOCS: SearchDoc[] = [
  { id: 'pod', t: 'Pod', k: 'object', s: 'Kubernetes 调度的最小单位。' },
  { id: 'pod-phase', t: 'Pod phase', k: 'state', z: 'Pod 阶段', s: 'Pod 的 phase 是对 Pod 所处阶段的概括：Pending、Running、Succeeded、Failed、Unknown。' },
  { id: 'pdb', t: 'PodDisruptionBudget', k: 'object', a: ['PDB'], s: 'Pod 被主动驱逐时至少保留多少个。' },
  { id: 'pod-selector', t: 'podSelector', k: 'field', f: 'spec.podSelector', p: 'NetworkPolicy', s: '按标签选择 Pod。' },
  { id: 'deployment', t: 'Deployment', k: 'object', s: '管理无状态应用的 ReplicaSet。' },
  { id: 'base', t: 'Base image', k: 'term', s: '镜像的基础层。' },
];
const index = loadSearchIndex(serializeSearchIndex(createSearchIndex(DOCS)));
const search = (q: string) => searchConcepts(index, q);

describe('a word with a typo when no concept has every word as typed', () => {
  it('finds Pod phase for `Pod hase` and `pod phse` (one typo in a four-letter word), as a full match', () => {
    for (const q of ['Pod hase', 'pod phse']) {
      const out = search(q);
      expect(out.hits[0]?.id, q).toBe('pod-phase');
      expect(out.partial, q).toBe(false);
    }
  });

  it('forgives a swap of two letters in a long word (`deploymnet`)', () => {
    expect(search('deploymnet').hits[0]?.id).toBe('deployment');
  });

  it('changes nothing when the words are found as typed', () => {
    expect(search('Pod phase').hits[0]?.id).toBe('pod-phase');
    expect(search('base').hits.map((h) => h.id)).toEqual(['base']);
    expect(search('pod').hits[0]?.id).toBe('pod');
  });
});
