/**
 * struct23 (docs/miner.md, "struct23"): where a mined concept hangs, what it is `related` to, and
 * the summary shown for it. Notes written for this test (a new user's chapters: RBAC, storage,
 * scheduling), each case with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { apiApart } from '../../../src/graph/miner/api-apart.ts';
import { afterLabel } from '../../../src/graph/summaries.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { byTitle, cleanup, contentDir, parentTitle } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
/** A note in a file named as its title (`notes/调度.md`), as people save chapters: the title then names no home by itself. */
const mineNamed = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ [`notes/${lines[0]!.replace(/^#\s*/, '')}.md`]: note(...lines) }), { layout: false });
const related = (g: Graph, a: string, b: string) => {
  const [x, y] = [byTitle(g, a).id, byTitle(g, b).id];
  return g.edges.some((e) => e.type === 'related' && ((e.from === x && e.to === y) || (e.from === y && e.to === x)));
};

const RBAC_NOTE = [
  '# 权限控制',
  '',
  '## RBAC',
  '',
  '**RBAC：**RBAC（Role-Based Access Control）是基于角色的访问控制，把谁能对什么资源做什么写成 API 对象。',
  '',
  '**Role：**Role 是命名空间级别的一组权限规则。',
  '',
  '**RoleBinding：**RoleBinding 把 Role 授予一组用户、组或 ServiceAccount。',
  '',
  '## ServiceAccount',
  '',
  '**ServiceAccount：**给 Pod 里的进程用的身份。',
  '',
  '**serviceAccountName：**Pod 用这个字段指定使用哪个账号。',
];

describe('a concept hangs under what it is part of', () => {
  it('an umbrella term defined above the kinds it covers does not hang under the first of them', async () => {
    const g = await mine(...RBAC_NOTE);
    expect(byTitle(g, 'RBAC').kind).toBe('term');
    expect(parentTitle(g, 'RBAC')).not.toBe('Role');
  });

  it('… nor in a file named as its title (the home is then the first kind the note defines)', async () => {
    const g = await mineNamed(...RBAC_NOTE);
    expect(parentTitle(g, 'RBAC')).not.toBe('Role');
    expect(parentTitle(g, 'RoleBinding')).not.toBe('Role');
  });

  it('… even when the kind it covers names it: the umbrella is defined above it', async () => {
    const g = await mineNamed(...RBAC_NOTE.map((l) => l.replace('Role 是命名空间级别的一组权限规则。', 'Role 是 RBAC 里命名空间级别的一组权限规则。')));
    expect(parentTitle(g, 'RBAC')).not.toBe('Role');
  });

  it("another kind's field does not hang under the note's first kind", async () => {
    const g = await mine(...RBAC_NOTE);
    expect(byTitle(g, 'serviceAccountName').fieldPath).toBe('spec.serviceAccountName');
    expect(parentTitle(g, 'serviceAccountName')).not.toBe('Role');
  });

  it('fields defined after the first field of a note do not hang under it', async () => {
    const g = await mineNamed(
      '# 调度',
      '',
      '## 节点选择',
      '',
      '**nodeSelector：**nodeSelector 是最简单的调度约束，Pod 只会被调度到标签匹配的节点上。',
      '',
      '**tolerations：**tolerations 写在 Pod 上，表示 Pod 可以容忍节点上的哪些污点。',
    );
    expect(parentTitle(g, 'tolerations')).not.toBe('nodeSelector');
  });

  it('look-alike: a note whose title names the kind keeps its terms and fields under it', async () => {
    const g = await mine(
      '# Deployment',
      '',
      '**滚动更新：**Deployment 默认的发布方式，新旧 Pod 交替替换。',
      '',
      '**maxSurge：**滚动更新时最多能比期望副本数多出几个 Pod。',
    );
    expect(parentTitle(g, '滚动更新')).toBe('Deployment');
    expect(parentTitle(g, 'maxSurge')).toBe('Deployment');
  });

  it("look-alike: a field of the note's first kind still hangs under it", async () => {
    const g = await mine(...RBAC_NOTE, '', '**rules：**Role 里的规则列表，每条写 apiGroups、resources 和 verbs。');
    expect(byTitle(g, 'rules').fieldPath).toBe('rules');
    expect(parentTitle(g, 'rules')).toBe('Role');
  });
});

