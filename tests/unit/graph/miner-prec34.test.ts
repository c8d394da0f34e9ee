/**
 * prec34 (docs/miner.md, "prec34"): false-positive shapes of holdout106–108, counted on every dev set
 * before they were built — a field's values said of one after the other beside the field, a phrase
 * ending on an adverb the segmenter splits (`本质上`) or on `之间`, a table of kubectl's resource names
 * and their short forms, and a checklist's sections lettered `A.` / `B.`. Notes written for this test,
 * each case with look-alikes that must stay as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { VALUE_AMONG_SIBLINGS, valueAmongSiblings } from '../../../src/graph/miner/field-values.ts';
import { endsOnAdverb } from '../../../src/graph/miner/label-rules.ts';
import { chineseSubjectOk } from '../../../src/graph/miner/prose.ts';
import { nameCandidates } from '../../../src/graph/labels.ts';
import { fieldOfOneWord } from '../../../src/graph/miner/same-thing.ts';
import { byTitle, cleanup, mineNotes as mine } from './helpers.ts';

afterAll(cleanup);

const VALUES = [
  '# Webhook 与定时任务笔记',
  '',
  '## 失败策略',
  '',
  'failurePolicy 决定 webhook 超时或者报错的时候 apiserver 怎么处理，Fail 就是直接拒绝这次请求，Ignore 就是当它不存在、照常放行。生产上我们选 Fail。',
  '',
  '## 并发策略',
  '',
  '`concurrencyPolicy` 管的是上一次 Job 还没结束时新的一次怎么办：Allow 允许两个同时跑，Forbid 直接跳过这一次，Replace 把旧的停掉换成新的。',
  '',
  '## 重建策略',
  '',
  'Recreate 是 Deployment 的另一种更新方式，它先把旧 Pod 全删掉再建新的，中间会有一段服务不可用。',
];

const ADVERBS = [
  '# 回滚与选择器',
  '',
  '执行 `kubectl rollout undo` 以后，回滚本质上就是把旧 ReplicaSet 的模板拿回来再滚动一次，所以版本号还会继续往上涨。',
  '',
  '一个选择器可以写好几个条件，条件之间是"并且"的关系，没有"或者"。',
  '',
  '私有镜像仓库就是需要认证才能 pull 的 registry（Harbor、自建 registry:2 都算），节点上的运行时没有凭据就会被仓库拒绝。',
];

const SHORT_NAMES = [
  '# kubectl 速查',
  '',
  '## 资源简称',
  '',
  '| 全称 | 简称 | 说明 |',
  '|---|---|---|',
  '| pods | po | 最小调度单元 |',
  '| deployments | deploy | 无状态应用 |',
  '| replicasets | rs | 维持副本数 |',
  '',
  '## 访问模式',
  '',
  '| 全称 | 简称 | 说明 |',
  '|---|---|---|',
  '| ReadWriteOnce | RWO | 单个节点读写 |',
  '| ReadOnlyMany | ROX | 多个节点只读 |',
];

const CHECKLIST = [
  '# 机房上线检查清单',
  '',
  '## A. 镜像',
  '',
  '- [ ] 所有节点都预先导入了业务镜像，`imagePullPolicy` 写成 IfNotPresent。',
  '',
  '## B. 收尾',
  '',
  '- [ ] 把检查结果贴到工单里。',
  '',
  '## C. Taint 与容忍',
  '',
  '**Taint**：加在节点上的"排斥"标记，没有对应容忍的 Pod 不会被调度上来。',
];

const VOLUMES = [
  '# Pod 里的共享',
  '',
  '同一个 Pod 里的容器共享两样东西：',
  '',
  '1. **网络命名空间**：同一个 IP 和同一套端口，容器之间用 localhost 就能互相访问。',
  '2. **存储卷（Volume）**：在 `spec.volumes` 里声明的卷，几个容器各自挂到自己的目录，一个写的文件另一个能读到。',
  '',
  '## 特权容器',
  '',
  '**Privileged**：Pod 安全标准里最宽松的一级，什么都不限制。',
  '',
  '容器的 `securityContext.privileged` 设成 true 以后，容器拿到宿主机几乎全部的能力。',
];

describe('prec34: a term named by one word of a field made on the same line is that field', () => {
  it('fieldOfOneWord: a capitalised word that is a one-word key, as written or in the singular; compound keys never', () => {
    const field = (path: string) => ({ title: path.split('.').pop()!, aliases: [], kind: 'field', fieldPath: path });
    const term = (title: string) => ({ title, aliases: [], kind: 'term' });
    expect(fieldOfOneWord(term('存储卷（Volume）'), field('spec.volumes'))).toBe('Volume');
    expect(fieldOfOneWord(term('Webhook'), field('webhooks'))).toBe('Webhook');
    expect(fieldOfOneWord(term('金丝雀发布（Canary）'), field('spec.strategy.canary'))).toBe('Canary');
    // look-alikes: a compound key, a value spelt like a field, a word of another field
    expect(fieldOfOneWord(term('RollingUpdate'), field('spec.strategy.rollingUpdate'))).toBeUndefined();
    expect(fieldOfOneWord(term('滚动更新（RollingUpdate）'), field('spec.strategy.rollingUpdate'))).toBeUndefined();
    expect(fieldOfOneWord(term('存储卷（Volume）'), field('spec.containers[].volumeMounts'))).toBeUndefined();
  });

  it('`**存储卷（Volume）**：在 `spec.volumes` 里…` is one concept, the field; `**Privileged**` stays apart from `privileged` said on another line', async () => {
    const g = await mine({ 'notes/volumes.md': VOLUMES });
    expect(g.concepts.find((c) => c.title === '存储卷（Volume）')).toBeUndefined();
    const volumes = g.concepts.find((c) => c.fieldPath === 'spec.volumes');
    expect(volumes).toBeDefined();
    expect(volumes!.aliases).toContain('存储卷');
    expect(byTitle(g, 'Privileged')).toBeDefined();
  });
});

describe('prec34: a value of a field said of beside the field and its sibling values', () => {
  it('valueAmongSiblings: the field and another of its values in the text; a value alone, or without its field, is not', () => {
    expect(valueAmongSiblings('Fail', 'failurePolicy 决定怎么处理，Fail 就是拒绝，Ignore 就是放行')).toBe('failurePolicy');
    expect(valueAmongSiblings('Allow', '`concurrencyPolicy` 决定：Allow 允许并行，Forbid 跳过')).toBe('concurrencyPolicy');
    // look-alikes: no sibling value, no field named, a value written inside a longer word
    expect(valueAmongSiblings('Recreate', 'Recreate 是 Deployment 的另一种 strategy.type，先删后建')).toBeUndefined();
    expect(valueAmongSiblings('Fail', 'Fail 就是拒绝，Ignore 就是放行')).toBeUndefined();
    expect(valueAmongSiblings('Allow', 'concurrencyPolicy 决定并发：Allow 允许并行，AllowForbidden 不是取值')).toBeUndefined();
    expect(VALUE_AMONG_SIBLINGS.rules.test('prose-copula')).toBe(true);
    expect(VALUE_AMONG_SIBLINGS.rules.test('bold-colon')).toBe(false);
  });

  it('`Fail 就是…，Ignore 就是…` and `Allow 允许…，Forbid…` make no terms; `Recreate 是…` alone still does', async () => {
    const g = await mine({ 'notes/values.md': VALUES });
    for (const t of ['Fail', 'Ignore', 'Allow']) expect(g.concepts.find((c) => c.title === t && c.kind === 'term')).toBeUndefined();
    expect(byTitle(g, 'Recreate')).toBeDefined();
  });
});

describe('prec34: a phrase ending on an adverb the segmenter splits, or on 之间, names nothing', () => {
  it('endsOnAdverb reads the end of the phrase, not only the last word', () => {
    expect(endsOnAdverb('回滚本质上', '上')).toBe(true);
    expect(endsOnAdverb('实际上', '上')).toBe(true);
    expect(endsOnAdverb('条件之间', '之间')).toBe(true);
    expect(endsOnAdverb('值一般', '一般')).toBe(true);
    // look-alikes: names that end on 上 or on a noun
    expect(endsOnAdverb('节点上', '上')).toBe(false);
    expect(endsOnAdverb('镜像仓库', '仓库')).toBe(false);
    expect(chineseSubjectOk('回滚本质上')).toBe(false);
    expect(chineseSubjectOk('条件之间')).toBe(false);
    expect(chineseSubjectOk('镜像仓库')).toBe(true);
  });

  it('`回滚本质上就是…` and `条件之间是…` make no terms; `私有镜像仓库就是…` still does', async () => {
    const g = await mine({ 'notes/adverbs.md': ADVERBS });
    expect(g.concepts.find((c) => c.title.includes('本质上'))).toBeUndefined();
    expect(g.concepts.find((c) => c.title === '条件之间')).toBeUndefined();
    expect(byTitle(g, '私有镜像仓库')).toBeDefined();
  });
});

describe("prec34: a table of kubectl's resource names and their short forms sums kinds up", () => {
  it('`| pods | po |`, `| deployments | deploy |` make no concepts; access modes spelt out still do', async () => {
    const g = await mine({ 'notes/short.md': SHORT_NAMES });
    expect(g.concepts.find((c) => c.title === 'pods')).toBeUndefined();
    for (const k of ['Deployment', 'ReplicaSet']) expect(g.concepts.find((c) => c.title === k)).toBeUndefined();
    expect(byTitle(g, 'ReadWriteOnce')).toBeDefined();
    expect(byTitle(g, 'ReadOnlyMany')).toBeDefined();
  });
});

describe("prec34: a checklist's lettered sections (`## A. 镜像`) are numbered, not Latin names", () => {
  it('nameCandidates drops a letter numbering as it drops `1.` or `一、`', () => {
    expect(nameCandidates('A. 镜像')[0]).toBe('镜像');
    expect(nameCandidates('C. Taint 与容忍')[0]).toBe('Taint 与容忍');
    // look-alikes: a letter with no dot and space after it, a name that starts with a capital
    expect(nameCandidates('K3s 边缘节点')[0]).toBe('K3s 边缘节点');
    expect(nameCandidates('A.B 测试')[0]).toBe('A.B 测试');
  });

  it('`## A. 镜像`, `## B. 收尾` make no terms; `**Taint**：` under `## C. Taint 与容忍` still does', async () => {
    const g = await mine({ 'notes/checklist.md': CHECKLIST });
    for (const t of ['A. 镜像', 'B. 收尾']) expect(g.concepts.find((c) => c.title === t)).toBeUndefined();
    expect(g.concepts.some((c) => c.title === 'Taint' || c.title === 'taints')).toBe(true);
  });
});
