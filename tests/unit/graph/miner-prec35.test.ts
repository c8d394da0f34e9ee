/**
 * prec35 (docs/miner.md, "prec35"): false-positive shapes counted on all 104 dev sets before they were
 * built — an object's `apiVersion` / `metadata.name` read as a field of the note, and a numbered section's
 * title of a Latin name and a Chinese head (`## 2. Update 策略`) read as a term. Notes written for this
 * test, each case with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { objectMetaField } from '../../../src/graph/miner/object-keys.ts';
import { numberedRubricBeforeColon, numberedSection } from '../../../src/graph/miner/heading-shapes.ts';
import { byTitle, cleanup, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const META = [
  '# kubelet 配置文件',
  '',
  '**KubeletConfiguration：** kubelet 的配置文件所用的类型，apiVersion 是 `kubelet.config.k8s.io/v1beta1`，以前的参数大多写在命令行 flag 里。',
  '',
  '## CRD 的名字',
  '',
  'CRD 的 `metadata.name` 必须是 `<plural>.<group>` 的形式，写错了 apiserver 直接拒绝。',
  '',
  '## 命名空间',
  '',
  '`metadata.namespace` 决定对象落在哪个命名空间，集群级的对象没有这个字段。',
  '',
  '## 节点选择',
  '',
  '**nodeSelector**：最简单的调度约束，节点必须带上这里写的全部标签，Pod 才能调度上去。',
];

const OUTLINE = [
  '# DaemonSet 与证书速查',
  '',
  '## 2. Update 策略',
  '',
  'DaemonSet 默认 RollingUpdate，一个节点一个节点地换；OnDelete 要手动删 Pod 才会换。',
  '',
  '## 三、kubeconfig 文件',
  '',
  'kubeadm 在 /etc/kubernetes 下生成 admin.conf、kubelet.conf 等文件，里面带着客户端证书。',
  '',
  '### 2.2 keyless 签名',
  '',
  '用 OIDC 身份换一张短期证书来签镜像，不用自己保管私钥。',
  '',
  '## HA 模式',
  '',
  '控制面组件跑三个副本，靠 leader election 只让一个干活，其他的待命。',
  '',
  '## worker 节点',
  '',
  '真正跑业务 Pod 的机器，kubelet 和 kube-proxy 都在上面。',
];

const DIARY = [
  '# 混合集群迁移日记',
  '',
  '## 第 5～6 天：arm64 节点池',
  '',
  '新加的 arm64 机器单独建一个节点池，打上污点，只让多架构镜像的服务过去。',
  '',
  '## 表三：Pod 反亲和',
  '',
  '| 场景 | 写法 |',
  '|---|---|',
  '| 同服务副本分散 | requiredDuringScheduling |',
  '',
  '## 第 2 天：Multi-Attach error',
  '',
  '卷还挂在旧节点上，新 Pod 起不来，describe 里是 Multi-Attach error。',
];

describe("prec35: an object's apiVersion and metadata.name are no concepts of a note", () => {
  it('objectMetaField: apiVersion and metadata.name only, not kind, metadata.namespace or a nested name', () => {
    expect(objectMetaField('apiVersion')).toBe(true);
    expect(objectMetaField('metadata.name')).toBe(true);
    // look-alikes: fields labelled in the dev sets, or a nested path ending on the same word
    expect(objectMetaField('kind')).toBe(false);
    expect(objectMetaField('metadata.namespace')).toBe(false);
    expect(objectMetaField('metadata.labels')).toBe(false);
    expect(objectMetaField('spec.ingress[].name')).toBe(false);
    expect(objectMetaField('users[].user.exec.apiVersion')).toBe(false);
  });

  it('`apiVersion 是 …` and `` `metadata.name` 必须是… `` make no field concepts; `metadata.namespace` and `spec.nodeSelector` still do', async () => {
    const g = await mine({ 'notes/meta.md': META });
    expect(g.concepts.find((c) => c.fieldPath === 'apiVersion')).toBeUndefined();
    expect(g.concepts.find((c) => c.fieldPath === 'metadata.name')).toBeUndefined();
    expect(g.concepts.find((c) => c.fieldPath === 'metadata.namespace')).toBeDefined();
    expect(g.concepts.find((c) => c.fieldPath === 'spec.nodeSelector')).toBeDefined();
  });
});

describe("prec35: a numbered section's title of a Latin name and a Chinese head is no term", () => {
  it('numberedSection: an outline number (digits, dotted digits, Chinese numerals) before the words; not a letter or a name with digits', () => {
    expect(numberedSection('2. Update 策略')).toBe(true);
    expect(numberedSection('1.2 Sidecar 注入：一个标签的事')).toBe(true);
    expect(numberedSection('三、kubeconfig 文件')).toBe(true);
    expect(numberedSection('（二）GPU 资源')).toBe(true);
    // look-alikes: unnumbered titles, a lettered section, a name that starts with digits
    expect(numberedSection('HA 模式')).toBe(false);
    expect(numberedSection('E. QoS 等级（QoS class）')).toBe(false);
    expect(numberedSection('3scale 网关')).toBe(false);
    expect(numberedSection('2FA 认证')).toBe(false);
  });

  it('`## 2. Update 策略`, `## 三、kubeconfig 文件`, `### 2.2 keyless 签名` make no terms; `## HA 模式` and `## worker 节点` still do', async () => {
    const g = await mine({ 'notes/outline.md': OUTLINE });
    for (const t of ['Update 策略', 'kubeconfig 文件', 'keyless 签名']) expect(g.concepts.find((c) => c.title === t)).toBeUndefined();
    expect(byTitle(g, 'HA 模式')).toBeDefined();
    expect(byTitle(g, 'worker 节点')).toBeDefined();
  });
});

describe('prec35: a name set off after a numbered rubric (`第 3 天：`, `表三：`, `实验二：`) in the same shape is no term', () => {
  it('numberedRubricBeforeColon: a day, a question, a table or a lab numbered before the colon; not a plain rubric or a number inside a name', () => {
    expect(numberedRubricBeforeColon('第 5～6 天：arm64 节点池')).toBe(true);
    expect(numberedRubricBeforeColon('第 3 天补充：VPA 推荐值')).toBe(true);
    expect(numberedRubricBeforeColon('10:15 第 11 题：etcd 备份')).toBe(true);
    expect(numberedRubricBeforeColon('表三：Pod 反亲和')).toBe(true);
    expect(numberedRubricBeforeColon('实验二：Init 容器')).toBe(true);
    // look-alikes: a rubric without a number, a number inside the words before the colon
    expect(numberedRubricBeforeColon('批准方案：用 annotation 驱动')).toBe(false);
    expect(numberedRubricBeforeColon('DNS 5 秒超时：UDP conntrack 竞争')).toBe(false);
    expect(numberedRubricBeforeColon('Pod 反亲和')).toBe(false);
  });

  it('`## 第 5～6 天：arm64 节点池` and `## 表三：Pod 反亲和` make no terms; `## 第 2 天：Multi-Attach error` still does', async () => {
    const g = await mine({ 'notes/diary.md': DIARY });
    for (const t of ['arm64 节点池', 'Pod 反亲和']) expect(g.concepts.find((c) => c.title === t)).toBeUndefined();
    expect(byTitle(g, 'Multi-Attach error')).toBeDefined();
  });
});