describe('same-section concepts are related unless the API puts them apart', () => {
  const STORAGE = [
    '# 存储卷',
    '',
    '## PV 与 PVC',
    '',
    '**PersistentVolume：**集群管理员准备好的一块存储，生命周期独立于 Pod。',
    '',
    '**PersistentVolumeClaim：**用户对存储的申请，声明需要多大容量和什么访问模式。',
    '',
    '**accessModes：**描述卷能以什么方式挂载，常见的有 ReadWriteOnce 和 ReadWriteMany。',
    '',
    '**StorageClass：**描述一类存储的提供者，可以动态创建 PV。',
  ];

  it('StorageClass is not related to the claim field accessModes', async () => {
    const g = await mine(...STORAGE);
    expect(related(g, 'StorageClass', 'accessModes')).toBe(false);
  });

  it('look-alike: the kinds that have accessModes stay related to it, and the kinds to each other', async () => {
    const g = await mine(...STORAGE);
    expect(related(g, 'PersistentVolumeClaim', 'accessModes')).toBe(true);
    expect(related(g, 'PersistentVolume', 'accessModes')).toBe(true);
    expect(related(g, 'PersistentVolumeClaim', 'StorageClass')).toBe(true);
  });

  const TAINTS = [
    '# 调度',
    '',
    '## 污点与容忍',
    '',
    '**taints：**taints 打在节点上，没有对应容忍的 Pod 不会被调度上去。',
    '',
    '**tolerations：**写在 Pod 上，表示 Pod 可以容忍哪些 taints。',
    '',
    '**StorageClass：**描述一类存储的提供者。',
  ];

  it('a kind next to the fields of other kinds is not related to them', async () => {
    const g = await mine(...TAINTS);
    expect(related(g, 'StorageClass', 'tolerations')).toBe(false);
    expect(related(g, 'StorageClass', 'taints')).toBe(false);
  });

  it('look-alike: a pair the text ties stays related (the definition names the other)', async () => {
    const g = await mine(...TAINTS);
    expect(related(g, 'taints', 'tolerations')).toBe(true);
  });

  it('apiApart: owners, the fields a kind shares, a field naming a kind, terms', () => {
    const sc = { kind: 'object', title: 'StorageClass' };
    const pv = { kind: 'object', title: 'PersistentVolume' };
    const deploy = { kind: 'object', title: 'Deployment' };
    const modes = { kind: 'field', title: 'accessModes', fieldPath: 'spec.accessModes', owner: 'PersistentVolumeClaim' };
    const scName = { kind: 'field', title: 'storageClassName', fieldPath: 'spec.storageClassName', owner: 'PersistentVolumeClaim' };
    const nodeSelector = { kind: 'field', title: 'nodeSelector', fieldPath: 'spec.nodeSelector' };
    expect(apiApart(sc, modes)).toBe(true);
    expect(apiApart(pv, modes)).toBe(false);
    expect(apiApart(sc, scName)).toBe(false);
    expect(apiApart(deploy, nodeSelector)).toBe(false);
    expect(apiApart(sc, pv)).toBe(false);
    expect(apiApart(sc, { kind: 'term', title: '动态供给' })).toBe(false);
  });
});

describe("a summary does not repeat the definition's label", () => {
  const lead = (md: string) => parseMarkdown(md).children[0] as Paragraph;
  const names = (title: string) => ({ title, aliases: [] as string[] });

  it.each([
    ['**Role：**Role 是命名空间级别的权限集合。', 'Role', 'Role 是命名空间级别的权限集合。'],
    ['**PV**：描述一块存储。', 'PersistentVolume', '描述一块存储。'],
    ['**ConfigMap（CM）：**用来存放配置。', 'ConfigMap', '用来存放配置。'],
    ['`hostIPC`：和宿主机共享 IPC 命名空间。', 'hostIPC', '和宿主机共享 IPC 命名空间。'],
    ['Infra 容器（pause）：每个 Pod 先启动的容器。', 'Infra 容器', '每个 Pod 先启动的容器。'],
    ['术语：**completions** —— Job 需要成功完成的 Pod 总数。', 'completions', 'Job 需要成功完成的 Pod 总数。'],
    ['概念：**PV**：描述一块存储。', 'PersistentVolume', '描述一块存储。'],
    ['**parallelism** — 同时运行的 Pod 数。', 'parallelism', '同时运行的 Pod 数。'],
  ])('%s', (md, title, want) => {
    const p = lead(md);
    expect(afterLabel(md.replace(/\*\*|`/g, ''), p, names(title))).toBe(want);
  });

  it.each([
    ['**Role** 是命名空间级别的权限集合。', 'Role'],
    ['`stdin: true` 和 `tty: true` 就是 -it。', 'stdin'],
    ['**Role：**', 'Role'],
    ['注意：**Role** 是命名空间级别的。', 'Role'],
    ['术语：completions-per-pod 是另一个词。', 'completions'],
    ['**Role**-based 访问控制。', 'Role'],
  ])('look-alike: %s stays', (md, title) => {
    const text = md.replace(/\*\*|`/g, '');
    expect(afterLabel(text, lead(md), names(title))).toBe(text);
  });

  it('a glossary line `术语：**X** —— …` is summed up without the kind word and the label', async () => {
    const g = await mine('# 用 Job 做批量数据处理', '', '术语：**Job** —— 运行到完成就结束的工作负载。', '', '术语：**CronJob** —— 按 cron 表达式定时创建 Job。', '',
      '术语：**completions** —— Job 需要成功完成的 Pod 总数。', '', '术语：**parallelism** —— 同时运行的 Pod 数。');
    expect(byTitle(g, 'CronJob').summary).toBe('按 cron 表达式定时创建 Job。');
    expect(byTitle(g, 'parallelism').summary).toBe('同时运行的 Pod 数。');
  });

  it('a mined concept of a bold definition is summed up without its label', async () => {
    const g = await mine(...RBAC_NOTE);
    expect(byTitle(g, 'Role').summary).toBe('Role 是命名空间级别的一组权限规则。');
    expect(byTitle(g, 'ServiceAccount').summary).toBe('给 Pod 里的进程用的身份。');
  });
});
