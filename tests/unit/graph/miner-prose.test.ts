/**
 * Definitions read out of running prose (src/graph/miner/prose.ts) and the heading-subject rule:
 * positive and negative sentences written for this test (not the corpus), then whole notes
 * (the concept, its kind, --explain naming the sentence).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import type { Graph } from '../../../src/graph/model.ts';
import { nameLike, proseContext, proseDefinitions } from '../../../src/graph/miner/prose.ts';
import { headingSubjectName } from '../../../src/graph/miner/definitions.ts';
import { isEcosystemName } from '../../../src/graph/vocabulary/ecosystem.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const para = (md: string) => fromMarkdown(md).children[0] as Paragraph;
const subjects = (md: string) => proseDefinitions(para(md)).map((d) => d.subject);
const rules = (md: string) => proseDefinitions(para(md)).map((d) => `${d.subject}:${d.rule}`);
const note = (...lines: string[]) => lines.join('\n') + '\n';
const defined = (g: Graph) => g.notes![0]!.defines.map((id) => g.concepts.find((c) => c.id === id)!);

describe('prose definitions: sentences that define their subject', () => {
  it.each([
    ['Velero 是一个做集群备份和迁移的工具，可以只备份一个命名空间。', 'Velero:prose-copula'],
    ['flux 就是一套 GitOps 控制器。', 'flux:prose-copula'],
    ['Loki 指的是 Grafana 出的日志系统。', 'Loki:prose-copula'],
    ['所谓 PSP，就是以前的 Pod 安全策略。', 'PSP:prose-so-called'],
    ['所谓 PDB，指的是干扰预算。', 'PDB:prose-so-called'],
    ['OCI（Open Container Initiative）是一个定义镜像格式的标准组织。', 'OCI:prose-copula'],
    ['kube-dns 负责集群里的名字解析。', 'kube-dns:prose-role'],
    ['Kustomize 用来给 YAML 打补丁。', 'Kustomize:prose-purpose'],
    ['kube-vip 的作用是给控制平面一个虚拟 IP。', 'kube-vip:prose-function'],
    ['Cordon 的意思是把节点标记为不可调度。', 'Cordon:prose-meaning'],
    ['`pod-template-hash` 是 Deployment 给 ReplicaSet 打的标签。', 'pod-template-hash:prose-copula'],
    ['事情不复杂，顺便说一下，Thanos 是给 Prometheus 做长期存储的组件。', 'Thanos:prose-copula'],
    ['镜像仓库（image registry）就是存放镜像的服务。', '镜像仓库:prose-copula'],
    ['存储类是一种描述存储"类别"的对象。', '存储类:prose-copula'],
    ['还有一个 skopeo，它是拷贝镜像用的命令行工具。', 'skopeo:prose-introduced → prose-copula'],
    ['In practice, Kyverno is a policy engine that runs as an admission webhook.', 'Kyverno:prose-english'],
    ['The SLO method, which stands for service level objectives, drives our alerts.', 'SLO method:prose-english'],
    // a command in a code span is the command, its arguments left off (prose.ts commandOf)
    ['`kubectl top` 是看资源用量的命令。', 'kubectl top:prose-copula'],
    ['`kubectl describe pod web-0` 会把事件也列在最后。', 'kubectl describe pod:command-effect'],
    ['`lsns -t net` 会列出所有网络命名空间。', 'lsns:command-effect'],
  ])('%s → %s', (md, expected) => {
    expect(rules(md)).toContain(expected);
  });

  it('keeps the gloss as other names and the sentence as evidence', () => {
    const [d] = proseDefinitions(para('CRI（Container Runtime Interface）是 kubelet 和运行时之间的接口。后面再说。'));
    expect(d).toMatchObject({ subject: 'CRI', aliases: ['Container Runtime Interface'] });
    expect(d!.sentence).toBe('CRI（Container Runtime Interface）是 kubelet 和运行时之间的接口。');
  });
});

describe('prose definitions: sentences that look alike but define nothing', () => {
  it.each([
    ['这是我之前完全没意识到的。'],
    ['它是最常用的一种。'],
    ['问题是默认生成的配置里这个值是 false。'],
    ['原因是很多人一年都不升级集群。'],
    ['结果是证书过期。'],
    ['集群是三个节点组成的。'],
    ['我们的做法是先备份再升级。'],
    ['Pod 是"会死的"：节点一挂就没了。'],
    ['Pod 是会变的，IP 也会变。'],
    ['CNI 是 Calico，Pod 网段是 10.244.0.0/16。'],
    ['kubeadm 就是用静态 Pod 把控制面组件跑起来的。'],
    ['StatefulSet 其实就是自动帮每个 Pod 设置了这两个字段。'],
    ['StatefulSet 会自动把每个 Pod 的 hostname 设成 Pod 名。'],
    // audit8: what a tool does by itself is the note using it (prose-behaviour is no predicate)
    ['Karpenter 会自动按待调度的 Pod 拉起新节点。'],
    ['Strimzi 会自动给 Kafka 建 PDB（默认 maxUnavailable 1）。'],
    ['`kubectl get users` 是不存在的。'],
    ['`kubectl rollout status` 看到超时会直接以非 0 退出。'],
    ['leader 是通过选举产生的。'],
    ['It is worth remembering that the kubelet talks to the runtime.'],
    ['This is a note about the runtime.'],
    ['所以 etcd 集群一般是奇数个成员。'],
    ['只能有一个版本的 `storage` 是 true。'],
    ['Helm 是不是包管理器？'],
  ])('%s', (md) => {
    expect(subjects(md)).toEqual([]);
  });

  it('names only name-like words: code, Latin names, ecosystem names — not English words', () => {
    expect(['etcd', 'kube-proxy', 'CoreDNS', 'metricsServer', 'USE', 'Metrics API'].every(nameLike)).toBe(true);
    expect(['leader', 'chart', 'it', 'This', 'x'].some(nameLike)).toBe(false);
    expect(isEcosystemName('containerd')).toBe(true);
    expect(isEcosystemName('release')).toBe(false);
  });
});

describe('heading-subject', () => {
  it.each([
    ['etcd 快照备份', 'etcd'],
    ['kubeadm upgrade 的流程', 'kubeadm'],
    ['Velero 的使用', 'Velero'],
    ['iptables 模式', undefined],
    ['为什么要备份', undefined],
    ['--dry-run 的用法', undefined],
  ])('%s → %s', (title, name) => {
    expect(headingSubjectName(title)).toBe(name);
  });
});

describe('prose definitions in a note', () => {
  it('makes explained tools terms, custom-resource kinds objects, API kinds objects, and says which sentence', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = await contentDir({
      'notes/backup.md': note(
        '# 集群备份随手记',
        '',
        '上周做了一次演练。Velero 是一个做集群备份和迁移的工具，它通过 API 把对象导出到对象存储。问题是恢复的时候要先装好 CRD。',
        '',
        '## Velero 的定时备份',
        '',
        'Schedule 是 Velero 定义的自定义资源，按 cron 表达式定期创建备份：',
        '',
        '```yaml',
        'apiVersion: velero.io/v1',
        'kind: Schedule',
        'metadata:',
        '  name: daily',
        'spec:',
        '  schedule: "0 2 * * *"',
        '```',
        '',
        '这是我们每天凌晨两点跑的那个。',
      ),
    });
    const g = await loadGraph(dir);
    const kinds = Object.fromEntries(defined(g).map((c) => [c.title, c.kind]));
    expect(kinds).toMatchObject({ Velero: 'term', Schedule: 'object' });
    expect(Object.keys(kinds)).not.toContain('问题');
    expect(Object.keys(kinds)).not.toContain('Velero 的定时备份');
    const r = spawnSync(process.execPath, ['src/cli/main.ts', 'graph', '--content', dir, '--explain', 'Velero'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/defined\s+\S*notes\/backup\.md:3:\d+\s+"Velero"\s+\[prose-copula → prose-copula-term\]/);
    expect(r.stdout).toContain('sentence: "Velero 是一个做集群备份和迁移的工具，它通过 API 把对象导出到对象存储。"');
  });
});

describe('prose definitions: a subject in object position is no subject', () => {
  it('We use the SLO method, which stands for …', () => {
    expect(subjects('We use the SLO method, which stands for service level objectives, for alerts.')).toEqual([]);
  });
});

describe('prose definitions of built-in API kinds', () => {
  it('reads what a kind is, not what it does', () => {
    expect(rules('RuntimeClass 是一个集群级别的 API 对象。')).toEqual(['RuntimeClass:prose-copula']);
    expect(subjects('Deployment 负责滚动更新；它按模板创建 Pod。')).toEqual([]);
    expect(subjects('StatefulSet 会自动给每个 Pod 一个固定的名字。')).toEqual([]);
  });
});

describe('prose-described-object: a name the chapter keeps using, described as the object of 是 / 有一个', () => {
  const ctxOf = (...words: string[]) => proseContext(words.map((w) => `${w}，${w}。`).join('\n'), []);
  const described = (md: string, ...words: string[]) => proseDefinitions(para(md), { context: ctxOf(...words) }).map((d) => `${d.subject}:${d.rule}`);
  it('reads the modifier as the explanation', () => {
    expect(described('每个节点上都有一个常驻的 fluentbit，日志由它收走。', 'fluentbit')).toContain('fluentbit:prose-described-object');
  });
  it.each([
    ['这里用的是默认的 fluentbit。', 'fluentbit'],
    ['快照走的是 Kubernetes 原生的 API。', 'API'],
    ['每个节点上都有一个常驻的 fluentbit，日志由它收走。', 'other'],
  ])('%s defines nothing', (md, word) => {
    expect(described(md, word)).toEqual([]);
  });
});
