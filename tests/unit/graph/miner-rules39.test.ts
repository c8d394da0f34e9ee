/**
 * rules39 (docs/miner.md, "rules39"): Kubernetes' own states, fields and kinds in narration and
 * headings — a state read off in bold and the states its paragraph tells with it, a bold label that
 * sets a field in a list of ways, and headings that are no other name of their section's one
 * definition. Sentences and notes written for this test, not taken from the corpora, each with
 * look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { AGENT_BEFORE, agentVerb, stateAlongside, stateReadBold } from '../../../src/graph/miner/field-clauses.ts';
import { boldSetsField } from '../../../src/graph/miner/item-shapes.ts';
import { APART_SHAPES, headingNamesApart } from '../../../src/graph/miner/heading-shapes.ts';
import { fieldSetAt } from '../../../src/graph/miner/field-place.ts';
import { questionSubjects } from '../../../src/graph/miner/question-subjects.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });

describe('stateReadBold: a state read off and set in bold', () => {
  it.each([
    ['排查时看到容器状态是 ', 'Terminated'],
    ['describe 一看，Pod 的 phase 依然是 ', 'Running'],
    ['`kubectl get pv` 的 STATUS 为 ', 'Released'],
    ['镜像没拉下来，容器一直停在 ', 'Waiting'],
    ['新建的 claim 卡在 ', 'Pending'],
  ])('%s**%s**', (before, value) => {
    expect(stateReadBold(before, value)).toBe(true);
  });

  it.each([
    ['删除时 STATUS 为 ', 'Terminating'], // a Namespace's phase, what kubectl prints for a Pod being deleted
    ['这个字段的默认值是 ', 'Always'], // no state value
    ['容器状态里能看到 ', 'Terminated'], // no copula or verb of staying right before
    ['Pod 的状态是 ', 'running'], // not spelt as the API spells it
  ])('not %s**%s**', (before, value) => {
    expect(stateReadBold(before, value)).toBe(false);
  });

  it('a bold state read off is a state; the same words before a code span are not', async () => {
    const g = await graphOf('# 排查记录', '', '## 一次重启', '', '探针失败后，describe 这个 Pod，容器状态是 **Terminated**，Reason 写着 Error，说明进程自己退出了。');
    expect(g.concepts.filter((c) => c.kind === 'state').map((c) => c.title)).toEqual(['Terminated']);
    const h = await graphOf('# 排查记录', '', '## 一次驱逐', '', '被赶下节点的 Pod 状态是 `Failed`，reason 是 `Evicted`，控制器会另起一个。');
    expect(h.concepts.filter((c) => c.kind === 'state')).toEqual([]);
  });
});

describe('stateAlongside: the other states of a paragraph that reads one in bold', () => {
  it.each([
    ['`worker` 容器已经是 ', 'Terminated'],
    ['所以 Pod 永远不会进入 ', 'Succeeded'],
    ['另一个容器还是 ', 'Running'],
  ])('%s%s', (before, value) => {
    expect(stateAlongside(before, value)).toBe(true);
  });

  it.each([
    ['日志里打印了 ', 'Running'], // no cue
    ['命名空间卡在 ', 'Terminating'], // not a state of the kinds the conventions name
  ])('not %s%s', (before, value) => {
    expect(stateAlongside(before, value)).toBe(false);
  });

  it('plain states count beside a bold one, and not in a paragraph without one', async () => {
    const g = await graphOf(
      '# 批处理日记',
      '',
      '## 任务不结束',
      '',
      '看了一眼，`task` 容器已经是 Terminated（exit code 0），日志代理容器还是 Running，所以 Pod 的 phase 仍然是 **Running**，Pod 也就不会进入 Succeeded。',
    );
    expect(g.concepts.filter((c) => c.kind === 'state').map((c) => c.title).sort()).toEqual(['Running', 'Succeeded', 'Terminated']);
    const h = await graphOf('# 批处理日记', '', '## 任务不结束', '', '看了一眼，`task` 容器已经是 Terminated，日志代理容器还是 Running，Pod 也就不会进入 Succeeded。');
    expect(h.concepts.filter((c) => c.kind === 'state')).toEqual([]);
  });
});

describe('boldSetsField: a bold label that sets a field of the API', () => {
  it.each(['hostUsers=false：', 'spec.suspend=true', '`enableServiceLinks=false`：', 'restartPolicy=OnFailure'])('%s', (label) => {
    expect(boldSetsField(label)).toBe(true);
  });

  it.each([
    'example.io/skip-inject=true：', // an annotation key, no field
    '--max-pods=200', // a flag
    'replicas', // no value
    'fooMode=on', // no field of the API
  ])('not %s', (label) => {
    expect(boldSetsField(label)).toBe(false);
  });

  it('names its field in a list of ways, whose other labels stay no concepts', async () => {
    const g = await graphOf(
      '# Pod 调试',
      '',
      '## 几种办法',
      '',
      '老版本上看另一个容器的进程有几种办法：',
      '',
      '- **hostPID=true：** 直接用宿主机的 PID 命名空间，能看到节点上所有进程，风险很大。',
      '- **进容器里装工具：** 改镜像，麻烦。',
    );
    expect(g.concepts.filter((c) => c.title === 'hostPID').map((c) => c.kind)).toEqual(['field']);
    expect(g.concepts.some((c) => c.title.startsWith('进容器里'))).toBe(false);
  });
});

describe('headingNamesApart: a heading that is no other name of its section’s definition', () => {
  it.each(APART_SHAPES.map((s) => [s.name, s] as const))('%s: example and look-alike', (name, s) => {
    expect(headingNamesApart(s.example.heading, s.example.opener, s.example.body)).toBe(name);
    expect(headingNamesApart(s.lookAlike.heading, s.lookAlike.opener, s.lookAlike.body)).toBeUndefined();
  });

  it.each([
    ['Week 3：缓存打满', ['maxSize'], ''],
    ['第二天：又重启了', ['restartCount'], ''],
    ['2024-05-01 上线', ['image'], ''],
  ])('diary entries: %s', (heading, opener, body) => {
    expect(headingNamesApart(heading, opener, body)).toBe('diary-entry');
  });

  it.each([
    ['Pod 开销（Pod Overhead）', ['Pod Overhead'], ''], // a name glossed
    ['Service 上的 TLS', ['tls'], ''], // a facet of the kind
    ['镜像拉取策略', ['imagePullPolicy'], '`imagePullPolicy` 决定什么时候去拉镜像。'],
    ['回收策略', ['persistentVolumeReclaimPolicy'], '**persistentVolumeReclaimPolicy（回收策略）**：PV 的字段。回收策略是 Delete 时盘会被删。'],
  ])('not apart: %s', (heading, opener, body) => {
    expect(headingNamesApart(heading, opener, body)).toBeUndefined();
  });

  it('a section about a kind lends no name to the field it defines', async () => {
    const g = await graphOf('# 双栈笔记', '', '## 0x02 Service', '', '`ipFamilies` 列出 Service 要用的地址族，顺序决定主地址族。');
    const f = g.concepts.find((c) => c.title === 'ipFamilies');
    expect(f?.kind).toBe('field');
    expect(f?.aliases ?? []).not.toContain('0x02 Service');
    expect(f?.aliases ?? []).not.toContain('Service');
  });
});

describe('受 X 限制: a field as what bounds a process', () => {
  it.each([
    ['回滚的快慢受 ', ' 约束'],
    ['并发拉取的数量受到 ', '的限制'],
  ])('%sX%s', (before, after) => {
    expect(AGENT_BEFORE.test(before) && agentVerb(after) !== undefined).toBe(true);
  });

  it.each([
    ['回滚的快慢受 ', ' 影响很大'], // 影响: no bound
    ['并发拉取的数量和 ', ' 有关'], // no passive
  ])('not %sX%s', (before, after) => {
    expect(AGENT_BEFORE.test(before) && agentVerb(after) !== undefined).toBe(false);
  });

  it('the field named as the bound of a passive is explained; a field in passing is not', async () => {
    const g = await graphOf('# Deployment 发布', '', '## 发布卡住', '', '滚动发布时新 Pod 一直起不来，整个发布受 `progressDeadlineSeconds` 约束，超时后 Deployment 的条件会变成失败。');
    expect(g.concepts.filter((c) => c.title === 'progressDeadlineSeconds').map((c) => c.kind)).toEqual(['field']);
    const h = await graphOf('# Deployment 发布', '', '## 发布卡住', '', '滚动发布时新 Pod 一直起不来，我顺手看了一眼 `progressDeadlineSeconds`，然后去查日志。');
    expect(h.concepts.filter((c) => c.title === 'progressDeadlineSeconds')).toEqual([]);
  });
});

describe('fieldSetAt: a field set to a value at a holder of the Pod', () => {
  it.each([
    ['做法是在 initContainers 里给日志代理加上 ', 'restartPolicy: Always', 'spec.initContainers[].restartPolicy'],
    ['把代理放进 `initContainers` 里并写上 ', 'restartPolicy=Always', 'spec.initContainers[].restartPolicy'],
    ['在业务容器上单独设置 ', 'readOnlyRootFilesystem: true', undefined], // a field of securityContext, not of the container: no place
  ])('%s`%s`', (before, code, path) => {
    expect(fieldSetAt(before, code)?.field.path).toBe(path);
  });

  it.each([
    ['文档里顺手提到 ', 'restartPolicy: Always'], // no holder, no verb of setting
    ['在 initContainers 里写上 ', 'restartPolicy'], // no value
    ['在 Deployment 里加上 ', 'replicas: 3'], // a kind, no holder of the Pod
  ])('not %s`%s`', (before, code) => {
    expect(fieldSetAt(before, code)).toBeUndefined();
  });

  it('the field is explained at the init containers, not at the Pod', async () => {
    const g = await graphOf('# 日志代理', '', '## 改成原生 sidecar', '', '升级以后，在 initContainers 里给代理容器加上 `restartPolicy: Always`，它就会一直跑到主容器退出。');
    expect(g.concepts.filter((c) => c.title === 'restartPolicy').map((c) => c.fieldPath)).toEqual(['spec.initContainers[].restartPolicy']);
  });
});

describe('looks-like: a heading asking what a named thing looks like', () => {
  it.each([
    ['五、部署出来的 Ingress 长什么样', 'Ingress'],
    ['一份 Kustomization 长啥样？', 'Kustomization'],
    ['2.1 HPA 到底长什么样子', 'HPA'],
  ])('%s', (q, name) => {
    expect(questionSubjects(q)).toEqual([{ name, rule: 'looks-like' }]);
  });

  it.each([
    '二、Deployment 的 YAML 长什么样', // a facet of the kind, after a genitive
    '报错信息长什么样', // a Chinese phrase
    '一个 staging overlay 长什么样', // a modifier and a name
  ])('not %s', (q) => {
    expect(questionSubjects(q).filter((x) => x.rule === 'looks-like')).toEqual([]);
  });

  it('the kind an abbreviation names is the section’s subject', async () => {
    const g = await graphOf('# CRD 笔记', '', '## 三、装好以后的 CRD 长什么样', '', '```yaml', 'apiVersion: apiextensions.k8s.io/v1', 'kind: CustomResourceDefinition', 'metadata:', '  name: widgets.example.com', '```', '', '`spec.group` 决定 API 组。');
    expect(g.concepts.filter((c) => c.title === 'CustomResourceDefinition').map((c) => c.kind)).toEqual(['object']);
  });
});
