/**
 * rules27 (twenty-seventh session; docs/miner.md "rules27"): a table that sets keys out one by one
 * under a first header that does not say they are keys (`| 概念 | 说明 |`, `| 探针 | 什么时候跑 |`,
 * `| 扩展点 | 干什么 |`): each camelCase first cell another cell explains in words is a key the note
 * explains (definitions.ts `table-key-row`, KEY_ROW_SPELLINGS), placed as a field where the context
 * places it and a term of the note where nothing does (unplaced-keys.ts). Not under a field header
 * (field-table's), a column of a thing's types or the criteria of a comparison (KEY_ROW_NOT_UNDER).
 * Tables written for this test, not taken from the corpora, with look-alikes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { loadGraph } from '../../../src/graph/index.ts';
import { runStages } from '../../../src/graph/load.ts';
import { parseMarkdown } from '../../../src/graph/markdown.ts';
import { KEY_ROW_NOT_UNDER, KEY_ROW_SPELLINGS, keyRowHeader, keyRowName } from '../../../src/graph/miner/definitions.ts';
import { unplacedKey } from '../../../src/graph/miner/unplaced-keys.ts';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (text: string) => loadGraph(await contentDir({ 'notes/n.md': text }), { layout: false });
const firstRow = (row: string) => (parseMarkdown(note('| 概念 | 说明 |', '| --- | --- |', row)).children[0] as Table).children[1]!;

describe('KEY_ROW_SPELLINGS and KEY_ROW_NOT_UNDER (data)', () => {
  it.each(KEY_ROW_SPELLINGS.map((s) => [s.example, s.lookAlike]))('%s is a key row, %s is not', (example, lookAlike) => {
    expect(keyRowName(firstRow(`| \`${example}\` | 这一行解释它是做什么的 |`))).toBe(example);
    expect(keyRowName(firstRow(`| \`${lookAlike}\` | 这一行解释它是做什么的 |`))).toBeUndefined();
  });
  it.each(KEY_ROW_NOT_UNDER.map((h) => [h.example, h.why]))('no key rows under %s (%s)', (header) => {
    expect(keyRowHeader(header)).toBe(false);
  });
  it.each(['概念', '探针', '扩展点', '钩子', 'peer 写法', '方式'])('key rows under %s', (header) => {
    expect(keyRowHeader(header)).toBe(true);
  });
  it('not under a field header, which field-table reads', () => {
    expect(keyRowHeader('字段')).toBe(false);
    expect(keyRowHeader('参数')).toBe(false);
  });
  it('a row that nothing explains in words, or a bold first cell, is none', () => {
    expect(keyRowName(firstRow('| `sideEffects` | None |'))).toBeUndefined();
    expect(keyRowName(firstRow('| **sideEffects** | 这一行解释它是做什么的 |'))).toBeUndefined();
  });
  it('a camelCase key the rule proposes is a term where nothing places it', () => {
    expect(unplacedKey('table-key-row', 'scrapeClass')).toBe('camel');
    expect(unplacedKey('table-key-row', 'scrape_class')).toBeUndefined();
  });
});

describe('rows of keys under a header that does not say so, in a whole note', () => {
  const probes = note(
    '# Pod 速查',
    '',
    '## 三种探针',
    '',
    '| 探针 | 什么时候跑 | 失败了会怎样 |',
    '| --- | --- | --- |',
    '| `startupProbe` | 容器刚启动时，成功前其它探针都不跑 | 重启容器 |',
    '| `livenessProbe` | 整个生命周期定期跑 | 重启容器 |',
    '| `readinessProbe` | 整个生命周期定期跑 | 从 Service 后端摘掉 |',
  );

  it('each explained camelCase row is a field of the API where the note is about Pods', async () => {
    const g = await graphOf(probes);
    for (const name of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      const c = g.concepts.find((x) => x.title === name);
      expect(c, name).toBeDefined();
      expect(c!.kind, name).toBe('field');
      expect(c!.fieldPath, name).toBe(`spec.containers[].${name}`);
    }
  });

  it('says which rule read the row (--explain)', async () => {
    const ctx = await runStages(await contentDir({ 'notes/n.md': probes }), { layout: false });
    const c = ctx.graph!.concepts.find((x) => x.title === 'startupProbe')!;
    expect((ctx.provenance.get(c.id) ?? []).map((p) => p.rule).join(' ')).toMatch(/^table-key-row/u);
  });

  it('a key no kind has is a term of the note; a value, a plain word and an unexplained row are not', async () => {
    const g = await graphOf(
      note(
        '# 监控抓取配置',
        '',
        '## 概念速查',
        '',
        '| 概念 | 说明 |',
        '| --- | --- |',
        '| `scrapeIntervalHint` | 告诉采集端多久抓一次，单位秒 |',
        '| `honorTimestampsMode` | 是否沿用目标自己带的时间戳 |',
        '| `RollingUpdate` | 这一行是值，不是键 |',
        '| target | 被抓取的那个端点 |',
        '| `retryBudgetMax` | 42 |',
      ),
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).toContain('scrapeIntervalHint');
    expect(titles).toContain('honorTimestampsMode');
    // (tables28: a value explained in a quick-reference table of concepts is a concept of the note,
    // `table-concept-row`, but never a key: not a field)
    expect(g.concepts.find((c) => c.title === 'RollingUpdate')?.kind).not.toBe('field');
    expect(titles).not.toContain('target');
    expect(titles).not.toContain('retryBudgetMax');
  });

  it('the same rows under a column of types or the criteria of a comparison stay no concepts', async () => {
    const g = await graphOf(
      note(
        '# 存储笔记',
        '',
        '| 卷类型 | 说明 |',
        '| --- | --- |',
        '| `scrapeIntervalHint` | 告诉采集端多久抓一次，单位秒 |',
        '',
        '| 维度 | 方案甲 | 方案乙 |',
        '| --- | --- | --- |',
        '| `honorTimestampsMode` | 支持，默认打开 | 不支持 |',
      ),
    );
    const titles = g.concepts.map((c) => c.title);
    expect(titles).not.toContain('scrapeIntervalHint');
    expect(titles).not.toContain('honorTimestampsMode');
  });
});
