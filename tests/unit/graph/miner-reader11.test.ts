/**
 * reader11 (docs/miner.md, "reader11"): a heading over a series of definitions written alike names
 * their area, not the first of them (`## RBAC` over `**Role：**…` and `**RoleBinding：**…` gave Role
 * the other name RBAC). Notes written for this test, each with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { SERIES_HEADINGS, headingOverSeries } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const mineAs = async (file: string, ...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ [file]: note(...lines) }), { layout: false });
/** The user's note (b/notes/权限控制.md, its YAML left out): a heading over two definitions of kinds. */
const RBAC_NOTE = [
  '# 权限控制',
  '',
  '## RBAC',
  '',
  '**Role：**某个命名空间里的一组权限规则，说明能对哪些资源做哪些操作。',
  '',
  '**RoleBinding：**把 Role 授予某个用户、组或者 ServiceAccount，只在同一个命名空间里生效。',
];
const aliasesOf = (g: Graph, title: string) => g.concepts.find((c) => c.title === title)?.aliases ?? [];

describe('headingOverSeries: a heading sharing no word with the opener', () => {
  it.each(SERIES_HEADINGS.map((s) => [s.heading, s]))('%s', (_h, s) => {
    expect(headingOverSeries(s.heading, s.opener)).toBe(s.apart);
  });
});

describe('a heading over a series of definitions is no other name of the first', () => {
  it('## RBAC over **Role：** and **RoleBinding：**: Role is not called RBAC', async () => {
    const g = await mine(...RBAC_NOTE);
    expect(aliasesOf(g, 'Role')).not.toContain('RBAC');
    expect(aliasesOf(g, 'RoleBinding')).not.toContain('RBAC');
  });

  it('look-alike: ## 镜像拉取策略 over one setting and its values stays its other name', async () => {
    const g = await mine(
      '# 容器镜像',
      '',
      '## 镜像拉取策略',
      '',
      '**imagePullPolicy：**决定 kubelet 什么时候去仓库拉镜像。',
      '',
      '**Always：**每次启动容器都去拉。',
      '',
      '**IfNotPresent：**本地没有才拉。',
    );
    expect(aliasesOf(g, 'imagePullPolicy')).toContain('镜像拉取策略');
  });

  it('look-alike: a heading sharing a word with the opener over a series stays its other name', async () => {
    const g = await mine(
      '# 服务质量',
      '',
      '## QoS 类别',
      '',
      '**QoS class（服务质量类别）：**kubelet 按 requests 和 limits 给 Pod 分的等级，决定内存紧张时先杀谁。',
      '',
      '**Guaranteed：**每个容器的 requests 等于 limits。',
      '',
      '**Burstable：**至少一个容器设了 requests，但不满足 Guaranteed。',
    );
    const qos = g.concepts.find((c) => c.title.startsWith('QoS class'));
    expect(qos?.aliases).toContain('QoS 类别');
  });
});

