/**
 * rules39 (thirty-ninth session, docs/miner.md "rules39 (thirty-ninth session)"): (1) a glossary table whose first column
 * holds the Chinese names and a column headed as their English names (`| 术语 | 英文 / 缩写 | 一句话解释 |` over
 * `| 边车 | sidecar | … |`): each row's English name is a concept with the Chinese name as an alias — rules38's
 * glossary table (`| 策略 | 中文 | 行为 |`) the other way round. Look-alikes that must not fire: a first column headed as
 * the English one, a table of short forms or one with a 中文 column (the two earlier readings), a row whose English
 * cell is no name, a kind. (2) The values of a status field set out one paragraph each, no list marker (`Pending：…`
 * then `Running：…`): list-state-colon's shape without the list (PARAGRAPH_STATE_SHAPE, its example and look-alikes).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { englishColumns, englishRowName, glossaryColumns } from '../../../src/graph/miner/table-shapes.ts';
import { PARAGRAPH_STATE_SHAPE } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
/** The concepts of a note written in these lines: their titles' kinds, and a title's aliases. */
const conceptsOf = async (...lines: string[]) => {
  const g = await loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
  const of = (title: string) => g.concepts.filter((c) => c.title === title).map((c) => c.kind);
  return Object.assign(of, { aliasesOf: (title: string) => g.concepts.find((c) => c.title === title)?.aliases ?? [], titles: g.concepts.map((c) => c.title) });
};

describe('englishColumns: a first column of Chinese names, a later one of their English names', () => {
  it('reads a column headed 英文, 英文名, 英文 / 缩写, English or 原文 (not the first)', () => {
    expect(englishColumns(['术语', '英文 / 缩写', '一句话解释'])).toEqual({ chinese: 0, english: 1 });
    expect(englishColumns(['中文', '英文'])).toEqual({ chinese: 0, english: 1 });
    expect(englishColumns(['名词', '说明', 'English'])).toEqual({ chinese: 0, english: 2 });
    expect(englishColumns(['概念', '英文名', '含义'])).toEqual({ chinese: 0, english: 1 });
  });

  it('not a first column headed as the English one, nor a table of short forms or with a 中文 column', () => {
    expect(englishColumns(['英文', '中文', '说明'])).toBeUndefined();
    expect(glossaryColumns(['英文', '中文', '说明'])).toEqual({ name: 0, chinese: 1 });
    expect(englishColumns(['术语', '缩写', '英文'])).toBeUndefined();
    expect(englishColumns(['术语', '英文', '中文'])).toBeUndefined();
    expect(englishColumns(['级别', '原文大意', '我们打算用在'])).toBeUndefined();
    expect(englishColumns(['字段', '含义'])).toBeUndefined();
  });
});

describe('englishRowName: the English name with the Chinese one as its alias', () => {
  it('a Latin name of up to four words, code marks and a parenthesis after it dropped', () => {
    expect(englishRowName('边车', 'sidecar')).toEqual({ name: 'sidecar', aliases: ['边车'] });
    expect(englishRowName('节点级日志代理', 'node-level logging agent')).toEqual({ name: 'node-level logging agent', aliases: ['节点级日志代理'] });
    expect(englishRowName('资源指标 API', 'Metrics API (`metrics.k8s.io`)')).toEqual({ name: 'Metrics API', aliases: ['资源指标 API'] });
    expect(englishRowName('服务发现抓取', '`kubernetes_sd`')).toEqual({ name: 'kubernetes_sd', aliases: ['服务发现抓取'] });
  });

  it('none for a cell that is no name or a first cell that is no short Chinese name', () => {
    expect(englishRowName('事件', '—')).toBeUndefined();
    expect(englishRowName('事件', 'an object that records what happened to another object')).toBeUndefined();
    expect(englishRowName('sidecar', 'sidecar container')).toBeUndefined();
    expect(englishRowName('容器写到标准输出和标准错误的那部分日志内容', 'container log')).toBeUndefined();
  });
});

describe('each row of such a glossary is a concept named in English', () => {
  it('the rows of a 术语 | 英文 / 缩写 | 一句话解释 table; a kind is left to the kinds’ rules', async () => {
    const of = await conceptsOf(
      '# 可观测性术语表',
      '',
      '前面几章的东西太散，整理一张速查表。',
      '',
      '## 术语表',
      '',
      '| 术语 | 英文 / 缩写 | 一句话解释 |',
      '|---|---|---|',
      '| 日志轮转 | log rotation | kubelet 按大小切分并清理容器日志文件 |',
      '| 终止消息 | termination message | 容器退出时写入的内容，会出现在容器状态里 |',
      '| 事件 | Event | 组件创建的 API 对象，记录某对象上发生的事 |',
    );
    expect(of('log rotation')).toEqual(['term']);
    expect(of.aliasesOf('log rotation')).toContain('日志轮转');
    expect(of('termination message')).toEqual(['term']);
    expect(of.titles).not.toContain('事件');
  });

  it('not a table whose English column heads the table, nor a 原文大意 column of sentences', async () => {
    const of = await conceptsOf(
      '# 日志级别',
      '',
      '| 级别 | 原文大意 | 我们打算用在 |',
      '|---|---|---|',
      '| 高 | Quick Start | 生产环境的告警 |',
      '| 低 | Best Effort | 测试环境 |',
    );
    expect(of('Quick Start')).toEqual([]);
    expect(of('Best Effort')).toEqual([]);
  });
});

describe('paragraph-state-colon: the values of a status field one paragraph each', () => {
  it(`the example gives ${PARAGRAPH_STATE_SHAPE.gives.join(', ')} as states`, async () => {
    const of = await conceptsOf('# 构建 Pod 的一生', '', '## phase 的五个值', '', 'Pod 的 status.phase 只是一个很粗的概括，我按顺序记一下。', '', ...PARAGRAPH_STATE_SHAPE.example.split('\n'));
    for (const name of PARAGRAPH_STATE_SHAPE.gives) expect(of(name)).toEqual(['state']);
  });

  it.each(PARAGRAPH_STATE_SHAPE.lookAlikes.map((x) => [x]))('no state from %j', async (text) => {
    const of = await conceptsOf('# 笔记', '', '## 记录', '', '先说背景，这一节是随手记的。', '', ...text.split('\n'));
    for (const name of ['Pending', 'Running', 'Always', 'Never', 'Warning', 'Note']) expect(of(name)).not.toContain('state');
  });
});
