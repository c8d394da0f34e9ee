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
import { APART_SHAPES, COMPONENT_SHAPES, PRESENT_SHAPES, componentHeading, headingNamesApart, headingPresents, rubricBeforeName } from '../../../src/graph/miner/heading-shapes.ts';
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
