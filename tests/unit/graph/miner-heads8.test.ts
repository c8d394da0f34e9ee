/**
 * heads8 (docs/miner.md, "heads8"): a heading of two or three plain English words, or one word no
 * dictionary has, over a section that opens by explaining it (alone-names.ts headingTermPhrase,
 * ALONE_SHAPES `heading-term-phrase`). Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { loadGraph } from '../../../src/graph/index.ts';
import { ALONE_SHAPES, ENGLISH_RUBRIC_FIRST, ENGLISH_RUBRIC_LAST, headingTermPhrase } from '../../../src/graph/miner/alone-names.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);
/** A heading line and the markdown of its section: the name headingTermPhrase gives. */
const phraseOf = (text: string) => {
  const [h, ...rest] = text.split('\n');
  const first = fromMarkdown(rest.join('\n')).children[0];
  const opening = first?.type === 'paragraph' ? { text: toString(first), plain: first.children[0]?.type === 'text' } : { text: '', plain: false };
  return headingTermPhrase(h!.replace(/^#+\s*/, ''), opening);
};

describe('ALONE_SHAPES heading-term-phrase: the example gives its name, each look-alike none', () => {
  const shape = ALONE_SHAPES.find((s) => s.name === 'heading-term-phrase')!;
  it('example and look-alikes', () => {
    expect(phraseOf(shape.example)).toBe(shape.gives);
    for (const l of shape.lookAlikes) expect(phraseOf(l)).toBeUndefined();
  });
});

describe('headingTermPhrase', () => {
  it('takes English words over a section that explains them in Chinese, numbering and a gloss aside', () => {
    expect(phraseOf('### buffer pool\n每个节点上预留的一块内存，负责缓存热数据。')).toBe('buffer pool');
    expect(phraseOf('### 3. Query planner（查询规划器）\n把查询语句拆成一串执行步骤。')).toBe('Query planner');
    expect(phraseOf('### shardd\n每台机器上的分片守护进程。')).toBe('shardd');
  });

  it('takes a phrase its section opens on as its subject, bold or not', () => {
    expect(phraseOf('### Cache warmer\n**Cache warmer 跟 CDN 预热不是一回事。** 它只管本地。')).toBe('Cache warmer');
  });

  it('leaves English rubrics, joined words, a label with a colon, lists, code and English prose', () => {
    expect(phraseOf('## Known issues\n目前还有两个问题。')).toBeUndefined();
    expect(phraseOf('## Quick start\n先装好命令行。')).toBeUndefined();
    expect(phraseOf('## Cheat sheet\n常用命令如下。')).toBeUndefined();
    expect(phraseOf('### Agent vs Aggregator\n两种角色。')).toBeUndefined();
    expect(phraseOf('### Calico on Windows\n两种数据面。')).toBeUndefined();
    expect(phraseOf('### buffer pool\n**buffer pool：** 预留的内存。')).toBeUndefined();
    expect(phraseOf('### buffer pool\n- 预留的内存\n- 缓存热数据')).toBeUndefined();
    expect(phraseOf('### buffer pool\n```yaml\npool: 4Gi\n```')).toBeUndefined();
    expect(phraseOf('### buffer pool\n`pool.size` 决定大小。')).toBeUndefined();
    expect(phraseOf('### buffer pool\nThe pool keeps hot pages.')).toBeUndefined();
  });

  it('leaves one everyday word, one word opening its section as a label, a kind', () => {
    expect(phraseOf('### network\n每个节点上的网络。')).toBeUndefined();
    expect(phraseOf('### shardd\n**shardd 命令**（shard-tools）：查看分片。')).toBeUndefined();
    expect(phraseOf('### Deployment\n管理 ReplicaSet 的对象。')).toBeUndefined();
    expect(phraseOf('### Service Account\n每个命名空间里都有的身份。')).toBeUndefined();
    expect(phraseOf('### ShardRoute CRD\n需要先装好 CRD。')).toBeUndefined();
    expect(phraseOf('## 0x06 EndpointSlice\n一个切片只装一种地址。')).toBeUndefined();
    expect(phraseOf('## 0x03 Query planner\n把查询语句拆成执行步骤。')).toBe('Query planner');
  });

  it('the rubric tables are lower-case words', () => {
    for (const w of [...ENGLISH_RUBRIC_FIRST, ...ENGLISH_RUBRIC_LAST]) expect(w).toBe(w.toLowerCase());
  });
});

describe('whole notes', () => {
  it('a plain English heading its section explains is a term; an English rubric is not', async () => {
    const g = await graphOf(
      '# 查询引擎笔记',
      '',
      '## 组成',
      '',
      '### Query planner',
      '',
      '把查询语句拆成一串执行步骤，再按代价挑一个顺序。',
      '',
      '### Known issues',
      '',
      '目前大查询还会超时。',
      '',
    );
    expect(titles(g)).toContain('Query planner');
    expect(titles(g)).not.toContain('Known issues');
  });
});
