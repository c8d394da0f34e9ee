/**
 * rules42 (docs/miner.md, "rules42"): tables and lists that explain names — a table whose first
 * column is headed by a noun of a sort of named thing next to a column saying what each is. Notes written for this test, not
 * taken from the corpora, each with look-alikes that must not give the same reading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { namesOfASort, sortRowName } from '../../../src/graph/miner/table-shapes.ts';
import { everydayEnglish } from '../../../src/graph/miner/english-words.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);

describe('namesOfASort: a first column of names of one sort, a column saying what each is', () => {
  it.each([
    [['接口', '作用']],
    [['操作', '含义']],
    [['区域', '说明']],
    [['名称', '用途', '备注']],
    [['术语', '一句话']],
    [['Operation', 'Meaning']],
    [['模块', '是否必需', '干什么']],
  ])('%j', (headers) => {
    expect(namesOfASort(headers)).toBe(true);
  });

  it.each([
    // values of a field, criteria, symptoms, commands, versions: other tables
    [['取值', '含义']],
    [['模式', '说明']],
    [['type', '含义']],
    [['对比项', 'A 方案', 'B 方案']],
    [['', '自建', '托管']],
    [['现象', '原因', '处理']],
    [['命令', '作用']],
    [['版本', '说明']],
    // a kind's name over its instances
    [['PriorityLevel', '用途']],
    // no column says what each one is
    [['名字', '权限']],
    [['接口', '调用方', '作用对象']],
    [['接口']],
    // a summary of the note's concepts, each defined above it under another name
    [['概念', '一句话']],
    // the values of a field (`capabilities.add`)
    [['能力', '用途', '建议']],
  ])('not %j', (headers) => {
    expect(namesOfASort(headers)).toBe(false);
  });
});

describe('sortRowName: a first cell spelt as a Latin name', () => {
  it.each([
    ['InstancesV2', 'InstancesV2'],
    ['`FETCH`', 'FETCH'],
    ['Young Gen', 'Young Gen'],
    ['**ring buffer**', 'ring buffer'],
    ['kprobe', 'kprobe'],
  ])('%s', (cell, name) => {
    expect(sortRowName(cell, everydayEnglish)).toBe(name);
  });

  it.each(['堆外内存', 'GC 的额外开销', '--dry-run', '42', 'view', 'watch', 'a b c d'])('not %s', (cell) => {
    expect(sortRowName(cell, everydayEnglish)).toBeUndefined();
  });
});

describe('table-sort-row: a table explaining the members of one sort', () => {
  it('defines each Latin name of an operations table, not its Chinese remark rows', async () => {
    const g = await graphOf(
      '# 存储插件协议',
      '',
      '## 插件要实现的操作',
      '',
      '| 操作 | 含义 |',
      '| --- | --- |',
      '| Attach | 把卷挂到节点上，返回设备路径 |',
      '| Detach | 从节点卸下卷，要求重复调用也成功 |',
      '| 其他自定义扩展 | 各家实现自己加的 |',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['Attach', 'Detach']));
    expect(titles(g)).not.toContain('其他自定义扩展');
  });

  it('leaves a table of a field\'s values and a comparison table alone', async () => {
    const g = await graphOf(
      '# 拉取策略',
      '',
      '## 取值',
      '',
      '| 取值 | 含义 |',
      '| --- | --- |',
      '| Sometimes | 偶尔拉一次 |',
      '| Rarely | 很少拉 |',
      '',
      '## 对比',
      '',
      '| 对比项 | Alpha | Beta |',
      '| --- | --- | --- |',
      '| Latency | 低 | 高 |',
    );
    expect(titles(g)).not.toEqual(expect.arrayContaining(['Sometimes']));
    expect(titles(g)).not.toContain('Rarely');
    expect(titles(g)).not.toContain('Latency');
  });
});
