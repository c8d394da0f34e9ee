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

// qa46 / qa47: `cronjb` (one typo) and `cronjo` (unfinished) put a student's two notes titled
// `Job与CronJob` above the CronJob concept: the notes' short documents match the word `cronjob`
// in their title and file name. A concept whose whole name is the word matched leads them.
describe('a concept whose name is the word a typo or an unfinished word matched', () => {
  const docs: SearchDoc[] = [
    { id: 'cronjob', t: 'CronJob', k: 'object', z: '定时任务', s: 'CronJob 按 cron 表达式定时创建 Job，适合备份、报表这类周期性任务。' },
    { id: 'concurrency-policy', t: 'concurrencyPolicy', k: 'field', f: 'spec.concurrencyPolicy', p: 'CronJob', s: '上一个 CronJob 创建的 Job 没跑完时怎么办。' },
    { id: 'note:02-工作负载/Job与CronJob', t: 'Job与CronJob', k: 'note', a: ['02-工作负载/Job与CronJob'] },
    { id: 'note:02-工作负载/Job与CronJob-草稿', t: 'Job与CronJob-草稿', k: 'note', a: ['02-工作负载/Job与CronJob-草稿'] },
  ];
  const idx = loadSearchIndex(serializeSearchIndex(createSearchIndex(docs)));
  const ids = (q: string) => searchConcepts(idx, q).hits.map((h) => h.id);

  it('comes before notes that only contain that word', () => {
    for (const q of ['cronjb', 'CronJb', 'cronjo', 'cronjob']) {
      expect(ids(q)[0], q).toBe('cronjob');
      expect(ids(q), q).toContain('note:02-工作负载/Job与CronJob');
    }
  });

  it('does not outrank a name typed exactly', () => {
    expect(ids('concurrencyPolicy')[0]).toBe('concurrency-policy');
  });
});
