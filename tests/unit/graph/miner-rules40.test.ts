/**
 * rules40 (docs/miner.md, "rules40"): headings that name a thing — a component by its sort
 * (`<X> controller`, `<X> plugin`, `<X> backend`), a name before a word of genre (`X 里有什么`,
 * `X 读后感`, `X 插件的几个参数`), after a group word (`其他几个 X 插件`) or after a rubric and its
 * colon (`经典事故：…`, `方案 B：…`). Notes written for this test, not taken from the corpora, each
 * with a look-alike that must stay as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/graph/index.ts';
import { APART_SHAPES, COMPONENT_SHAPES, PRESENT_SHAPES, componentHeading, headingExplainedBelow, headingNamesApart, headingPresents, properNameOpensSection, rubricBeforeName } from '../../../src/graph/miner/heading-shapes.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const mine = async (...lines: string[]): Promise<Graph> => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Graph) => g.concepts.map((c) => c.title);

describe('componentHeading: a component named by its sort', () => {
  it.each(COMPONENT_SHAPES.map((s) => [s.example, s]))('%s', (_example, shape) => {
    expect(componentHeading(shape.example)).toEqual(shape.gives);
    expect(componentHeading(shape.lookAlike)).toBeUndefined();
  });

  it.each([
    ['Namespace controller', 'Namespace controller'],
    ['3.1 Token controller（令牌控制器）', 'Token controller'],
    ['host-device plugin', 'host-device plugin'],
    ['WireGuard backend', 'WireGuard backend'],
    ['Image credential provider', 'Image credential provider'],
  ])('%s → %s', (title, name) => {
    expect(componentHeading(title)?.name).toBe(name);
  });

  it.each([
    // English prose, not a name
    'How the controller works',
    'the default backend',
    // more after the head noun than a gloss: a clause about it
    'Namespace controller 为什么删不掉',
    // the head noun alone
    'Controller',
  ])('%s → none', (title) => {
    expect(componentHeading(title)).toBeUndefined();
  });
});

describe('headingPresents: names before a genre word, after a group word, after a rubric', () => {
  const shapes = PRESENT_SHAPES.filter((s) => ['name-then-genre', 'group-then-name', 'rubric-then-name'].includes(s.name));
  it.each(shapes.map((s) => [s.example, s]))('%s', (_example, shape) => {
    expect(headingPresents(shape.example).map((p) => p.label)).toEqual(shape.gives);
    expect(headingPresents(shape.lookAlike).filter((p) => p.shape === shape.name)).toEqual([]);
  });

  it.each([
    ['runtime.Object 里有什么', 'runtime.Object'],
    ['kube-router 的组件', 'kube-router'],
    ['portmap 插件的几个参数', 'portmap 插件'],
    ['其他几个 CNI 插件', 'CNI 插件'],
    ['事故：thundering herd', 'thundering herd'],
    ['方案 2：旁路缓存（最后没用）', '旁路缓存'],
  ])('%s → %s', (title, name) => {
    expect(headingPresents(title).map((p) => p.label)).toContain(name);
  });

  it.each([
    // a facet listing other things than the name
    'kubeadm 常用命令',
    'node pool 相关的几个环境变量',
    // a kind: the heading's own rules read it
    'Service 的几个关键字段',
    // a clause after the rubric
    '事故：升级以后节点一直 NotReady',
    '方案 A：把副本数调大',
  ])('%s → none of these shapes', (title) => {
    expect(headingPresents(title).filter((p) => ['name-then-genre', 'group-then-name', 'rubric-then-name'].includes(p.shape))).toEqual([]);
  });

  it('a rubric before a name is no name itself', () => {
    expect(rubricBeforeName('经典事故：split brain')).toBe(true);
    expect(rubricBeforeName('踩坑：改完配置不生效')).toBe(false);
    expect(rubricBeforeName('Velero：备份与恢复')).toBe(false);
  });
});

describe('headingNamesApart: a component heading is no other name of its section opener', () => {
  const shape = APART_SHAPES.find((s) => s.name === 'component')!;
  it('example and look-alike', () => {
    expect(headingNamesApart(shape.example.heading, shape.example.opener, shape.example.body)).toBe('component');
    expect(headingNamesApart(shape.lookAlike.heading, shape.lookAlike.opener, shape.lookAlike.body)).toBeUndefined();
  });
});

describe('headingExplainedBelow: a Chinese heading its first paragraph says what it is', () => {
  it.each([
    ['写时复制', '**术语：** 写时复制（copy-on-write）= 改文件时才把它复制一份。', '写时复制'],
    ['2. 日志轮转', '容器日志会越写越大。日志轮转的规则是：超过 10 MiB 就切一个新文件。', '日志轮转'],
    ['拓扑感知路由', '拓扑感知路由是让流量优先留在同一个可用区的机制。', '拓扑感知路由'],
  ])('%s', (title, paragraph, name) => {
    expect(headingExplainedBelow(title, paragraph)).toBe(name);
  });

  it.each([
    // a verb inside a clause, not the name opening it
    ['扩缩', '改一下 `replicas` 就能扩缩：'],
    // the paragraph does not repeat the name
    ['调度插件', '按顺序，我记下了这几个：'],
    // a clause as the heading
    ['为什么删不掉', '为什么删不掉是因为 finalizer 还在。'],
  ])('%s → none', (title, paragraph) => {
    expect(headingExplainedBelow(title, paragraph)).toBeUndefined();
  });
});

describe('properNameOpensSection: one capitalised word its section opens on', () => {
  it('a project named by the heading and opening the text under it', () => {
    expect(properNameOpensSection('二、Weave', 'Weave 的做法是在每个节点上跑一个路由进程。')).toBe('Weave');
    expect(properNameOpensSection('Kyverno', '**Kyverno**：一个用 YAML 写策略的准入控制器。')).toBe('Kyverno');
  });
  it('an English rubric the text does not repeat, or a word the text only mentions later', () => {
    expect(properNameOpensSection('Troubleshooting', '先看事件，再看日志。')).toBeUndefined();
    expect(properNameOpensSection('Weave', '每个节点上跑一个 Weave 路由进程。')).toBeUndefined();
    expect(properNameOpensSection('Weaver', 'Weave 的做法是……')).toBeUndefined();
  });
});

describe('whole notes', () => {
  it('a controller named by a heading is a term, not a field of the kind it starts with', async () => {
    const g = await mine(
      '# kube-controller-manager 笔记',
      '',
      '## 几个控制器',
      '',
      '### Namespace controller（命名空间控制器）',
      '',
      '删除命名空间时，它把里面的对象一个个删掉，最后去掉 `spec.finalizers` 里的 kubernetes。',
      '',
      '### Endpoint controller',
      '',
      '它盯着 Service 和 Pod，把就绪 Pod 的地址写进对应的 Endpoints。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['Namespace controller（命名空间控制器）', 'Endpoint controller']));
    const ns = g.concepts.find((c) => c.title === 'Namespace controller（命名空间控制器）');
    expect(ns?.kind).toBe('term');
    // the field the section opens with keeps its own names
    const fin = g.concepts.find((c) => c.fieldPath === 'spec.finalizers');
    expect(fin?.aliases ?? []).not.toContain('Namespace controller(命名空间控制器)');
  });

  it('a name before a genre word and a name after a rubric are terms; the rubric is none', async () => {
    const g = await mine(
      '# 运行时笔记',
      '',
      '## runtime.Object 里有什么',
      '',
      '| 方法 | 作用 |',
      '| --- | --- |',
      '| GetObjectKind | 取类型信息 |',
      '| DeepCopyObject | 深拷贝 |',
      '',
      '## 事故：thundering herd',
      '',
      '缓存同时过期，所有请求一起打到数据库，数据库直接被打挂。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['runtime.Object', 'thundering herd']));
    expect(titles(g)).not.toContain('事故');
  });
});