describe('a concept mined first from a draft comes from the note its excerpt is shown from', () => {
  it('存储卷声明 草稿.md sorts first, but PersistentVolumeClaim comes from 存储卷声明.md', async () => {
    const text = note(
      '# 存储卷声明',
      '',
      '## PVC 和 StorageClass',
      '',
      '**PersistentVolumeClaim：**用户对存储的申请，写明要多大、什么访问模式，由系统去找或者创建一个合适的 PV 来绑定。',
    );
    const g = await loadGraph(await contentDir({ 'notes/存储卷声明.md': text, 'notes/存储卷声明 草稿.md': text }), { layout: false });
    const pvc = g.concepts.find((c) => c.title === 'PersistentVolumeClaim');
    expect(pvc?.excerpts.map((e) => e.source.file)).toEqual(['notes/存储卷声明.md']);
    expect(pvc?.source.file).toBe('notes/存储卷声明.md');
  });

  it('site44: a draft that writes the passage otherwise (no copy, both shown): the written note comes first and is the source', async () => {
    const chapter = note(
      '# Pod 基础',
      '',
      '### 2.6 重启策略',
      '',
      '重启策略 `restartPolicy` 是 Pod 级别的，对 Pod 里所有容器都生效，可选值三个：Always（默认）、OnFailure 和 Never。',
    );
    const draft = note(
      '# Pod 基础',
      '',
      '### 2.6 重启策略',
      '',
      '重启策略 `restartPolicy` 是 Pod 级别的，可选值三个：',
      '',
      '**restartPolicy=Always**：容器不管怎么退出都重启，这是默认值。',
      '',
      '**restartPolicy=Never**：永远不重启，退出了就结束了。',
    );
    const g = await loadGraph(await contentDir({ 'notes/pod-basics.md': chapter, 'notes/pod-basics (草稿).md': draft }), { layout: false });
    const rp = g.concepts.find((c) => c.fieldPath === 'spec.restartPolicy')!;
    const files = rp.excerpts.map((e) => e.source.file);
    expect(new Set(files)).toEqual(new Set(['notes/pod-basics.md', 'notes/pod-basics (草稿).md']));
    expect(files[0]).toBe('notes/pod-basics.md');
    expect(rp.source).toMatchObject({ file: 'notes/pod-basics.md', line: rp.excerpts[0]!.source.line });
    expect(rp.summary).toContain('OnFailure 和 Never');
  });

  it('look-alike: a concept only a draft defines keeps the draft as its source', async () => {
    const g = await loadGraph(await contentDir({ 'notes/笔记 草稿.md': note('# 笔记', '', '**StorageClass：**描述一类存储的模板。') }), { layout: false });
    expect(g.concepts.find((c) => c.title === 'StorageClass')?.source.file).toBe('notes/笔记 草稿.md');
  });
});

describe('a kind is not placed inside the kind that is its note\'s home', () => {
  it('# 权限控制 over **Role：** and **RoleBinding：**: RoleBinding beside Role, not under it', async () => {
    const g = await mine(...RBAC_NOTE);
    const role = g.concepts.find((c) => c.title === 'Role');
    const binding = g.concepts.find((c) => c.title === 'RoleBinding');
    expect(binding?.parent).not.toBe(role?.id);
    expect(binding?.parent).toBe(role?.parent);
  });

  it('look-alike: the home kind\'s fields and terms stay under it', async () => {
    // (named as its title, as the user's note is; lead51: the `#` heading is a written title even so, and the term it
    // names is what the note's one kind does — its definition says 滚动更新 — so the kind is the home and the term under it)
    const g = await mineAs('notes/滚动更新.md',
      '# 滚动更新',
      '',
      '## Deployment 怎么发布新版本',
      '',
      '**Deployment：**管理一组无状态 Pod 副本的控制器，它通过 ReplicaSet 控制副本数，并负责版本的滚动更新和回滚。',
      '',
      '**滚动更新：**新版本的 Pod 一批一批起来，旧版本的 Pod 一批一批删掉，整个过程中服务一直有副本可用。',
      '',
      '~~~',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 3',
      '  strategy:',
      '    type: Rolling',
      '    rollingUpdate:',
      '      maxSurge: 1',
      '      maxUnavailable: 0',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    ...',
      '~~~',
      '',
      '**maxSurge：**更新时最多可以比期望副本数多出来的 Pod 数量。',
      '',
      '**maxUnavailable：**更新时最多允许有多少个 Pod 不可用。',
      '',
      '出问题时用 `kubectl rollout undo deployment/web` 回到上一个版本。',
    );
    const deployment = g.concepts.find((c) => c.title === 'Deployment');
    expect(g.concepts.find((c) => c.title === 'maxSurge')?.parent).toBe(deployment?.id);
    expect(g.concepts.find((c) => c.title === '滚动更新')?.parent).toBe(deployment?.id);
  });
});
