/**
 * veto9 (docs/miner.md, "veto9"): a code span that opens its paragraph and is said there what it is
 * is a term of the note (explained-openers.ts), where the resolver dropped it as naming nothing new;
 * and the counter of the resolver's vetoes by the shape of their line (bench/lib/veto-shapes.mjs).
 * Names and notes written for this test, not taken from the corpora.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph/index.ts';
import { DEFINING_PREDICATE, explainedOpener } from '../../../src/graph/miner/explained-openers.ts';
import { unplacedInNoteKind } from '../../../src/graph/miner/unplaced-keys.ts';
import { placeOf, predicateAfter, tally, vetoFeatures, vetoName } from '../../../bench/lib/veto-shapes.mjs';
import { cleanup, contentDir } from './helpers.ts';

afterAll(cleanup);

const note = (...lines: string[]) => lines.join('\n') + '\n';
const graphOf = async (...lines: string[]) => loadGraph(await contentDir({ 'notes/n.md': note(...lines) }), { layout: false });
const titles = (g: Awaited<ReturnType<typeof graphOf>>) => g.concepts.map((c) => c.title);

describe('DEFINING_PREDICATE: what follows a name the paragraph explains', () => {
  it('a copula, a meaning, a role, a capability', () => {
    for (const after of [' 是 Acme 的命令行工具', ' 表示已经完成两步', '（可选）指定缓存目录', ' 的意思是等多数派在线', ' 可以是 `today` 或 `7d`', ' 会重新生成根证书', ' 控制探针怎么跑']) {
      expect(DEFINING_PREDICATE.test(after)).toBe(true);
    }
  });
  it('not what a command shows, nor a use of the name', () => {
    for (const after of [' 能看到 PHASE 和 PROGRESS', ' 看到的是', ' 的 STATUS 列', ' 一直失败', ' 先单独 COPY', '，底层是']) {
      expect(DEFINING_PREDICATE.test(after)).toBe(false);
    }
  });
});

describe('explainedOpener', () => {
  const para = (code: string, text: string) => [{ type: 'paragraph', children: [{ type: 'inlineCode', value: code }, { type: 'text', value: text }] }] as never;
  it('a code span opening its paragraph, then a defining predicate', () => {
    expect(explainedOpener('code-subject', para('quayctl', ' 是 Quay 的命令行工具。'), 'quayctl')).toBe(true);
  });
  it('not another rule, another span, or a span in use', () => {
    expect(explainedOpener('code-colon', para('quayctl', ' 是 Quay 的命令行工具。'), 'quayctl')).toBe(false);
    expect(explainedOpener('code-subject', para('quayctl', ' 是 Quay 的命令行工具。'), 'quay')).toBe(false);
    expect(explainedOpener('code-subject', para('quayctl push', ' 一直失败，日志里是超时。'), 'quayctl push')).toBe(false);
  });
});

describe('the mine stage keeps a code span its paragraph explains', () => {
  it('a tool\'s CLI and a setting of another tool, each opening a paragraph with 是 / 可以', async () => {
    const g = await graphOf(
      '# 镜像仓库运维',
      '',
      '`quayctl` 是 Quay 的命令行工具，`quayctl mirror` 一次把整个组织同步到另一个仓库。',
      '',
      '`gcWindow` 可以是 `daily`、`weekly`，决定仓库多久回收一次没有引用的层。',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['quayctl', 'gcWindow']));
  });
  it('not a command whose output the paragraph reads', async () => {
    const g = await graphOf('# 镜像仓库运维', '', '`quayctl status` 能看到 PHASE 和 PROGRESS：', '', '- PHASE：当前阶段', '- PROGRESS：进度');
    expect(titles(g)).not.toContain('quayctl status');
  });
});

describe('a table of keys below a custom resource\'s example: its rows nothing places are terms', () => {
  it('only the table of keys is admitted in a custom kind\'s context', () => {
    expect(unplacedInNoteKind('field-table')).toBe(true);
    // (fields38: a key list's path, `code-colon`, is read there too: miner-fields38-unplaced.test.ts)
    expect(unplacedInNoteKind('code-subject')).toBe(false);
    expect(unplacedInNoteKind('path-mention')).toBe(false);
  });
  it('the rows of a settings table under the kind\'s example', async () => {
    const g = await graphOf(
      '# CacheWarmer 用法',
      '',
      '```yaml',
      'apiVersion: cache.example.org/v1beta1',
      'kind: CacheWarmer',
      'metadata:',
      '  name: catalog',
      'spec:',
      '  warming: {}',
      '```',
      '',
      '预热参数都在 `spec.warming` 下：',
      '',
      '| 参数 | 含义 | 默认 |',
      '| --- | --- | --- |',
      '| prefetchBatchSize | 每批预热多少个键 | 500 |',
      '| coldStartBudget | 冷启动时最多花多少秒预热 | 60 |',
    );
    expect(titles(g)).toEqual(expect.arrayContaining(['prefetchBatchSize', 'coldStartBudget']));
  });
});

describe('veto-shapes: where a vetoed name stands and what follows it', () => {
  it('vetoName strips marks, the colon and a gloss', () => {
    expect(vetoName('**`quayctl`**：')).toBe('quayctl');
    expect(vetoName('gcWindow（回收窗口）')).toBe('gcWindow');
  });
  it('predicateAfter takes the most specific predicate', () => {
    expect(predicateAfter('` 的意思就是没有地址')).toBe('的意思就是');
    expect(predicateAfter(' 能看到 PHASE')).toBe('能看到');
    expect(predicateAfter('（可选）指定目录')).toBe('指定');
    expect(predicateAfter(' 先单独 COPY')).toBeUndefined();
  });
  it('placeOf: headings, tables, openers and the middle of a sentence', () => {
    expect(placeOf('## quayctl 速查', 'quayctl')).toBe('heading');
    expect(placeOf('| `gcWindow` | 回收窗口 |', 'gcWindow')).toBe('table-first');
    expect(placeOf('| 回收 | `gcWindow` |', 'gcWindow')).toBe('table-other');
    expect(placeOf('- `gcWindow`：回收窗口', 'gcWindow')).toBe('item-lead-colon');
    expect(placeOf('- `up` / `down`：进程是否活着', 'up')).toBe('item-lead-pair');
    expect(placeOf('`quayctl` 是 Quay 的命令行工具', 'quayctl')).toBe('para-lead-explained');
    expect(placeOf('`quayctl push` 一直失败', 'quayctl push')).toBe('para-lead-other');
    expect(placeOf('我们用 `quayctl` 同步', 'quayctl')).toBe('mid-passing');
    expect(placeOf('其中 `gcWindow` 决定回收周期', 'gcWindow')).toBe('mid-explained');
    expect(placeOf('别的行', 'gcWindow')).toBe('not-on-line');
  });
  it('vetoFeatures reads the row\'s line; tally counts missed / found / none and the sets of the missed', () => {
    const lines = ['# t', '`quayctl` 是 Quay 的命令行工具', '`quayctl push` 一直失败'];
    const rows = [
      { set: 'a', line: 2, label: 'quayctl', veto: 'not-a-new-term', rule: 'code-subject', shape: 'lower', is: 'missed' },
      { set: 'b', line: 2, label: 'quayctl', veto: 'not-a-new-term', rule: 'code-subject', shape: 'lower', is: 'missed' },
      { set: 'b', line: 3, label: 'quayctl push', veto: 'not-a-new-term', rule: 'code-subject', shape: 'words', is: 'none' },
    ].map((r) => ({ ...r, ...vetoFeatures(r, lines) }));
    expect(rows.map((r) => `${r.place}/${r.predicate}`)).toEqual(['para-lead-explained/是', 'para-lead-explained/是', 'para-lead-other/other']);
    expect(tally(rows, (r: { place: string }) => r.place)).toEqual([
      { key: 'para-lead-explained', missed: 2, found: 0, none: 0, sets: 2 },
      { key: 'para-lead-other', missed: 0, found: 0, none: 1, sets: 0 },
    ]);
  });
});
