/**
 * mend50 (docs/miner.md "mend50"): two things a learner saw wrong on the lead's Job chapter.
 * 1. A Chinese heading is no other name of a Latin-named concept its section comes to only after other Latin names
 *    (`8.3 索引任务` over `…把 completionMode 设成 Indexed。… 默认的模式叫 NonIndexed`): heading-shapes.ts
 *    `named-later`, asked by stages/mine.ts `heading-alias`.
 * 2. A caution kept as a concept's summary does not open with its plain label (`踩坑：…`): summaries.ts
 *    `withoutCautionLabel`, at the end of `definingSummary`.
 * Notes and headings in new words; each with look-alikes that must stay as they are.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { headingNotAName } from '../../../src/graph/miner/heading-shapes.ts';
import { withoutCautionLabel } from '../../../src/graph/summaries.ts';
import { cleanup, mineNotes } from './helpers.ts';

afterAll(cleanup);

describe('named-later: a Chinese heading over a concept its section names after other things', () => {
  it.each([
    // other Latin names (not kinds) before the concept's first name in the section
    ['批量导入', ['maxParallelImports'], 'Importer 先读 manifest，再按 chunkSize 分片。最多同时跑几个由 maxParallelImports 决定。'],
    ['并行启动', ['OrderedReady'], '可以把 podManagementPolicy 设成 Parallel，所有 Pod 同时创建。默认的策略叫 OrderedReady。'],
    ['镜像预热', ['imagePullSecrets'], '节点上先跑一个 DaemonSet 用 crictl 把镜像都拉下来；私有仓库另外要配 imagePullSecrets。'],
  ])('%s over %j is no other name of it', (heading, names, body) => {
    expect(headingNotAName(heading, names, body)).toBe('named-later');
  });

  it.each([
    // the section opens on the concept: a translation of it
    ['优雅退出', ['terminationGracePeriodSeconds'], '`terminationGracePeriodSeconds` 给容器留出收尾时间，之后 kubelet 发 SIGKILL。'],
    // only an API kind before it (its owner)
    ['副本数', ['replicas'], 'Deployment 的 replicas 决定要几个 Pod，HPA 也会改它。'],
    // the heading writes a Latin name of the concept's
    ['QoS 等级', ['qosClass'], 'kubelet 按 requests 和 limits 算出每个 Pod 的 QoS，写在 qosClass 里。'],
    // the heading written right beside a name sharing a word with the concept's: a gloss of it
    ['就绪门', ['readinessGates'], 'kubelet 汇总 conditions 时，还要看就绪门（readiness gate）有没有被外部控制器置位。'],
    // the section never names the concept
    ['并行启动', ['OrderedReady'], '可以把 podManagementPolicy 设成 Parallel，所有 Pod 同时创建。'],
  ])('%s over %j stays', (heading, names, body) => {
    expect(headingNotAName(heading, names, body)).toBeUndefined();
  });

  const chapter = (section: string[]) => ({
    'notes/sts.md': ['# 第五章 有状态应用', '', '## 5.1 StatefulSet 是什么', '', 'StatefulSet 用来跑有状态的应用，每个 Pod 有固定的名字和自己的存储。', '', ...section, ''],
  });

  it('gives the value named last no alias from the heading over its section', async () => {
    const g = await mineNotes(chapter(['## 5.2 并行启动', '', '有时候 Pod 之间没有先后依赖，可以把 podManagementPolicy 设成 Parallel，所有 Pod 同时创建、同时删除。默认的策略叫 OrderedReady，一个一个来。']));
    const c = g.concepts.find((x) => x.title === 'OrderedReady');
    if (c === undefined) expect.fail(`no OrderedReady: ${g.concepts.map((x) => x.title).join(', ')}`);
    expect(c.aliases).not.toContain('并行启动');
    // nor is the heading a concept of its own
    expect(g.concepts.some((x) => x.title === '并行启动' || x.aliases.includes('并行启动'))).toBe(false);
  });

  it('keeps the heading as the other name of a concept the section opens on (look-alike)', async () => {
    const g = await mineNotes(chapter(['## 5.2 有序就绪', '', 'OrderedReady 是 StatefulSet 默认的 Pod 管理策略：前一个 Pod Ready 以后才创建下一个。']));
    const c = g.concepts.find((x) => x.title === 'OrderedReady');
    if (c === undefined) expect.fail(`no OrderedReady: ${g.concepts.map((x) => x.title).join(', ')}`);
    expect(c.aliases).toContain('有序就绪');
  });
});

describe('withoutCautionLabel: a caution summed up without its plain label', () => {
  it.each([
    ['踩坑：Job 的 Pod 模板里 restartPolicy 只能写 Never 或者 OnFailure。', 'Job 的 Pod 模板里 restartPolicy 只能写 Never 或者 OnFailure。'],
    ['注意：hostPort 会占住节点的端口，同一节点只能跑一个这样的 Pod。', 'hostPort 会占住节点的端口，同一节点只能跑一个这样的 Pod。'],
    ['Tip: sizeLimit 写小了，Pod 会被驱逐。', 'sizeLimit 写小了，Pod 会被驱逐。'],
    ['踩坑 2：subPath 挂载的 ConfigMap 不会热更新。', 'subPath 挂载的 ConfigMap 不会热更新。'],
    ['⚠️ 注意：PDB 挡不住节点宕机。', 'PDB 挡不住节点宕机。'],
  ])('%s → %s', (text, want) => {
    expect(withoutCautionLabel(text)).toBe(want);
  });

  it.each([
    // a caution with no colon, a label with nothing after it, a word that only starts like a caution, no caution
    '注意 Running 不代表服务已经能接流量。',
    '注意：',
    '注意事项：升级前先备份 etcd。',
    '坑位：每个节点最多 110 个 Pod。',
    '背景：集群从 1.27 升到 1.29。',
    'hostPort：把容器端口映射到节点上。',
  ])('%s stays', (text) => {
    expect(withoutCautionLabel(text)).toBe(text);
  });

  const job = (extra: string[]) => ({
    'notes/job.md': [
      '# 第八章 Job',
      '',
      '## 8.1 Job 是什么',
      '',
      'Job 会创建一个或多个 Pod，直到指定数量的 Pod 成功退出。',
      '',
      '~~~',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: once',
      'spec:',
      '  backoffLimit: 2',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '      - name: once',
      '        image: busybox',
      '~~~',
      '',
      '> 踩坑：Job 的 Pod 模板里 restartPolicy 只能写 Never 或者 OnFailure，写 Always 会被拒绝。',
      '',
      ...extra,
    ],
  });

  it('sums up a concept whose only passage is a caution by the caution, its label dropped', async () => {
    const g = await mineNotes(job([]));
    const c = g.concepts.find((x) => x.title === 'restartPolicy');
    if (c === undefined) expect.fail(`no restartPolicy: ${g.concepts.map((x) => x.title).join(', ')}`);
    expect(c.summary).toBe('Job 的 Pod 模板里 restartPolicy 只能写 Never 或者 OnFailure，写 Always 会被拒绝。');
    // the passage on its page keeps the label as written
    expect(c.excerpts.some((e) => e.text.includes('踩坑：'))).toBe(true);
  });

  it('still sums it up by a passage that defines it when there is one (head43)', async () => {
    const g = await mineNotes(job(['## 8.2 重启策略', '', '**restartPolicy**：Pod 里容器退出以后 kubelet 要不要重启它，Job 里只能是 Never 或 OnFailure。', '']));
    const c = g.concepts.find((x) => x.title === 'restartPolicy');
    if (c === undefined) expect.fail(`no restartPolicy: ${g.concepts.map((x) => x.title).join(', ')}`);
    expect(c.summary).toMatch(/^Pod 里容器退出以后 kubelet 要不要重启它/);
  });
});
