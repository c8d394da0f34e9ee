/**
 * alias35 (docs/miner.md "alias35"): an unglossed heading over the concept its section opens with is no
 * other name of it when it is a sentence (`clause`) or a name in the language the concept is already named
 * in that shares nothing with its names (`names-another`): miner/heading-shapes.ts `headingNotAName`, asked
 * by stages/mine.ts `heading-alias`. Notes and headings in new words; look-alikes that must keep the alias.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { CLAUSE_WORDS, NOT_A_NAME_HEADINGS, headingNotAName } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

const byTitle = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

describe('NOT_A_NAME_HEADINGS', () => {
  it.each(NOT_A_NAME_HEADINGS.map((s) => [s.name, s] as const))('%s: its example fires, its look-alike does not', (name, s) => {
    expect(headingNotAName(s.example.heading, s.example.names, s.example.body)).toBe(name);
    expect(headingNotAName(s.lookAlike.heading, s.lookAlike.names, s.lookAlike.body)).toBeUndefined();
  });
});

describe('headingNotAName', () => {
  it.each([
    // a sentence, a step, the text's own course (CLAUSE_WORDS)
    ['这一节为什么重要', ['terminationGracePeriodSeconds'], 'clause'],
    ['先给节点打个标记', ['nodeSelector'], 'clause'],
    ['别让日志把盘写满', ['containerLogMaxSize'], 'clause'],
    ['证书过期了', ['kubeadm certs check-expiration'], 'clause'],
    ['我不想每次都手动改', ['ConfigMap 热更新'], 'clause'],
    ['收尾：写在最后', ['Finalizer'], 'clause'],
    ['探针本身', ['livenessProbe'], 'clause'],
    ['三种模式对比', ['iptables 模式'], 'clause'],
    // a name in the concept's own language that shares nothing with its names
    ['Linkerd', ['Istio'], 'names-another'],
    ['hostPath', ['local volume'], 'names-another'],
    ['准入链路', ['拦截器'], 'names-another'],
    ['Q2.3', ['image'], 'names-another'],
  ])('%s over %j → %s', (heading, names, want) => {
    expect(headingNotAName(heading, names, '')).toBe(want);
  });

  it.each([
    // look-alikes: a translation, initials, a part or an extension, a shared word, a name with 给 of 供给
    ['会话保持', ['sessionAffinity']],
    ['镜像拉取策略', ['imagePullPolicy']],
    ['Topology Aware Routing', ['拓扑感知路由']],
    ['HPA', ['HorizontalPodAutoscaler']],
    ['OIDC', ['OpenID Connect']],
    ['port-forward', ['kubectl port-forward']],
    ['边车容器', ['Sidecar 容器']],
    ['QoS 类别', ['qosClass']],
    ['动态供给', ['StorageClass']],
    ['不可变 Secret', ['immutable']],
  ])('%s over %j stays', (heading, names) => {
    expect(headingNotAName(heading, names, '')).toBeUndefined();
  });

  it('keeps a heading the section writes right beside one of the concept\'s names', () => {
    expect(headingNotAName('drain-timeout', ['gracePeriod'], '`gracePeriod`（也叫 drain-timeout）是删除前等待的秒数。')).toBeUndefined();
    expect(headingNotAName('drain-timeout', ['gracePeriod'], '`gracePeriod` 是删除前等待的秒数。drain-timeout 是另一个工具的参数。')).toBe('names-another');
    expect(headingNotAName('顺便看看限流', ['kube-api-qps'], '`kube-api-qps` 顺便看看限流就懂了')).toBeUndefined();
  });

  it('leaves a concept with no name, and an empty heading', () => {
    expect(headingNotAName('准入链路', [], '')).toBeUndefined();
    expect(headingNotAName('', ['x'], '')).toBeUndefined();
  });

  it('has clause words no label of the dev sets holds (被 and 的 left out)', () => {
    for (const name of ['被隔离', '被动健康检查', '动态供给', '静态供给', '节点自动供给器', '不可变 ConfigMap']) {
      expect(CLAUSE_WORDS.some((w) => w.re.test(name)), name).toBe(false);
    }
  });
});

describe('a heading that is no name, in a note', () => {
  it('gives no alias from a closing rubric or a step', async () => {
    const g = await mineNotes({
      'notes/drain.md': [
        '# 节点维护',
        '',
        '## 先把节点腾空',
        '',
        '**kubectl drain**：把节点上的 Pod 按 PDB 允许的节奏赶走，再标记节点不可调度。',
        '',
        '## 写在最后',
        '',
        '**PodDisruptionBudget**：限定自愿中断时同时不可用的副本数，drain 会尊重它。',
        '',
      ],
    });
    const drain = byTitle(g, 'kubectl drain');
    expect(drain).toBeDefined();
    expect(drain!.aliases).not.toContain('先把节点腾空');
    const pdb = g.concepts.find((c) => c.title === 'PodDisruptionBudget' || c.aliases.includes('PodDisruptionBudget'));
    expect(pdb).toBeDefined();
    expect(pdb!.aliases).not.toContain('写在最后');
  });

  it('gives no alias from another name in the same language', async () => {
    const g = await mineNotes({
      'notes/mesh.md': [
        '# 服务网格',
        '',
        '## Linkerd',
        '',
        '**Istio**：一个服务网格，用 Envoy 作为数据面，控制面负责下发路由和证书。',
        '',
      ],
    });
    const istio = byTitle(g, 'Istio');
    expect(istio).toBeDefined();
    expect(istio!.aliases).not.toContain('Linkerd');
  });

  it('keeps a translation heading as the opener\'s other name (look-alike)', async () => {
    const g = await mineNotes({
      'notes/pull.md': [
        '# 镜像',
        '',
        '## 镜像拉取策略',
        '',
        '`imagePullPolicy` 决定 kubelet 启动容器前要不要去仓库重新拉镜像。',
        '',
      ],
    });
    const c = g.concepts.find((x) => x.title === 'imagePullPolicy');
    expect(c).toBeDefined();
    expect(c!.aliases).toContain('镜像拉取策略');
  });
});
