/** qa47: typing a concept's name puts that concept first, above fields named after it. */
import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadSearchIndex, searchConcepts, serializeSearchIndex, type SearchDoc } from '../../../src/views/search-core.ts';

// As the miner wrote them for a user's Ingress and scheduling chapters (/tmp/qa47-notes): the
// fields match `ingress` / `pod` in their name's part, their path, an alias and their summary.
const DOCS: SearchDoc[] = [
  { id: 'ingress', t: 'Ingress', k: 'object', a: ['入口'], s: 'Ingress 工作在七层，可以按域名和路径把 HTTP 流量转发到不同的 Service。' },
  { id: 'ingress-class-name', t: 'ingressClassName', k: 'field', f: 'spec.ingressClassName', a: ['Ingress ingressClassName'],
    s: 'ingressClassName 不写的话，要看集群里有没有默认的 IngressClass，Ingress 才会被处理。' },
  { id: 'pod', t: 'Pod', k: 'object', s: 'Kubernetes 调度的最小单位。' },
  { id: 'pod-anti-affinity', t: 'podAntiAffinity', k: 'field', f: 'spec.affinity.podAntiAffinity', a: ['Pod anti-affinity'],
    s: '让同一个应用的多个 Pod 副本分散到不同节点，Pod 反亲和性常用来做高可用。' },
];
const index = loadSearchIndex(serializeSearchIndex(createSearchIndex(DOCS)));
const first = (q: string) => searchConcepts(index, q).hits[0]?.id;

describe('a concept named exactly what was typed', () => {
  it('comes first, above a field whose name starts with it and that matches in more fields', () => {
    expect(first('ingress')).toBe('ingress');
    expect(first('Ingress')).toBe('ingress');
    expect(first('pod')).toBe('pod');
  });

  it('still lets the field come first when it is what was typed', () => {
    expect(first('ingressClassName')).toBe('ingress-class-name');
    expect(first('podanti')).toBe('pod-anti-affinity');
  });
});
