/**
 * fp42 (docs/miner.md, "fp42"): a name said in passing is not defined. A word of English a sentence says something
 * of (`audit 表示…`, `conventions 的意思是…`) makes no new term, and neither does a name the sentence first sets
 * against another (`这一点和 F5 很不一样：F5 是…`). Notes written for this test, each with a look-alike that must
 * stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PASSING_NAMES, comparedBefore, everydayWordName, passingName } from '../../../src/graph/miner/passing-names.ts';
import { cleanup, mineNotes as mine } from './helpers.ts';

const has = (g: Awaited<ReturnType<typeof mine>>, title: string) => g.concepts.some((c) => c.title === title);

afterAll(cleanup);

describe('fp42: the predicate table', () => {
  it('every entry turns its example away and keeps its look-alike', () => {
    for (const p of PASSING_NAMES) {
      expect(p.test(...p.example), `${p.name}: ${p.example[1]}`).toBe(true);
      expect(p.test(...p.lookAlike), `${p.name}: ${p.lookAlike[1]}`).toBe(false);
    }
    expect(new Set(PASSING_NAMES.map((p) => p.name)).size).toBe(PASSING_NAMES.length);
  });

  it('everydayWordName: one lower-case word of English, not a name spelt otherwise', () => {
    for (const w of ['audit', 'warn', 'restore', 'conventions', 'properties', '`type`']) expect(everydayWordName(w), w).toBe(true);
    for (const w of ['kubelet', 'Audit', 'pod-security', 'etcdctl', 'field manager', 'HEALTH']) expect(everydayWordName(w), w).toBe(false);
  });

  it('comparedBefore: the name in a comparison (跟/和/与 X 不同/不一样/对比/相比) and said of again after it', () => {
    expect(comparedBefore('K8s', '这一点跟 K8s 不同：K8s 是你 apply 进去，Backstage 是它自己去读。')).toBe(true);
    expect(comparedBefore('phase', '和 phase 不一样，phase 是一个粗粒度的总结，conditions 告诉你卡在哪一步。')).toBe(true);
    expect(comparedBefore('docker', '和以前 Docker 的 json-file 格式对比一下：docker 是一行一个 JSON。')).toBe(true);
    // the compared side named once, or the name only after the comparison, or no comparison
    expect(comparedBefore('Nginx', 'F5 是一家做负载均衡设备的厂商，和 Nginx 很不一样。')).toBe(false);
    expect(comparedBefore('Cilium', 'Cilium 是一个 CNI 插件，和 Calico 不同，它基于 eBPF。')).toBe(false);
    expect(comparedBefore('Cilium', 'Cilium 是一个基于 eBPF 的 CNI 插件。')).toBe(false);
    expect(comparedBefore('Cilium', undefined)).toBe(false);
  });

  it('passingName: only at its stage and after its rules', () => {
    expect(passingName('new-term', 'prose-represents', 'audit', undefined)?.name).toBe('everyday-word-said-of');
    expect(passingName('new-term', 'prose-copula', 'audit', undefined)).toBeUndefined();
    expect(passingName('candidate', 'prose-represents', 'audit', undefined)).toBeUndefined();
    expect(passingName('candidate', 'prose-copula', 'F5', '这一点和 F5 很不一样：F5 是一台真实的设备在转发。')?.name).toBe('compared-name');
    expect(passingName('candidate', 'bold-colon', 'F5', '这一点和 F5 很不一样：F5 是一台真实的设备在转发。')).toBeUndefined();
  });
});

describe('fp42: in a note', () => {
  it('PSA modes said of with 表示 make no terms; a name of the same sentence shape does', async () => {
    const g = await mine({
      'notes/psa.md': [
        '# Pod 安全准入',
        '',
        '命名空间上打标签 `pod-security.kubernetes.io/<模式>: <级别>`，模式有三种：enforce 表示违规的 Pod 直接拒绝创建；audit 表示允许创建，但在审计日志里加一条注解；warn 表示允许创建，但给客户端返回一条警告。',
        '',
        'kyverno 表示另一种做法：用策略引擎在准入阶段校验和改写资源。',
      ],
    });
    for (const w of ['enforce', 'audit', 'warn']) expect(has(g, w), w).toBe(false);
    expect(has(g, 'kyverno')).toBe(true);
  });

  it('a name set against another before the copula makes no term; said of first, it does', async () => {
    const g = await mine({
      'notes/lb.md': [
        '# Service 的转发',
        '',
        '包不经过 kube-proxy 进程，而是内核直接处理。这一点和 F5 很不一样：F5 是一台真实的设备在转发，而这里每个节点都是一台分布式的负载均衡器。',
      ],
      'notes/lb2.md': ['# 负载均衡设备', '', 'Citrix 是一家做负载均衡设备的厂商，和 Nginx 很不一样，设备是硬件。'],
    });
    expect(has(g, 'F5')).toBe(false);
    expect(has(g, 'Citrix')).toBe(true);
  });
});
