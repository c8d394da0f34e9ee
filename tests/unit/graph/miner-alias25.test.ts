/**
 * alias25 (docs/miner.md, "alias25"): a mined concept's aliases are real other names of it. A default or a
 * value in brackets, a verb of the sentence glossed by a setting, a heading that is the sort written after
 * the name or a topic gathered around it are no other names; a spelling of a declared term's title attaches
 * to it. Notes written for this test in new words, each with a look-alike that must keep its reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { NOT_A_NAME_SHAPES, VERB_MARKERS, notAnotherName, verbBefore } from '../../../src/graph/miner/alias-shapes.ts';
import { APART_SHAPES, GATHERING_WORDS, headingNamesApart } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const build = async (files: Record<string, string>) => loadGraph(await contentDir(files), { layout: false });
const aliasesOf = (g: Awaited<ReturnType<typeof build>>, title: string) => g.concepts.find((c) => c.title === title)?.aliases;

describe('notAnotherName: a default, a value, an amount', () => {
  it.each(NOT_A_NAME_SHAPES.map((s) => [s.name, s] as const))('%s: example and look-alike', (name, s) => {
    expect(notAnotherName(s.example)).toBe(name);
    expect(notAnotherName(s.lookAlike)).toBeUndefined();
  });
  it.each(['默认为 true', '缺省：3', '默认 `IfNotPresent`', '默认开启', '10s', '1Gi', '3 次'])('%s', (s) => {
    expect(notAnotherName(s)).toBeDefined();
  });
  it.each(['默认调度器', '默认命名空间', 'default-scheduler', 'k8s', '存活探针', 'RWO'])('not %s', (s) => {
    expect(notAnotherName(s)).toBeUndefined();
  });
});

describe('verbBefore: a word after a passive, a modal or an aspect is a verb', () => {
  it('markers are data', () => expect(VERB_MARKERS).toContain('被'));
  it.each(['超时后容器会被', 'Pod 已经', '节点上的镜像可以'])('%s…', (s) => expect(verbBefore(s)).toBe(true));
  // (`需要存储类（StorageClass）`, `这个功能`: 要 and 能 end nouns and verbs that take a name after them)
  it.each(['节点上的', '每个 Pod 都有', '', '动态供给需要', '这个功能'])('not %s…', (s) => expect(verbBefore(s)).toBe(false));
});

describe('headingNamesApart (alias25 shapes)', () => {
  it.each(APART_SHAPES.filter((s) => s.name === 'sort-after-name' || s.name === 'phrase-around').map((s) => [s.name, s] as const))('%s: example and look-alike', (name, s) => {
    expect(headingNamesApart(s.example.heading, s.example.opener, s.example.body)).toBe(name);
    expect(headingNamesApart(s.lookAlike.heading, s.lookAlike.opener, s.lookAlike.body)).toBeUndefined();
  });
  it('gathering words are data', () => expect(GATHERING_WORDS).toContain('常用'));
  it('a genitive facet is not a gathering heading', () => {
    expect(headingNamesApart('Pod 的生命周期', ['Pod phase'], 'Pod phase 是 Pod 所处阶段的概括。')).toBeUndefined();
  });
});

describe('graph: aliases of mined concepts are real other names', () => {
  it('a default in brackets is no alias; a Chinese gloss still is', async () => {
    const g = await build({
      'notes/a.md': note('# 控制面参数', '', '**控制器**：节点控制器每隔一段时间检查心跳，超过 `pod-eviction-timeout`（默认 5 分钟）就把节点标记为不可用。', '', '`cluster-cidr`（集群网段）是 Pod 地址的总范围。'),
    });
    expect(aliasesOf(g, 'pod-eviction-timeout') ?? []).not.toContain('默认 5 分钟');
  });

  it('a verb glossed by the setting that governs it is no alias of the setting', async () => {
    const g = await build({
      'notes/b.md': note('# 节点故障', '', '## 容忍', '', '节点失联以后，过一段时间 Pod 会被驱逐（tolerationSeconds），这个等待时间写在 Pod 的容忍里。'),
    });
    const t = g.concepts.find((c) => c.title === 'tolerationSeconds');
    expect(t?.aliases ?? []).not.toContain('驱逐');
  });

  it('a heading that is the sort written after the name is no alias of it', async () => {
    const g = await build({
      'notes/c.md': note('# 节点维护', '', '## 污点', '', '维护前先给节点打上 node.kubernetes.io/unschedulable 污点，新的 Pod 就不会再调度上来。'),
    });
    for (const c of g.concepts) expect(c.aliases).not.toContain('污点');
  });

  it('a heading gathering commands around a name is no alias of one command', async () => {
    const g = await build({
      'notes/d.md': note('# 排错', '', '## kubectl 常用排查命令', '', '`kubectl describe` 列出对象的详细信息和最近的事件，排错时先看它。', '', '`kubectl top` 看资源用量。'),
    });
    for (const c of g.concepts) expect(c.aliases).not.toContain('kubectl 常用排查命令');
  });

  it('a spelling of a declared term that names a field attaches to the term', async () => {
    // (the concept declares no alias: `RollingUpdate` is its title in CamelCase)
    const g = await build({
      'concepts/rolling-update.md': note('---', 'id: rolling-update', 'title: Rolling update', 'titleZh: 滚动更新', 'kind: term', 'owner: Deployment', 'fieldPath: spec.strategy', '---', '', '# Rolling update（滚动更新）', '', '一批一批地用新 Pod 替换旧 Pod。'),
      'notes/e.md': note('# 发布', '', '## 策略', '', '**RollingUpdate**：新旧两个 ReplicaSet 此消彼长，服务不中断。', '', '**Recreate**：先删光旧 Pod 再建新的。', '',
        '```yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: shop', 'spec:', '  replicas: 3', '  strategy:', '    type: RollingUpdate', '```'),
    });
    expect(g.concepts.filter((c) => c.title === 'RollingUpdate').map((c) => c.id)).toEqual([]);
    expect(g.concepts.filter((c) => /^rolling-update/.test(c.id)).map((c) => c.id)).toEqual(['rolling-update']);
  });
});
