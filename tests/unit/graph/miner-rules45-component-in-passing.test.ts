/**
 * rules45: a cluster component (`apiserver`, `kube-apiserver`, `kubelet`: label-rules.ts CLUSTER_COMPONENTS) that a note
 * names only in passing — never glossed, in bold or as a heading that is no question — is the machinery a step runs on:
 * the learned path does not add it (definer.ts NOT_LEARNED `known-component-in-passing`). The rules still read a
 * component a note sets out. Notes written for the test.
 */
import { describe, expect, it } from 'vitest';
import { NOT_LEARNED, knownComponentInPassing, nameCandidates } from '../../../src/graph/miner/definer.ts';
import { note } from './definer-note.ts';

const steps = ['# 升级笔记', '', '1. 先备份 etcd 快照。', '2. 改完清单以后 apiserver 会自己重启，等它起来。', '3. 再看 apiserver 的日志有没有报错。', ''];

describe('a cluster component named only in passing (rules45)', () => {
  it('is a component named in passing in steps and prose', () => {
    const c = nameCandidates(note(...steps));
    expect(knownComponentInPassing(c.get('apiserver')!)).toBe(true);
  });

  it('is not when the note sets the component out: in bold, glossed, as a heading', () => {
    const bold = nameCandidates(note(...steps, '**apiserver**：集群唯一的入口，所有组件都通过它读写 etcd。'));
    expect(knownComponentInPassing(bold.get('apiserver')!)).toBe(false);
    const glossed = nameCandidates(note(...steps, '入口是 API 服务器（apiserver），所有组件都通过它读写 etcd。'));
    expect(knownComponentInPassing(glossed.get('apiserver')!)).toBe(false);
    const heading = nameCandidates(note(...steps, '## apiserver', '', '集群唯一的入口。'));
    expect(knownComponentInPassing(heading.get('apiserver')!)).toBe(false);
  });

  it('is not a name that is no listed component (a `kube-…` namespace included)', () => {
    const c = nameCandidates(note('# 笔记', '', '这里的 gVisor 会拦截系统调用，所以性能差一点。', '后面再说 gVisor 的配置。'));
    expect(knownComponentInPassing(c.get('gvisor')!)).toBe(false);
    // the same occurrences in passing under other names: a listed component, a namespace spelt like one
    const { occurrences } = c.get('gvisor')!;
    expect(knownComponentInPassing({ name: 'kube-apiserver', occurrences })).toBe(true);
    expect(knownComponentInPassing({ name: 'kube-node-lease', occurrences })).toBe(false);
  });

  it('is the last veto of the learned path', () => {
    expect(NOT_LEARNED.map((r) => r.name)).toEqual(['known-kind-in-passing', 'aside-in-passing', 'later-cell-only', 'known-component-in-passing']);
    const veto = NOT_LEARNED.find((r) => r.name === 'known-component-in-passing')!;
    expect(veto.test(nameCandidates(note(...steps)).get('apiserver')!)).toBe(true);
  });
});
