/**
 * rules31 (thirty-first session; docs/miner.md "rules31"): table rows under a first header the table rules did
 * not read — a header joining two header words (`| 概念 / 字段 | 一句话 |`, `| 字段 / 参数 | 含义 |`: definitions.ts
 * JOINED_HEADER_WORDS, joinedHeaderSides; the table is read under each side) and a condition-type header after a
 * word naming whose conditions they are (`| 节点状况 | … |`, `| PVC condition | … |`: NAMED_ROW_HEADERS
 * `qualified`). The chapters below were written for this test, in the writer's own words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/model.ts';
import { runStages } from '../../../src/graph/load.ts';
import { JOINED_HEADER_WORDS, joinedHeaderSides, namedRowSort } from '../../../src/graph/miner/definitions.ts';
import { cleanup, contentDir, mineNotes } from './helpers.ts';

afterAll(cleanup);

const find = (g: Graph, title: string) => g.concepts.find((c) => c.title === title);

const JOB_SHEET = [
  '# Job 速查表',
  '',
  '| 概念 / 字段 | 一句话 | 备注 |',
  '|---|---|---|',
  '| backoffLimit | Job 判定为失败之前允许 Pod 重试的次数 | 默认 6 |',
  '| activeDeadlineSeconds | 整个 Job 最长能运行多久，超时后所有 Pod 被终止 | 比 backoffLimit 优先 |',
  '| Work Queue | 多个 Pod 从同一个队列里领取任务、各自处理的并行方式 | 队列要自己搭 |',
];

const PVC_SHEET = [
  '# 扩容排查速查',
  '',
  '## 卷的状况',
  '',
  '| PVC 状况 | 为 True 时的意思 | 怎么处理 |',
  '|---|---|---|',
  '| Resizing | 外部扩容控制器正在扩大底层存储卷 | 等它完成 |',
  '| FileSystemResizePending | 卷已经扩好，等节点上的 kubelet 扩文件系统 | 重建 Pod 触发 |',
];

describe('JOINED_HEADER_WORDS (data) and joinedHeaderSides', () => {
  it.each(JOINED_HEADER_WORDS.map((w) => [w.example, w.name]))('%s (%s) is a header word of its own', (word) => {
    expect(JOINED_HEADER_WORDS.some((w) => w.test(word))).toBe(true);
  });
  it.each([
    ['概念 / 字段', ['概念', '字段']],
    ['字段/参数', ['字段', '参数']],
    ['对象、概念', ['对象', '概念']],
    ['组件 / 术语 / 概念', ['组件', '术语', '概念']],
  ])('%s is read as each side', (header, sides) => {
    expect(joinedHeaderSides(header)).toEqual(sides);
  });
  it.each(['动词 / 资源', '状态 / 现象', '字段', '概念', '场景 / 需求', '字段 / ', 'a / b / c / d'])('not %s', (header) => {
    expect(joinedHeaderSides(header)).toEqual([]);
  });
});

describe('namedRowSort: a condition-type header after a word naming whose they are', () => {
  it.each(['节点状况', '节点 condition', 'PVC 状况', 'Pod conditions', '状况', 'condition'])('%s', (header) => {
    expect(namedRowSort(header)?.sort).toBe('condition type');
  });
  it.each(['ingress-nginx 注解', '环境变量', '节点', '状况说明书'])('not %s (only condition types take a qualifier)', (header) => {
    expect(namedRowSort(header)).toBeUndefined();
  });
});

describe('the chapters (each fails on the base: the rows were no concepts there)', () => {
  it('`| 概念 / 字段 | 一句话 |`: the keys are the Job\'s fields with their paths, the named pattern a term', async () => {
    const g = await mineNotes({ 'notes/job.md': JOB_SHEET });
    expect(find(g, 'backoffLimit')).toMatchObject({ kind: 'field', fieldPath: 'spec.backoffLimit' });
    expect(find(g, 'activeDeadlineSeconds')).toMatchObject({ kind: 'field', fieldPath: 'spec.activeDeadlineSeconds' });
    expect(find(g, 'Work Queue')?.kind).toBe('term');
  });

  it('`| PVC 状况 | 为 True 时的意思 |`: each condition type is a term', async () => {
    const g = await mineNotes({ 'notes/pvc.md': PVC_SHEET });
    for (const name of ['Resizing', 'FileSystemResizePending']) expect(find(g, name)?.kind, name).toBe('term');
  });

  it('says which rule read the row (--explain)', async () => {
    const dir = await contentDir({ 'notes/pvc.md': PVC_SHEET.join('\n') + '\n' });
    const ctx = await runStages(dir, { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'Resizing')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/table-named-row/u);
  });
});

describe('look-alikes stay no concepts', () => {
  it('a header joining a header word with another word, an annotation header after a project\'s name', async () => {
    const g = await mineNotes({
      'notes/n.md': [
        '# RBAC 速查',
        '',
        '| 动词 / 资源 | 含义 |',
        '|---|---|',
        '| watch | 持续接收对象变化的通知 |',
        '| patch | 只改对象的一部分字段 |',
        '',
        '| 状态 / 现象 | 常见原因 |',
        '|---|---|',
        '| 连接超时 | 网络策略把流量挡住了 |',
        '',
        '| traefik 注解 | 作用 |',
        '|---|---|',
        '| router.priority | 决定多条路由同时匹配时谁先生效 |',
      ],
    });
    for (const name of ['watch', 'patch', '连接超时', 'router.priority']) expect(find(g, name), name).toBeUndefined();
  });
});
